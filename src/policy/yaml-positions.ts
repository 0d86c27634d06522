// YAML with positions: parse once, then map a path (JSON pointer or ajv instancePath) to the
// line:column of its node, so every diagnostic can point into the file. Shared with waivers.
import { Composer, LineCounter, Parser, YAMLParseError, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { CST, Document, DocumentOptions, Node, Pair, ParseOptions, SchemaOptions } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { YAML_LIMITS, humanBytes } from '../read/limits.js';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** File name as it should appear in diagnostics. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JS value (null for an empty file or a file that failed to parse). */
  value: unknown;
  /** Syntax errors, duplicate keys, custom tags: fatal problems of the YAML itself. */
  diagnostics: Diagnostic[];
}

/**
 * Refusals that must happen before the YAML parser runs: a file over the size limit, or nesting
 * deeper than the depth limit (the parser recurses per level, and thousands of levels can exhaust
 * the stack or even abort the process).
 */
function refusalBeforeParse(file: string, text: string): Diagnostic | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    return {
      file, line: 1, column: 1, severity: 'error',
      message: `the file is ${humanBytes(bytes)}, over the ${humanBytes(YAML_LIMITS.maxBytes)} limit for YAML files; it was not read`,
    };
  }
  const deep = tooDeepAt(text, YAML_LIMITS.maxDepth);
  if (deep) {
    return { file, ...deep, severity: 'error', message: `nesting deeper than ${YAML_LIMITS.maxDepth} levels; it was not read` };
  }
  return null;
}

/**
 * Where nesting first exceeds `maxDepth`, or null. One linear pass that over-estimates rather than
 * under-estimates: block depth is the stack of indentations (each compact "- " counts as a level),
 * flow depth counts every [ and { outside quoted scalars and comments. A quote opens a scalar only
 * where a token starts (not inside plain text like "it's"), and a line indented no deeper than the
 * line the quote opened on ends it (YAML requires continuation lines to be indented more), so a
 * quote inside a block scalar cannot hide the brackets that follow it.
 */
export function tooDeepAt(text: string, maxDepth: number): Position | null {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  /** Indentation of the line the open quote started on. */
  let quoteIndent = 0;
  /**
   * Indicators the parser may nest on beyond the indentation and the brackets: "- " and "? "
   * anywhere ("}- - x"), and ": " (an implicit pair: "[k: v]" is a mapping inside a sequence).
   * Inside brackets the count is kept per collection: "," ends a pair, a closing bracket
   * restores the count from before its opening bracket.
   */
  let inline = 0;
  const inlineAtOpen: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; line++) {
    const lineStart = i;
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    i = end + 1;
    let j = lineStart;
    while (j < end && text[j] === ' ') j++;
    const lineIndent = j - lineStart;
    const blank = j === end || text[j] === '\r';
    if (quote !== null && !blank && lineIndent <= quoteIndent) quote = null;
    if (quote !== null) j = lineStart;
    else {
      // Block structure: the indentation, then compact entries "- - x" on the same line. Inside a
      // flow collection this over-counts, which is the safe direction.
      if (blank || text[j] === '#') continue;
      for (;;) {
        const indent = j - lineStart;
        while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length + flow > maxDepth) return { line, column: indent + 1 };
        if ((text[j] !== '-' && text[j] !== '?') || (text[j + 1] !== ' ' && text[j + 1] !== '\t')) break;
        j += 2;
        while (j < end && text[j] === ' ') j++;
        if (j === end || text[j] === '#') break;
      }
    }
    let tokenStart = true;
    let inPlain = false;
    // Outside a flow collection, indicators after the indentation count for this line only.
    if (flow === 0) {
      inline = 0;
      inlineAtOpen.length = 0;
    }
    for (; j < end; j++) {
      const ch = text[j];
      if (quote === '"') {
        if (ch === '\\') j++;
        else if (ch === '"') quote = null;
        continue;
      }
      if (quote === "'") {
        if (ch === "'" && text[j + 1] === "'") j++;
        else if (ch === "'") quote = null;
        continue;
      }
      const next = text[j + 1];
      const spaceNext = next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n';
      if (ch === ' ' || ch === '\t') continue;
      if (ch === '#' && (j === lineStart || text[j - 1] === ' ' || text[j - 1] === '\t')) break;
      if (spaceNext && (ch === '-' || ch === '?' || ch === ':')) {
        inline += 1;
        if (indents.length + flow + inline > maxDepth) return { line, column: j - lineStart + 1 };
      }
      if ((ch === '"' || ch === "'") && tokenStart) {
        quote = ch;
        quoteIndent = lineIndent;
        tokenStart = false;
      } else if (ch === '[' || ch === '{') {
        inlineAtOpen.push(inline);
        flow += 1;
        if (indents.length + flow + inline > maxDepth) return { line, column: j - lineStart + 1 };
        tokenStart = true;
        inPlain = false;
      } else if ((ch === ']' || ch === '}' || ch === ',') && flow > 0) {
        if (ch === ',') inline = inlineAtOpen[inlineAtOpen.length - 1] ?? 0;
        else {
          flow -= 1;
          inline = inlineAtOpen.pop() ?? 0;
        }
        tokenStart = true;
        inPlain = false;
      } else if (ch === ':' && spaceNext) {
        // "key: value": a new token starts after the separator.
        tokenStart = true;
        inPlain = false;
      } else if ((ch === '-' || ch === '?') && spaceNext && tokenStart) {
        // A sequence entry or explicit key indicator: the token still starts after it.
      } else {
        if (tokenStart) inPlain = true;
        tokenStart = false;
      }
    }
  }
  return null;
}

