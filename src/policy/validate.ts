// Load a policy file with its `extends` chain, check it (schema + meaning), and merge it.
// Every problem is collected, each with file:line:column; nothing stops at the first one.
import { readSmallFileSync } from '../read/limits.js';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../errors.js';
import { normaliseJurisdiction } from '../extract/values/jurisdiction.js';
import type { CustomFactDef, FactType, FactValue, Owner, Policy, Rule, RuleSeverity, TopicDef } from '../types.js';
import { FACTS, LIST_VALUES, NUMERIC_TYPES, TOPICS } from '../vocabulary.js';
import { SUGGESTED_JURISDICTIONS } from './jurisdiction-names.js';
import { futureEffectiveWarning, isCalendarDate } from './effective.js';
import { BUILTIN_EXTENDS_NAME, BUILTIN_POLICY_PATH, BUILTIN_SOURCE } from './paths.js';
import { HOLE_FOR_TYPE, PatternError, compilePattern, holesIn, isHoleKind } from './patterns.js';
import { policySchemaValidator, schemaDiagnostics } from './schema.js';
import { didYouMean } from './suggest.js';
import { diagnosticAt, parseYamlSource } from './yaml-positions.js';
import type { PathSegment, YamlSource } from './yaml-positions.js';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];
const DEFAULT_SEVERITY: RuleSeverity = 'warning';
const CHECK_KEYS = ['fact', 'require', 'forbid', 'forbid_phrases'] as const;
const OPERATORS = ['max', 'min', 'equals', 'in', 'not_in'] as const;
const PLACEHOLDERS = ['value', 'max', 'min', 'expected', 'fact', 'clause'];
/** List facts whose members are an open set (new regions appear); unknown members only warn. */
const OPEN_LISTS = new Set(['data.residency']);
const RULE_FIELDS = [
  'fact', 'max', 'min', 'equals', 'in', 'not_in', 'when_absent', 'require', 'forbid', 'topic',
  'forbid_phrases', 'severity', 'owner', 'message', 'why', 'fallback', 'docs', 'examples',
] as const;

type Raw = Record<string, unknown>;

/** What a file and everything it extends define, merged (later wins). */
interface Merged {
  owners: Record<string, Owner>;
  topics: Record<string, TopicDef>;
  facts: Record<string, CustomFactDef>;
  rules: Rule[];
  chain: string[];
}

interface LoadedFile {
  abs: string;
  file: string;
  bytes: Buffer;
  src: YamlSource;
  raw: Raw | null;
  merged: Merged;
}

interface Context {
  diagnostics: Diagnostic[];
  cache: Map<string, LoadedFile | null>;
  rootDir: string;
}

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMoney = (value: unknown): boolean =>
  isObject(value) && typeof value.amount === 'number' && typeof value.currency === 'string';

function emptyMerged(): Merged {
  return { owners: {}, topics: {}, facts: {}, rules: [], chain: [] };
}

/** Later files win: maps key by key, rules id by id (a rule without a check adjusts the inherited one). */
function mergeInto(target: Merged, next: Merged): void {
  Object.assign(target.owners, next.owners);
  Object.assign(target.topics, next.topics);
  Object.assign(target.facts, next.facts);
  for (const rule of next.rules) overrideRule(target.rules, rule, hasCheck(rule));
  for (const file of next.chain) if (!target.chain.includes(file)) target.chain.push(file);
}

function hasCheck(rule: Rule | Raw): boolean {
  return CHECK_KEYS.some((key) => rule[key] !== undefined);
}

function overrideRule(rules: Rule[], rule: Rule, replaces: boolean): void {
  const at = rules.findIndex((r) => r.id === rule.id);
  if (at < 0) rules.push(rule);
  else if (replaces) rules[at] = rule;
  else {
    // New operators replace the inherited ones as a set (an `in` list is not kept beside a new `not_in`).
    const base = { ...rules[at] };
    if (OPERATORS.some((key) => rule[key] !== undefined)) for (const key of OPERATORS) delete base[key];
    rules[at] = { ...base, ...definedFields(rule) };
  }
}

