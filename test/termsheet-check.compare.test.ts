// --termsheet internals: which agreed values count as the same as the contract's.
import { describe, expect, it } from 'vitest';
import { compareWithTermSheet, describeValue, sameFactValue } from '../src/compare/index.js';
import { loadPolicy } from '../src/policy/load.js';
import type { AnalysedDocument, FactHit, FactType, FactValue } from '../src/types.js';

const policy = await loadPolicy(null);

describe('same fact value', () => {
  it.each<[FactValue, FactValue, FactType | null, boolean]>([
    [60, 60, 'days', true],
    [60, 61, 'days', false],
    [99.95, 99.9, 'percent', false],
    [{ amount: 1_000_000, currency: 'USD' }, { amount: 1_000_000, currency: 'usd' }, 'money', true],
    [{ amount: 1_000_000, currency: 'USD' }, { amount: 1_000_000, currency: 'EUR' }, 'money', false],
    [{ amount: 1_000_000, currency: 'USD' }, { amount: 2_000_000, currency: 'USD' }, 'money', false],
    [['eu', 'us'], ['us', 'eu'], 'list', true],
    [['eu', 'us'], ['eu'], 'list', false],
    [['eu', 'eu'], ['eu'], 'list', true],
    ['New York', 'new york', 'jurisdiction', true],
    ['NY', 'New York', 'jurisdiction', true],
    ['Delaware', 'England and Wales', 'jurisdiction', false],
    [true, true, 'boolean', true],
    [true, false, 'boolean', false],
  ])('%j vs %j (%s) -> %s', (a, b, type, same) => expect(sameFactValue(a, b, type)).toBe(same));

  it.each<[FactValue, FactType | null, boolean, string]>([
    [60, 'days', false, '60 days'],
    [10, 'days', true, '10 business days'],
    [1, 'hours', false, '1 hour'],
    [99.95, 'percent', false, '99.95%'],
    [2, 'multiple', false, '2× the fees'],
    [999, 'years', false, 'perpetual'],
    [{ amount: 5_000_000, currency: 'USD' }, 'money', false, 'USD 5,000,000'],
    [true, 'boolean', false, 'yes'],
    [['eu', 'uk'], 'list', false, 'eu, uk'],
  ])('describes %j (%s)', (value, type, business, text) => expect(describeValue(value, type, business)).toBe(text));
});

function hit(value: FactValue, extra: Partial<FactHit> = {}): FactHit {
  return { value, clause: '4.2', heading: 'Payment', location: { page: null, paragraph: null, line: 12 }, excerpt: 'within thirty (30) days', ...extra };
}

function doc(facts: Record<string, FactHit | null>, format: AnalysedDocument['format'] = 'md'): AnalysedDocument {
  return { path: format === 'termsheet' ? 'deal.yaml' : 'contract.md', format, clauses: [], facts, warnings: [], pages: null };
}

describe('compareWithTermSheet', () => {
  const sheet = doc({
    'payment.net_days': hit(30, { clause: null, heading: null, location: { page: null, paragraph: null, line: 5 } }),
    'sla.uptime_percent': hit(99.9, { clause: null, heading: null, location: { page: null, paragraph: null, line: 6 } }),
    'renewal.auto': null,
  }, 'termsheet');

  it('is silent when the contract states every agreed fact as agreed', () => {
    const contract = doc({ 'payment.net_days': hit(30), 'sla.uptime_percent': hit(99.9), 'renewal.auto': hit(true) });
    expect(compareWithTermSheet(contract, sheet, policy)).toEqual([]);
  });

  it('a business-day count is not the same as a calendar-day count', () => {
    const contract = doc({ 'payment.net_days': hit(30, { business: true }), 'sla.uptime_percent': hit(99.9) });
    const [f] = compareWithTermSheet(contract, sheet, policy);
    expect(f.message).toBe('Term sheet agrees 30 days, the contract says 30 business days (payment.net_days)');
  });

  it('points a mismatch at the contract clause and an unstated fact at the term sheet line', () => {
    const contract = doc({ 'payment.net_days': hit(45), 'sla.uptime_percent': null });
    const findings = compareWithTermSheet(contract, sheet, policy);
    expect(findings.map((f) => [f.severity, f.clause?.number ?? null, f.location?.line ?? null, f.owner?.id, f.excerpt])).toEqual([
      ['error', '4.2', 12, 'finance', 'within thirty (30) days'],
      ['warning', null, null, 'support', 'deal.yaml line 6: within thirty (30) days'],
    ]);
    expect(findings[1].message).toBe('sla.uptime_percent: 99.9% agreed in the term sheet but not stated in the contract');
  });
});
