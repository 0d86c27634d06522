// YAML with positions: parse once, then map a path (JSON pointer or ajv instancePath) to the
// line:column of its node, so every diagnostic can point into the file. Shared with waivers.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Diagnostic } from '../errors.js';

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

const MAX_ALIASES = 100;

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  // Core schema: no timestamps or YAML 1.1 booleans ("no" stays a string); duplicate keys are errors.
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
    customTags: [],
    merge: false,
  });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
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
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      diagnostics.push({ file, line: 1, column: 1, message: `cannot read the YAML: ${(error as Error).message}`, severity: 'error' });
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