function definedFields(rule: Rule): Partial<Rule> {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as Partial<Rule>;
}

export async function validatePolicyFile(path: string): Promise<{ diagnostics: Diagnostic[]; policy: Policy | null }> {
  const abs = resolve(path);
  const ctx: Context = { diagnostics: [], cache: new Map(), rootDir: dirname(abs) };
  const top = await loadFile(abs, path, [], ctx, null);
  if (top?.raw) checkEffective(top.src, top.raw, ctx.diagnostics);
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  if (top === null || top.raw === null || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics, policy: null };
  }
  return { diagnostics, policy: assemble(top, path) };
}

/** A real calendar date, and a warning when the norms do not apply yet. */
function checkEffective(src: YamlSource, raw: Raw, out: Diagnostic[]): void {
  if (typeof raw.effective !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.effective)) return; // the schema reports other shapes
  if (!isCalendarDate(raw.effective)) {
    out.push(diagnosticAt(src, ['effective'], `'effective' ${raw.effective} is not a calendar date`));
    return;
  }
  const future = futureEffectiveWarning(raw.effective);
  if (future) out.push(diagnosticAt(src, ['effective'], future, 'warning'));
}

function assemble(top: LoadedFile, path: string): Policy {
  const raw = top.raw as Raw;
  const builtin = top.abs === BUILTIN_POLICY_PATH;
  // "version: 1.10" is a YAML number; keep it as written, not as 1.1.
  const versionNode = top.src.doc.get('version', true) as { range?: [number, number, number] } | undefined;
  const version = typeof raw.version === 'number' && versionNode?.range
    ? top.src.text.slice(versionNode.range[0], versionNode.range[1]).trim()
    : String(raw.version);
  const rules = top.merged.rules.map((rule) => ({ ...rule, severity: rule.severity ?? DEFAULT_SEVERITY }));
  return {
    termlint: 1,
    name: String(raw.name),
    version,
    effective: typeof raw.effective === 'string' ? raw.effective : null,
    owners: top.merged.owners,
    rules,
    topics: top.merged.topics,
    facts: top.merged.facts,
    source: builtin ? BUILTIN_SOURCE : path,
    sha256: createHash('sha256').update(top.bytes).digest('hex'),
    chain: top.merged.chain,
    builtin,
  };
}

/** One error per position: the schema's message comes first and a semantic check of the same value would repeat it. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = d.severity === 'error' ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}:${d.column}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    // The file named on the command line first, then extended files in the order they were met.
    .sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.line - b.line || a.column - b.column);
  function fileOrder(file: string): number {
    return diagnostics.findIndex((d) => d.file === file);
  }
}

/** Where an `extends` entry points, resolved against the extending file; display path kept relative. */
function resolveExtends(entry: string, fromAbs: string, fromFile: string): { abs: string; file: string } {
  if (entry === BUILTIN_EXTENDS_NAME) return { abs: BUILTIN_POLICY_PATH, file: BUILTIN_POLICY_PATH };
  const abs = resolve(dirname(fromAbs), entry);
  const file = isAbsolute(entry) ? entry : isAbsolute(fromFile) ? abs : join(dirname(fromFile), entry);
  return { abs, file };
}

