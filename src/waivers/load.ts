// Find, read and validate a waivers file (policy.md "Waivers"): schema errors and meaning errors
// (unknown rule ids, bounds on rules without a number, impossible dates) all at once, each at
// file:line:column, like policies.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readSmallFileSync } from '../read/limits.js';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../errors.js';
import { isCalendarDate, todayIso } from '../policy/effective.js';
import { PACKAGE_ROOT } from '../policy/paths.js';
import { schemaDiagnostics } from '../policy/schema.js';
import { didYouMean } from '../policy/suggest.js';
import { diagnosticAt, parseYamlSource, positionOf } from '../policy/yaml-positions.js';
import type { Policy } from '../types.js';
import { FACT_BY_NAME, NUMERIC_TYPES } from '../vocabulary.js';

export const WAIVERS_FILE_NAME = 'termlint.waivers.yaml';
export const WAIVERS_SCHEMA_PATH = join(PACKAGE_ROOT, 'schemas', 'waivers.schema.json');

/** One approved deviation, as written, with where it is written. */
export interface Waiver {
  rule: string;
  files: string[];
  approvedBy: string;
  reason: string;
  expires: string | null;
  max: number | null;
  min: number | null;
  /** Position of the waiver's entry in its file (for stale-waiver warnings). */
  line: number;
  column: number;
}

export interface WaiverSet {
  /** The waivers file as it should appear in messages. */
  file: string;
  /** Absolute folder of the waivers file: `files` globs are relative to it. */
  dir: string;
  waivers: Waiver[];
}

/** The nearest termlint.waivers.yaml from `cwd` up, or null. */
export function findWaiversFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, WAIVERS_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

let validator: ValidateFunction | null = null;

function waiversSchemaValidator(): ValidateFunction {
  if (validator === null) {
    const schema = JSON.parse(readFileSync(WAIVERS_SCHEMA_PATH, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  }
  return validator;
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The policy's numeric fact types, built-in and custom: bounds only make sense on those. */
function factType(policy: Policy, fact: string): string | undefined {
  return FACT_BY_NAME.get(fact)?.type ?? policy.facts[fact]?.type;
}

/**
 * Validate a waivers file against the schema and the policy it will be applied with.
 * `file` is the path as it should be shown; the set is null when there is any error.
 */
export function validateWaiversFile(file: string, policy: Policy, cwd: string = process.cwd()): { diagnostics: Diagnostic[]; set: WaiverSet | null } {
  const abs = resolve(cwd, file);
  let text: string;
  try {
    text = readSmallFileSync(abs).toString('utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `cannot be read (${(error as Error).message})`;
    return { diagnostics: [{ file, line: 1, column: 1, message: `waivers file ${reason}`, severity: 'error' }], set: null };
  }
  const src = parseYamlSource(file, text);
  const diagnostics: Diagnostic[] = [...src.diagnostics];
  if (diagnostics.length > 0) return { diagnostics, set: null };

  const validate = waiversSchemaValidator();
  const items = isObject(src.value) && Array.isArray(src.value.waivers) ? src.value.waivers : [];
  const starts = items.map((_, i) => positionOf(src, ['waivers', i]).line);
  if (!validate(src.value)) {
    for (const d of schemaDiagnostics(src, validate.errors ?? [])) {
      // "waiver 2 is missing …": the waiver whose entry starts at or above the problem.
      const n = starts.filter((line) => line <= d.line).length;
      diagnostics.push({ ...d, message: readable(d.message, n) });
    }
  }
  const waivers: Waiver[] = [];
  const today = todayIso();
  const ruleIds = policy.rules.map((r) => r.id);
  items.forEach((item, i) => {
    if (!isObject(item)) return;
    const at = (key: string): Array<string | number> => ['waivers', i, key];
    const rule = policy.rules.find((r) => r.id === item.rule);
    if (typeof item.rule === 'string' && rule === undefined) {
      diagnostics.push(diagnosticAt(src, at('rule'), `unknown rule '${item.rule}' in policy "${policy.name}"${didYouMean(item.rule, ruleIds)}`));
    }
    if (typeof item.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item.expires)) {
      if (!isCalendarDate(item.expires)) diagnostics.push(diagnosticAt(src, at('expires'), `'expires' ${item.expires} is not a calendar date`));
      else if (item.expires < today) {
        diagnostics.push(diagnosticAt(src, at('expires'), `waiver expired on ${item.expires}: the findings it covers fail again`, 'warning'));
      }
    }
    for (const key of ['max', 'min'] as const) {
      if (item[key] === undefined || rule === undefined) continue;
      const type = rule.fact === undefined ? undefined : factType(policy, rule.fact);
      if (type === undefined || !NUMERIC_TYPES.has(type as never)) {
        const what = rule.fact === undefined ? 'does not compare a value' : `compares '${rule.fact}', which is not a number`;
        diagnostics.push(diagnosticAt(src, at(key), `'${key}' bounds a numeric value, but rule '${rule.id}' ${what}`, 'error', 'key'));
      }
    }
    if (typeof item.max === 'number' && typeof item.min === 'number' && item.max < item.min) {
      diagnostics.push(diagnosticAt(src, at('max'), `max ${item.max} is below min ${item.min}: the waiver could never hold`));
    }
    if (typeof item.rule !== 'string' || !Array.isArray(item.files)) return;
    const position = positionOf(src, ['waivers', i]);
    waivers.push({
      rule: item.rule,
      files: item.files.filter((f): f is string => typeof f === 'string'),
      approvedBy: typeof item.approved_by === 'string' ? item.approved_by : '',
      reason: typeof item.reason === 'string' ? item.reason : '',
      expires: typeof item.expires === 'string' ? item.expires : null,
      max: typeof item.max === 'number' ? item.max : null,
      min: typeof item.min === 'number' ? item.min : null,
      line: position.line,
      column: position.column,
    });
  });
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, set: null };
  return { diagnostics, set: { file, dir: dirname(abs), waivers } };
}

/** The policy schema helper words things for rules; say "waiver N" and name the date format. */
function readable(message: string, n: number): string {
  return message
    .replace(/^each item of 'waivers'/, n > 0 ? `waiver ${n}` : 'each waiver')
    .replace(/^'expires' must match .*$/, "'expires' must be a date written YYYY-MM-DD");
}
