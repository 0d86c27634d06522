// YAML term sheets: the agreed deal terms stated as facts. Every key and value is checked
// against the fact's type; all problems are reported at once with line:column.
import { DocumentError } from '../errors.js';
import type { CustomFactDef, FactType, FactValue, Money, TermSheetDocument } from '../types.js';
import { normaliseJurisdiction } from '../extract/values/jurisdiction.js';
import { CURRENCY_CODES } from '../extract/values/money.js';
import { FACTS, LIST_VALUES, PERPETUAL_YEARS } from '../vocabulary.js';
import { SUGGESTED_JURISDICTIONS } from '../policy/jurisdiction-names.js';
import { didYouMean } from '../policy/suggest.js';
import { parseYamlSource, positionOf } from '../policy/yaml-positions.js';
import { YAML_LIMITS, humanBytes } from './limits.js';
import type { PathSegment, YamlSource } from '../policy/yaml-positions.js';

const TOP_KEYS = ['termsheet', 'customer', 'deal', 'terms'];
/** Day and hour counts may say they are business days: `<fact>_business: true` (facts.md). */
const BUSINESS_SUFFIX = '_business';
/** List facts whose members are an open set (regions): any kebab-case word is accepted. */
const OPEN_LISTS = new Set(['data.residency']);

const UNIT: Record<FactType, string> = {
  days: 'a number of days',
  months: 'a number of months',
  years: 'a number of years',
  hours: 'a number of hours',
  percent: 'a percentage (99.9 for 99.9%)',
  multiple: 'a multiple of the fees (a number)',
  number: 'a number',
  money: 'an amount (USD) or {amount, currency}',
  jurisdiction: 'a state or country name',
  boolean: 'true or false',
  list: 'a list of words',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value in the fact's type, or a problem description. */
function readValue(fact: string, type: FactType, value: unknown): { value: FactValue } | { problem: string } {
  const expected = `'${fact}' must be ${UNIT[type]}`;
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { problem: expected };
    case 'money': {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { value: { amount: value, currency: 'USD' } };
      if (isObject(value)) {
        const keys = Object.keys(value);
        const extra = keys.filter((k) => k !== 'amount' && k !== 'currency');
        if (extra.length === 0 && typeof value.amount === 'number' && value.amount >= 0 && typeof value.currency === 'string') {
          if (!CURRENCY_CODES.has(value.currency.toUpperCase())) return { problem: `'${value.currency}' is not a currency code (USD, EUR, GBP, …)` };
          const money: Money = { amount: value.amount, currency: value.currency.toUpperCase() };
          return { value: money };
        }
      }
      return { problem: `${expected}, e.g. 1000000 or {amount: 1000000, currency: EUR}` };
    }
    case 'jurisdiction': {
      if (typeof value !== 'string' || value.trim() === '') return { problem: expected };
      const normal = normaliseJurisdiction(value);
      if (normal === null) return { problem: `'${value}' is not a known jurisdiction${didYouMean(value, SUGGESTED_JURISDICTIONS)}` };
      return { value: normal };
    }
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
        return { problem: `${expected}, e.g. [${(LIST_VALUES[fact] ?? ['a-word'])[0]}]` };
      }
      const items = value.map((item: string) => item.trim().toLowerCase());
      const allowed = LIST_VALUES[fact];
      if (allowed !== undefined && !OPEN_LISTS.has(fact)) {
        const wrong = items.find((item) => !allowed.includes(item));
        if (wrong !== undefined) return { problem: `'${wrong}' is not a value of ${fact}${didYouMean(wrong, allowed)}; allowed: ${allowed.join(', ')}` };
      }
      return { value: items };
    }
    default: {
      // "perpetual" is how people write an unending confidentiality term (stored as 999 years).
      if (type === 'years' && typeof value === 'string' && value.trim().toLowerCase() === 'perpetual') return { value: PERPETUAL_YEARS };
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { value };
      return { problem: `${expected} (>= 0)${typeof value === 'string' ? `, not the text '${value}'` : ''}` };
    }
  }
}

