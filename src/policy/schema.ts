// The policy JSON Schema (schemas/policy.schema.json), compiled once on first use, and ajv's
// errors turned into positioned, readable diagnostics.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../errors.js';
import { POLICY_SCHEMA_PATH } from './paths.js';
import { didYouMean } from './suggest.js';
import { diagnosticAt, pointerToPath } from './yaml-positions.js';
import type { PathSegment, YamlSource } from './yaml-positions.js';

let validator: ValidateFunction | null = null;

export function policySchemaValidator(): ValidateFunction {
  if (validator === null) {
    const schema = JSON.parse(readFileSync(POLICY_SCHEMA_PATH, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Readable text for a `pattern` failure, by the name of the field. */
const PATTERN_HINTS: Record<string, string> = {
  id: "may use letters, digits, '.', '_' and '-' (starting with a letter or digit)",
  effective: 'must be a date written YYYY-MM-DD',
  docs: 'must be an http(s) URL',
  currency: 'must be a three-letter currency code such as USD',
};

/** Readable text for a key that breaks `propertyNames`, by the map it sits in. */
const NAME_HINTS: Record<string, string> = {
  owners: "owner ids use lowercase letters, digits, '-' and '_'",
  topics: "topic names use lowercase letters, digits and '-' (kebab-case)",
  facts: "fact names are dotted lowercase words, e.g. fees.setup",
};

function label(path: PathSegment[]): string {
  if (path.length === 0) return 'the file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === 'rules' ? `rule ${last + 1}` : `each item of '${String(parent)}'`;
  }
  return `'${last}'`;
}

function typeWords(types: string[], extra: string[] = []): string {
  const words = [...new Set(types.flatMap((t) => t.split(',')))].map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : `a ${t}`));
  words.push(...extra);
  return words.length <= 1 ? (words[0] ?? 'something else') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function describe(error: ErrorObject, path: PathSegment[]): { message: string; path: PathSegment[]; target: 'key' | 'value' } {
  const name = label(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { message: `unknown key '${key}'${didYouMean(key, allowed)}`, path: [...path, key], target: 'key' };
    }
    case 'required':
      return { message: `${name} is missing required key '${String(params.missingProperty)}'`, path, target: 'value' };
    case 'type':
      return { message: `${name} must be ${typeWords([String(params.type)])}`, path, target: 'value' };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return { message: `${name} must be one of: ${allowed.join(', ')}${hint}`, path, target: 'value' };
    }
    case 'const':
      return { message: `${name} must be ${JSON.stringify(params.allowedValue)}`, path, target: 'value' };
    case 'minItems':
      return { message: params.limit === 1 ? `${name} must not be an empty list` : `${name} must list at least ${String(params.limit)} items`, path, target: 'value' };
    case 'minLength':
      return { message: `${name} must not be empty`, path, target: 'value' };
    case 'minimum':
      return { message: `${name} must be ${String(params.comparison)} ${String(params.limit)}`, path, target: 'value' };
    case 'pattern': {
      const last = path[path.length - 1];
      const hint = typeof last === 'string' ? PATTERN_HINTS[last] : undefined;
      return { message: `${name} ${hint ?? `must match ${String(params.pattern)}`}`, path, target: 'value' };
    }
    default:
      return { message: `${name} ${error.message ?? 'is not valid'}`, path, target: 'value' };
  }
}

/** ajv errors -> one diagnostic per real problem (anyOf branches folded into one message). */
export function schemaDiagnostics(src: YamlSource, errors: readonly ErrorObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const folded = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    // The schemas that use anyOf hold nothing else, so every error at or under its path is a
    // branch's (a $ref'd branch reports its own schemaPath, hence matching by instance path).
    const under = (e: ErrorObject): boolean => e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`);
    const branches = errors.filter((e) => e !== error && under(e));
    for (const e of branches) folded.add(e);
    const path = pointerToPath(error.instancePath);
    const types = branches.filter((e) => e.keyword === 'type').map((e) => String((e.params as { type: string }).type));
    const money = branches.some((e) => e.schemaPath.includes('/money'));
    const expected = typeWords(types, money ? ['{amount, currency}'] : []);
    out.push(diagnosticAt(src, path, `${label(path)} must be ${expected}`));
  }
  for (const error of errors) {
    if (error.keyword === 'anyOf' || folded.has(error)) continue;
    if (error.keyword === 'propertyNames') continue; // reported through the failing name's own error
    const path = pointerToPath(error.instancePath);
    if (error.propertyName !== undefined) {
      const container = path[path.length - 1];
      const hint = typeof container === 'string' ? NAME_HINTS[container] : undefined;
      out.push(diagnosticAt(src, [...path, error.propertyName], `'${error.propertyName}' is not a valid name: ${hint ?? 'invalid key'}`, 'error', 'key'));
      continue;
    }
    const { message, path: at, target } = describe(error, path);
    out.push(diagnosticAt(src, at, message, 'error', target));
  }
  return out;
}