async function loadFile(
  abs: string,
  file: string,
  stack: string[],
  ctx: Context,
  from: { src: YamlSource; path: PathSegment[] } | null,
): Promise<LoadedFile | null> {
  if (ctx.cache.has(abs)) return ctx.cache.get(abs) ?? null;
  let bytes: Buffer;
  try {
    bytes = readSmallFileSync(abs);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `cannot be read (${(error as Error).message})`;
    if (from === null) ctx.diagnostics.push({ file, line: 1, column: 1, message: `policy file ${reason}`, severity: 'error' });
    else {
      // Deeper than one level, name the chain that led here so the author knows which file to fix.
      const via = stack.length > 1 ? ` (chain: ${[...stack, abs].map((p) => displayName(p, ctx.rootDir)).join(' -> ')})` : '';
      ctx.diagnostics.push(diagnosticAt(from.src, from.path, `extended policy '${file}' ${reason}${via}`));
    }
    ctx.cache.set(abs, null);
    return null;
  }
  const src = parseYamlSource(file, bytes.toString('utf8'));
  ctx.diagnostics.push(...src.diagnostics);
  const loaded: LoadedFile = { abs, file, bytes, src, raw: null, merged: emptyMerged() };
  if (src.diagnostics.some((d) => d.severity === 'error')) {
    ctx.cache.set(abs, loaded);
    return loaded;
  }
  const validate = policySchemaValidator();
  if (!validate(src.value)) ctx.diagnostics.push(...schemaDiagnostics(src, validate.errors ?? []));
  if (!isObject(src.value)) {
    ctx.cache.set(abs, loaded);
    return loaded;
  }
  const raw = src.value;
  loaded.raw = raw;

  // Parents first: their topics, facts, owners and rules are this file's vocabulary and base.
  const inherited = emptyMerged();
  const entries = typeof raw.extends === 'string' ? [raw.extends] : Array.isArray(raw.extends) ? raw.extends : [];
  const extendsPath = (i: number): PathSegment[] => (typeof raw.extends === 'string' ? ['extends'] : ['extends', i]);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry !== 'string' || entry === '') continue;
    const target = resolveExtends(entry, abs, file);
    const chain = [...stack, abs];
    if (chain.includes(target.abs)) {
      const names = [...chain.slice(chain.indexOf(target.abs)), target.abs].map((p) => displayName(p, ctx.rootDir));
      ctx.diagnostics.push(diagnosticAt(src, extendsPath(i), `extends cycle: ${names.join(' -> ')}`));
      continue;
    }
    const parent = await loadFile(target.abs, target.file, chain, ctx, { src, path: extendsPath(i) });
    if (parent !== null) mergeInto(inherited, parent.merged);
  }

  const own = checkFile(src, raw, inherited, ctx.diagnostics);
  own.chain = [file];
  const merged = emptyMerged();
  mergeInto(merged, inherited);
  mergeInto(merged, own);
  loaded.merged = merged;
  ctx.cache.set(abs, loaded);
  return loaded;
}

function displayName(abs: string, rootDir: string): string {
  if (abs === BUILTIN_POLICY_PATH) return BUILTIN_EXTENDS_NAME;
  const rel = relative(rootDir, abs);
  return rel === '' ? abs : rel;
}