/**
 * Parse a term sheet. Keys of `terms` are built-in facts or the policy's own facts; null means
 * not stated. Throws DocumentError('INVALID_TERMSHEET') listing every problem as path:line:col.
 */
export function parseTermSheet(path: string, text: string, customFacts?: Record<string, CustomFactDef>): TermSheetDocument {
  // A term sheet is a page of facts; anything near the YAML size limit is not one.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    throw new DocumentError('TOO_LARGE', `${path} is ${humanBytes(bytes)}, over the ${humanBytes(YAML_LIMITS.maxBytes)} limit for YAML term sheets; it was not checked`);
  }
  const src = parseYamlSource(path, text);
  const problems: string[] = src.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
  const problem = (at: PathSegment[], message: string, target: 'key' | 'value' = 'value'): void => {
    const { line, column } = positionOf(src, at, target);
    problems.push(`${path}:${line}:${column}: ${message}`);
  };
  const doc: TermSheetDocument = { path, format: 'termsheet', customer: null, deal: null, facts: {}, lines: {}, warnings: [] };
  if (problems.length === 0) readSheet(src, doc, problem, customFacts ?? {});
  if (problems.length > 0) throw new DocumentError('INVALID_TERMSHEET', problems.join('; '));
  return doc;
}

function readSheet(
  src: YamlSource,
  doc: TermSheetDocument,
  problem: (at: PathSegment[], message: string, target?: 'key' | 'value') => void,
  customFacts: Record<string, CustomFactDef>,
): void {
  const root = src.value;
  if (!isObject(root)) {
    problem([], "a term sheet is a mapping with 'termsheet: 1' and 'terms:'");
    return;
  }
  for (const key of Object.keys(root)) {
    if (!TOP_KEYS.includes(key)) problem([key], `unknown key '${key}'${didYouMean(key, TOP_KEYS)}`, 'key');
  }
  if (root.termsheet !== 1) problem(root.termsheet === undefined ? [] : ['termsheet'], "'termsheet' must be 1 (the format version)");
  if (root.customer !== undefined && root.customer !== null) {
    if (typeof root.customer === 'string') doc.customer = root.customer;
    else problem(['customer'], "'customer' must be text");
  }
  if (root.deal !== undefined && root.deal !== null) {
    if (typeof root.deal === 'string' || typeof root.deal === 'number') doc.deal = String(root.deal);
    else problem(['deal'], "'deal' must be text");
  }
  if (root.terms === undefined) {
    problem([], "missing 'terms:' (fact name -> value)");
    return;
  }
  if (!isObject(root.terms)) {
    problem(['terms'], "'terms' must be a mapping of fact name -> value");
    return;
  }
  const types = new Map<string, FactType>([
    ...FACTS.map((f): [string, FactType] => [f.name, f.type]),
    ...Object.entries(customFacts).map(([name, def]): [string, FactType] => [name, def.type]),
  ]);
  for (const [key, value] of Object.entries(root.terms)) {
    const at: PathSegment[] = ['terms', key];
    const businessOf = key.endsWith(BUSINESS_SUFFIX) ? key.slice(0, -BUSINESS_SUFFIX.length) : null;
    const businessType = businessOf === null ? undefined : types.get(businessOf);
    if (businessOf !== null && (businessType === 'days' || businessType === 'hours')) {
      if (value !== null && typeof value !== 'boolean') problem(at, `'${key}' must be true or false`);
      else if (value !== null) record(doc, src, key, value);
      continue;
    }
    if (businessType !== undefined) {
      problem(at, `'${key}': only day and hour facts take a ${BUSINESS_SUFFIX} flag`, 'key');
      continue;
    }
    const type = types.get(key);
    if (type === undefined) {
      problem(at, `unknown fact '${key}'${didYouMean(key, types.keys())}`, 'key');
      continue;
    }
    if (value === null) continue; // stated as not stated
    const read = readValue(key, type, value);
    if ('problem' in read) problem(at, read.problem);
    else record(doc, src, key, read.value);
  }
}

function record(doc: TermSheetDocument, src: YamlSource, key: string, value: FactValue): void {
  doc.facts[key] = value;
  doc.lines[key] = positionOf(src, ['terms', key], 'key').line;
}
