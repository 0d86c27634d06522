// Fact values as a deal desk compares and reads them, shared by the policy rules, the
// term-sheet and template comparisons and policy diffs.
import { normaliseJurisdiction } from './extract/values/jurisdiction.js';
import type { FactType, FactValue } from './types.js';

/** Values as a person reads them in messages: 60, true, "Delaware", "USD 1,000,000", "confidentiality, fraud". */
export function formatValue(value: FactValue | null | undefined): string {
  if (value === null || value === undefined) return 'not stated';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (typeof value === 'object') return `${value.currency.toUpperCase()} ${value.amount.toLocaleString('en-US')}`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(+value.toFixed(4));
  return String(value);
}

function listKey(value: FactValue): string[] {
  const items = Array.isArray(value) ? value : [value];
  return [...new Set(items.map((v) => String(v).trim().toLowerCase()))].sort();
}

function textKey(value: FactValue, type: FactType | null): string {
  const text = String(value).trim();
  if (type === 'jurisdiction') return (normaliseJurisdiction(text) ?? text).toLowerCase();
  return text.toLowerCase();
}

/**
 * Equality as a deal desk means it: numbers exactly, money by amount and currency (a bare
 * number, as policies may write an amount, by amount alone), lists as sets, jurisdictions by
 * their normalised name, text without case.
 */
export function sameFactValue(a: FactValue, b: FactValue, type: FactType | null = null): boolean {
  if (Array.isArray(a) || Array.isArray(b) || type === 'list') {
    const ka = listKey(a);
    const kb = listKey(b);
    return ka.length === kb.length && ka.every((v, i) => v === kb[i]);
  }
  if (typeof a === 'object' || typeof b === 'object') {
    if (typeof a === 'number') return typeof b === 'object' && a === b.amount;
    if (typeof b === 'number') return typeof a === 'object' && a.amount === b;
    if (typeof a !== 'object' || typeof b !== 'object') return false;
    return a.amount === b.amount && a.currency.toUpperCase() === b.currency.toUpperCase();
  }
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  return textKey(a, type) === textKey(b, type);
}

const UNIT: Partial<Record<FactType, [string, string]>> = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  hours: ['hour', 'hours'],
};

/** A value with its unit, as a rep would say it: "60 days", "99.95%", "2× the fees", "USD 1,000,000", "yes". */
export function describeValue(value: FactValue | null | undefined, type: FactType | null, business = false): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'number') return formatValue(value);
  const n = formatValue(value);
  if (type === 'years' && value === 999) return 'perpetual';
  if (type === 'percent') return `${n}%`;
  if (type === 'multiple') return `${n}× the fees`;
  const unit = type ? UNIT[type] : undefined;
  if (!unit) return n;
  return `${n} ${business ? 'business ' : ''}${value === 1 ? unit[0] : unit[1]}`;
}