/** Semantic checks of one file against its vocabulary; returns what the file itself defines. */
function checkFile(src: YamlSource, raw: Raw, inherited: Merged, out: Diagnostic[]): Merged {
  const report = (path: PathSegment[], message: string, severity: 'error' | 'warning' = 'error', target: 'key' | 'value' = 'value'): void => {
    out.push(diagnosticAt(src, path, message, severity, target));
  };
  const own = emptyMerged();

  // Owners.
  if (isObject(raw.owners)) {
    for (const [id, def] of Object.entries(raw.owners)) {
      if (!isObject(def) || typeof def.name !== 'string') continue;
      own.owners[id] = { id, name: def.name, contact: typeof def.contact === 'string' ? def.contact : null };
    }
  }

  // Topics: known names are built-in, inherited and this file's own.
  const topicNames = new Set<string>([...TOPICS, ...Object.keys(inherited.topics)]);
  if (isObject(raw.topics)) {
    for (const [name, def] of Object.entries(raw.topics)) {
      topicNames.add(name);
      if (!isObject(def)) continue;
      const headings = stringList(def.headings);
      const patterns = stringList(def.patterns);
      if (headings.length === 0 && patterns.length === 0) {
        report(['topics', name], `topic '${name}' needs headings or patterns to be detected`, 'error', 'key');
      }
      patterns.forEach((pattern, i) => checkPattern(pattern, ['topics', name, 'patterns', i], null, report));
      own.topics[name] = {
        ...(headings.length ? { headings } : {}),
        ...(patterns.length ? { patterns } : {}),
      };
    }
  }
  const knownTopic = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string' && !topicNames.has(value)) {
      report(path, `unknown topic '${value}'${didYouMean(value, topicNames)}`);
    }
  };

  // Facts: built-in, inherited and this file's own, with their types.
  const factTypes = new Map<string, FactType>([
    ...FACTS.map((f): [string, FactType] => [f.name, f.type]),
    ...Object.entries(inherited.facts).map(([name, def]): [string, FactType] => [name, def.type]),
  ]);
  const builtinFacts = new Set(FACTS.map((f) => f.name));
  if (isObject(raw.facts)) {
    for (const [name, def] of Object.entries(raw.facts)) {
      if (builtinFacts.has(name)) {
        report(['facts', name], `'${name}' is a built-in fact; give the custom fact a name of its own`, 'error', 'key');
        continue;
      }
      if (!isObject(def) || typeof def.type !== 'string') continue;
      const type = def.type as FactType;
      factTypes.set(name, type);
      if (!(type in HOLE_FOR_TYPE)) continue; // the schema reported the type; nothing more to check
      knownTopic(def.topic, ['facts', name, 'topic']);
      const patterns = stringList(def.patterns);
      patterns.forEach((pattern, i) => checkPattern(pattern, ['facts', name, 'patterns', i], type, report));
      own.facts[name] = {
        type,
        patterns,
        ...(typeof def.topic === 'string' ? { topic: def.topic } : {}),
        ...(typeof def.description === 'string' ? { description: def.description } : {}),
      };
    }
  }

  const ownerIds = new Set([...Object.keys(inherited.owners), ...Object.keys(own.owners)]);
  const inheritedIds = new Set(inherited.rules.map((r) => r.id));
  const firstSeen = new Map<string, number>();
  const rules = Array.isArray(raw.rules) ? raw.rules : [];
  rules.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    const at = (key?: string): PathSegment[] => (key === undefined ? ['rules', i] : ['rules', i, key]);
    const id = item.id;
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) {
      const line = diagnosticAt(src, ['rules', earlier, 'id'], '').line;
      report(at('id'), `duplicate rule id '${id}' (first defined at line ${line})`);
    } else {
      firstSeen.set(id, i);
    }

    const checks = CHECK_KEYS.filter((key) => item[key] !== undefined);
    if (checks.length > 1) report(at(checks[1]), `rule '${id}' mixes checks (${checks.join(', ')}); give each check its own rule`, 'error', 'key');
    if (checks.length === 0) {
      if (!inheritedIds.has(id)) {
        if (item.severity === 'off') report(at('id'), `rule '${id}' is off but no extended policy defines it`, 'warning');
        else report(at('id'), `rule '${id}' has no check: give it fact (with max, min, equals, in, not_in or when_absent), require, forbid or forbid_phrases`);
      }
      // An inherited fact rule may be re-tuned without repeating its fact (`- id: payment-terms, max: 30`).
      const inheritedFact = inherited.rules.find((r) => r.id === id)?.fact;
      const inheritedType = inheritedFact === undefined ? undefined : factTypes.get(inheritedFact);
      if (inheritedFact !== undefined && inheritedType !== undefined) {
        if (OPERATORS.some((key) => item[key] !== undefined)) checkOperators(item, inheritedFact, inheritedType, at, report);
      } else {
        for (const key of OPERATORS) if (item[key] !== undefined) report(at(key), `'${key}' needs a 'fact' to compare`, 'error', 'key');
      }
    }

    if (typeof item.fact === 'string') {
      const type = factTypes.get(item.fact);
      if (type === undefined) {
        report(at('fact'), `unknown fact '${item.fact}'${didYouMean(item.fact, factTypes.keys())}`);
      } else if (type in HOLE_FOR_TYPE) {
        checkOperators(item, item.fact, type, at, report);
      }
    }
    if (item.fact === undefined) {
      for (const key of OPERATORS) if (item[key] !== undefined && checks.length > 0) report(at(key), `'${key}' only applies to fact rules`, 'error', 'key');
      if (item.when_absent !== undefined) report(at('when_absent'), `'when_absent' only applies to fact rules`, 'error', 'key');
    }
    knownTopic(item.require, at('require'));
    knownTopic(item.forbid, at('forbid'));
    knownTopic(item.topic, at('topic'));
    if (item.topic !== undefined && item.forbid_phrases === undefined) {
      report(at('topic'), `'topic' only narrows forbid_phrases; use require or forbid to test a topic`, 'error', 'key');
    }
    if (typeof item.owner === 'string' && !ownerIds.has(item.owner)) {
      const hint = ownerIds.size === 0 ? ' (no owners are defined under owners:)' : didYouMean(item.owner, ownerIds);
      report(at('owner'), `unknown owner '${item.owner}'${hint}`);
    }
    if (typeof item.message === 'string') {
      for (const name of holesIn(item.message)) {
        if (!PLACEHOLDERS.includes(name)) {
          report(at('message'), `unknown placeholder {${name}} in message${didYouMean(name, PLACEHOLDERS)}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`, 'warning');
        }
      }
    }
    if (typeof item.severity === 'string' && !SEVERITIES.includes(item.severity)) return; // schema reported it

    const factName = typeof item.fact === 'string' ? item.fact : inherited.rules.find((r) => r.id === id)?.fact;
    const rule = toRule(item, src.file, factName === undefined ? undefined : factTypes.get(factName));
    overrideRule(own.rules, rule, checks.length > 0 || !inheritedIds.has(id));
  });
  return own;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