/** An empty document, for a file refused before parsing: positions and values still work. */
function emptySource(file: string, text: string, diagnostic: Diagnostic): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument('', { lineCounter });
  return { file, text, doc, lineCounter, value: null, diagnostics: [diagnostic] };
}

/** The first alias (*name) in the document, for the alias-limit message. */
function firstAliasOffset(doc: Document.Parsed): number | null {
  let offset: number | null = null;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? null;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The parts of a parser token (yaml's CST) that hold nested tokens. */
interface TokenChildren {
  value?: CST.Token | null;
  items?: Array<{ key?: CST.Token | null; value?: CST.Token | null }>;
}

/**
 * Offset of the first collection nested deeper than `maxDepth` in the parser's tokens, or null.
 * This is the exact check behind the quick tooDeepAt: the tokens come from yaml's own lexer (so
 * quotes, comments and block scalars are read right) and are walked with an explicit stack, as
 * the tree may be thousands of levels deep. A flow collection counts as two levels, because
 * "[k: v]" becomes a mapping inside a sequence.
 */
export function tokensTooDeepAt(tokens: readonly CST.Token[], maxDepth: number): number | null {
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, above] = stack.pop()!;
    const depth = above + (token.type === 'flow-collection' ? 2 : token.type === 'block-map' || token.type === 'block-seq' ? 1 : 0);
    if (depth > maxDepth) return token.offset;
    const { value, items } = token as TokenChildren;
    if (value && typeof value === 'object') stack.push([value, depth]);
    for (const item of items ?? []) {
      if (item.key && typeof item.key === 'object') stack.push([item.key, depth]);
      if (item.value && typeof item.value === 'object') stack.push([item.value, depth]);
    }
  }
  return null;
}

/** Core schema: no timestamps or YAML 1.1 booleans ("no" stays a string); duplicate keys are errors. */
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: true,
  prettyErrors: false,
  schema: 'core',
  customTags: [],
  merge: false,
};

