// Values as a person reads them in messages: 60, true, "Delaware", "USD 1,000,000", "confidentiality, fraud".
import type { FactValue } from '../types.js';

export function formatValue(value: FactValue | null | undefined): string {
  if (value === null || value === undefined) return 'not stated';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (typeof value === 'object') return `${value.currency} ${value.amount.toLocaleString('en-US')}`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(+value.toFixed(4));
  return String(value);
}