type Report = (path: PathSegment[], message: string, severity?: 'error' | 'warning', target?: 'key' | 'value') => void;

/** A custom topic pattern (type null) or custom fact pattern: holes known and fitting, valid RE2. */
function checkPattern(pattern: string, path: PathSegment[], type: FactType | null, report: Report): void {
  const holes = holesIn(pattern);
  const unknown = holes.filter((hole) => !isHoleKind(hole));
  if (unknown.length > 0) {
    const known = Object.values(HOLE_FOR_TYPE).filter((h): h is string => h !== null);
    for (const hole of unknown) {
      const hint = didYouMean(hole, known);
      report(path, `unknown typed hole {${hole}}${hint.replace(/'([a-z]+)'/, '{$1}')}; known: ${[...new Set(known)].map((h) => `{${h}}`).join(' ')}`);
    }
    return;
  }
  const unclosed = /\{([a-z]+)(?![a-z}])/.exec(pattern);
  if (unclosed && isHoleKind(unclosed[1])) {
    report(path, `typed hole {${unclosed[1]} is not closed: write {${unclosed[1]}}`);
    return;
  }
  let matchesEmpty = false;
  try {
    matchesEmpty = compilePattern(pattern).regex.test('');
  } catch (error) {
    if (error instanceof PatternError) report(path, error.message);
    else throw error;
    return;
  }
  if (matchesEmpty) report(path, 'pattern matches empty text, so it matches everywhere', 'warning');
  if (type === null) return;
  const wanted = HOLE_FOR_TYPE[type];
  if (wanted === null) {
    if (holes.length > 0) report(path, `a ${type} fact reads no value, so the hole {${holes[0]}} is ignored (a match means true)`, 'warning');
  } else if (holes.length === 0) {
    report(path, `pattern has no typed hole: a ${type} fact needs {${wanted}}`);
  } else if (holes[0] !== wanted) {
    report(path, `the first hole {${holes[0]}} does not fit a ${type} fact; use {${wanted}}`);
  }
}