export function parseYamlSource(file: string, text: string): YamlSource {
  const refusal = refusalBeforeParse(file, text);
  if (refusal) return emptySource(file, text, refusal);
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // parseDocument in two steps, so the token tree's depth is checked before it is composed
  // (composing recurses once per level).
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tokensTooDeepAt(tokens, YAML_LIMITS.maxDepth);
  if (deep !== null) {
    return emptySource(file, text, { file, ...at(deep), severity: 'error', message: `nesting deeper than ${YAML_LIMITS.maxDepth} levels; it was not read` });
  }
  let doc: Document.Parsed | null = null;
  for (const next of new Composer(PARSE_OPTIONS).compose(tokens, true, text.length)) {
    if (doc === null) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'more than one document'));
      break;
    }
  }
  if (doc === null) throw new Error('yaml composed no document'); // compose(…, true) always ends with one
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const message = error.code === 'DUPLICATE_KEY'
      ? `duplicate key '${keyTextAt(text, error.pos[0])}'`
      : error.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document (---); keep one'
        : firstLine(error.message);
    diagnostics.push({ file, ...at(error.pos[0]), message, severity: 'error' });
  }
  for (const warning of doc.warnings) {
    // An unresolved tag would silently become a plain string; tags have no meaning in these files.
    const message = warning.code === 'TAG_RESOLVE_FAILED'
      ? `custom YAML tags are not allowed (${firstLine(warning.message)})`
      : firstLine(warning.message);
    diagnostics.push({ file, ...at(warning.pos[0]), message, severity: 'error' });
  }
  let value: unknown = null;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases });
    } catch (error) {
      // yaml throws a ReferenceError when aliases would expand past maxAliasCount (billion laughs).
      const aliasBomb = /alias count/i.test((error as Error).message);
      const message = aliasBomb
        ? `too many alias (*) expansions, over the limit of ${YAML_LIMITS.maxAliases}; YAML anchors cannot be used to blow up a file`
        : `cannot read the YAML: ${firstLine((error as Error).message)}`;
      const offset = aliasBomb ? firstAliasOffset(doc) : null;
      diagnostics.push({ file, ...(offset === null ? { line: 1, column: 1 } : at(offset)), message, severity: 'error' });
    }
  }
  return { file, text, doc, lineCounter, value, diagnostics };
}

/** The key written at `offset` (up to its colon), for messages. */
function keyTextAt(text: string, offset: number): string {
  const rest = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset));
  return rest.replace(/:(\s.*)?$/, '').replace(/^["']|["']$/g, '').trim();
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\s+at line \d+, column \d+:?\s*$/, '').trim();
}

/** "/rules/0/max" (ajv instancePath or JSON pointer) -> ['rules', 0, 'max']. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function findPair(map: unknown, key: PathSegment): Pair<unknown, unknown> | null {
  if (!isMap(map)) return null;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = isScalar(item.key) ? item.key.value : item.key;
    if (String(k) === String(key)) return item;
  }
  return null;
}

/**
 * Line and column (1-based) of the node at `path`: its value, or with `target: 'key'` the key
 * that names it. A path that does not exist resolves to the deepest node that does.
 */
export function positionOf(src: YamlSource, path: PathSegment[] | string, target: 'key' | 'value' = 'value'): Position {
  const segments = typeof path === 'string' ? pointerToPath(path) : path;
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(item) ?? offset;
      continue;
    }
    const pair = findPair(node, segment);
    if (pair === null) break;
    const keyOffset = rangeStart(pair.key);
    // An empty value ("key:") has a zero-width node after the colon; point at the key instead.
    const valueNode = pair.value as Node | null;
    const emptyValue = valueNode === null || (Array.isArray(valueNode.range) && valueNode.range[0] === valueNode.range[1]);
    const valueOffset = emptyValue ? null : rangeStart(valueNode);
    if (last && target === 'key') {
      offset = keyOffset ?? offset;
    } else {
      offset = valueOffset ?? keyOffset ?? offset;
    }
    node = pair.value;
  }
  const { line, col } = src.lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | null {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : null;
}

/** Build a diagnostic positioned at `path` in `src`. */
export function diagnosticAt(
  src: YamlSource,
  path: PathSegment[] | string,
  message: string,
  severity: 'error' | 'warning' = 'error',
  target: 'key' | 'value' = 'value',
): Diagnostic {
  return { file: src.file, ...positionOf(src, path, target), message, severity };
}