/** Operators must fit the fact's type; values in equals/in/not_in must be of that type. */
function checkOperators(item: Raw, fact: string, type: FactType, at: (key?: string) => PathSegment[], report: Report): void {
  const present = OPERATORS.filter((key) => item[key] !== undefined);
  if (present.length === 0 && item.when_absent === undefined) {
    report(at('fact'), `rule '${String(item.id)}' names fact '${fact}' but checks nothing: add max, min, equals, in, not_in or when_absent`);
  }
  const numeric = NUMERIC_TYPES.has(type);
  for (const key of ['max', 'min'] as const) {
    if (item[key] !== undefined && !numeric) {
      report(at(key), `'${key}' needs a numeric fact; '${fact}' is ${type === 'list' ? 'a list' : `a ${type}`}${type === 'boolean' ? ' (use equals: true or false)' : type === 'list' || type === 'jurisdiction' ? ' (use in or not_in)' : ''}`, 'error', 'key');
    }
  }
  if (typeof item.max === 'number' && typeof item.min === 'number' && item.max < item.min) {
    report(at('max'), `max ${item.max} is below min ${item.min}: no value can pass`);
  }
  if (type === 'boolean') {
    for (const key of ['in', 'not_in'] as const) {
      if (item[key] !== undefined) report(at(key), `'${fact}' is a boolean fact: use equals: true or equals: false`, 'error', 'key');
    }
  }
  if (item.equals !== undefined) checkValue(item.equals, fact, type, [...at('equals')], report, true);
  for (const key of ['in', 'not_in'] as const) {
    const values = item[key];
    if (!Array.isArray(values) || type === 'boolean') continue;
    values.forEach((value, i) => checkValue(value, fact, type, [...at(key), i], report, false));
  }
}

function checkValue(value: unknown, fact: string, type: FactType, path: PathSegment[], report: Report, isEquals: boolean): void {
  const what = `'${fact}' is ${type === 'list' ? 'a list' : `a ${type}`} fact`;
  if (type === 'boolean') {
    if (typeof value !== 'boolean') report(path, `${what}: the value must be true or false`);
    return;
  }
  if (type === 'money') {
    if (typeof value !== 'number' && !isMoney(value)) report(path, `${what}: the value must be an amount or {amount, currency}`);
    return;
  }
  if (NUMERIC_TYPES.has(type)) {
    if (typeof value !== 'number') report(path, `${what}: the value must be a number`);
    return;
  }
  if (type === 'jurisdiction') {
    if (typeof value !== 'string') {
      report(path, `${what}: the value must be a state or country name`);
    } else if (normaliseJurisdiction(value) === null) {
      report(path, `'${value}' is not a known jurisdiction${didYouMean(value, SUGGESTED_JURISDICTIONS)}`, 'warning');
    }
    return;
  }
  if (type === 'list') {
    // equals takes the whole list; in/not_in take single members.
    const members = isEquals && Array.isArray(value) ? value : [value];
    members.forEach((member, i) => {
      const memberPath = isEquals && Array.isArray(value) ? [...path, i] : path;
      if (typeof member !== 'string') {
        report(memberPath, `${what}: each value must be a word such as ${(LIST_VALUES[fact] ?? ['a-kebab-case-word'])[0]}`);
        return;
      }
      const allowed = LIST_VALUES[fact];
      if (allowed !== undefined && !allowed.includes(member)) {
        const open = OPEN_LISTS.has(fact);
        report(memberPath, `'${member}' is not a value of ${fact}${didYouMean(member, allowed)}; ${open ? 'known' : 'allowed'}: ${allowed.join(', ')}`, open ? 'warning' : 'error');
      }
    });
  }
}

/** A rule as the judges see it; jurisdiction values take their normal spelling. */
function toRule(item: Raw, file: string, type: FactType | undefined): Rule {
  const rule: Rule = { id: String(item.id), severity: undefined as unknown as RuleSeverity };
  const target = rule as unknown as Raw;
  for (const key of RULE_FIELDS) if (item[key] !== undefined) target[key] = item[key];
  if (type === 'jurisdiction') {
    const norm = (v: unknown): unknown => (typeof v === 'string' ? (normaliseJurisdiction(v) ?? v) : v);
    if (rule.equals !== undefined) rule.equals = norm(rule.equals) as FactValue;
    // A non-list "in"/"not_in" has already been reported by the schema; leave it as written.
    if (Array.isArray(rule.in)) rule.in = rule.in.map(norm) as FactValue[];
    if (Array.isArray(rule.not_in)) rule.not_in = rule.not_in.map(norm) as FactValue[];
  }
  if (rule.severity === undefined) delete target.severity;
  rule.source = file;
  return rule;
}
