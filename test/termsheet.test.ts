import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { parseTermSheet } from '../src/read/termsheet.js';
import type { CustomFactDef } from '../src/types.js';

const GOOD = `termsheet: 1
customer: Globex Corp
deal: Q4-2026-017
terms:
  payment.net_days: 60
  payment.net_days_business: true
  governing_law.jurisdiction: state of new york
  liability.cap_multiple: 2
  liability.cap_amount: { amount: 500000, currency: eur }
  insurance.cyber: 5000000
  sla.uptime_percent: 99.95
  renewal.auto: false
  indemnity.scope: [ip-infringement, Data-Breach]
  confidentiality.term_years: perpetual
  venue.jurisdiction: null
`;

/** The problems a DocumentError lists, without the path prefix. */
function problems(text: string, customFacts?: Record<string, CustomFactDef>): string[] {
  try {
    parseTermSheet('deal.yaml', text, customFacts);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('INVALID_TERMSHEET');
    return (error as DocumentError).message.split('; deal.yaml:').map((p) => p.replace(/^deal\.yaml:/, ''));
  }
  return [];
}

describe('parseTermSheet', () => {
  it('reads facts in their types, with the line of each key', () => {
    const doc = parseTermSheet('deal.yaml', GOOD);
    expect(doc.format).toBe('termsheet');
    expect(doc.customer).toBe('Globex Corp');
    expect(doc.deal).toBe('Q4-2026-017');
    expect(doc.facts).toEqual({
      'payment.net_days': 60,
      'payment.net_days_business': true,
      'governing_law.jurisdiction': 'New York',
      'liability.cap_multiple': 2,
      'liability.cap_amount': { amount: 500000, currency: 'EUR' },
      'insurance.cyber': { amount: 5000000, currency: 'USD' },
      'sla.uptime_percent': 99.95,
      'renewal.auto': false,
      'indemnity.scope': ['ip-infringement', 'data-breach'],
      'confidentiality.term_years': 999,
    });
    expect(doc.lines['payment.net_days']).toBe(5);
    expect(doc.lines['sla.uptime_percent']).toBe(11);
    expect('venue.jurisdiction' in doc.facts).toBe(false); // null = not stated
  });

  it('lists every problem with line:column, none silently ignored', () => {
    const text = `termsheet: 1
customr: Globex
terms:
  payment.net_dayz: 30
  payment.net_days: "60 days"
  renewal.auto: "yes"
  governing_law.jurisdiction: Delware
  liability.cap_amount: "USD 1,000,000"
  support.coverage: [24/7]
  sla.uptime_percent: -1
  data.residency: eu
`;
    expect(problems(text)).toEqual([
      "2:1: unknown key 'customr' (did you mean 'customer'?)",
      "4:3: unknown fact 'payment.net_dayz' (did you mean 'payment.net_days'?)",
      "5:21: 'payment.net_days' must be a number of days (>= 0), not the text '60 days'",
      "6:17: 'renewal.auto' must be true or false",
      "7:31: 'Delware' is not a known jurisdiction (did you mean 'Delaware'?)",
      "8:25: 'liability.cap_amount' must be an amount (USD) or {amount, currency}, e.g. 1000000 or {amount: 1000000, currency: EUR}",
      "9:21: '24/7' is not a value of support.coverage (did you mean '24x7'?); allowed: 24x7, business-hours",
      "10:23: 'sla.uptime_percent' must be a percentage (99.9 for 99.9%) (>= 0)",
      "11:19: 'data.residency' must be a list of words, e.g. [eu]",
    ]);
  });

  it.each([
    ['missing version', 'terms: {}\n', ["1:1: 'termsheet' must be 1 (the format version)"]],
    ['wrong version', 'termsheet: 2\nterms: {}\n', ["1:12: 'termsheet' must be 1 (the format version)"]],
    ['no terms', 'termsheet: 1\n', ["1:1: missing 'terms:' (fact name -> value)"]],
    ['terms not a mapping', 'termsheet: 1\nterms: [a]\n', ["2:8: 'terms' must be a mapping of fact name -> value"]],
    ['not a mapping at all', '- a\n', ["1:1: a term sheet is a mapping with 'termsheet: 1' and 'terms:'"]],
    ['duplicate key', 'termsheet: 1\nterms:\n  mfn.present: true\n  mfn.present: false\n', ["4:3: duplicate key 'mfn.present'"]],
    ['money with an unknown field', 'termsheet: 1\nterms:\n  insurance.cyber: { amount: 1, currency: USD, per: year }\n', ["3:20: 'insurance.cyber' must be an amount (USD) or {amount, currency}, e.g. 1000000 or {amount: 1000000, currency: EUR}"]],
    ['unknown currency', 'termsheet: 1\nterms:\n  insurance.cyber: { amount: 1, currency: XYZ }\n', ["3:20: 'XYZ' is not a currency code (USD, EUR, GBP, …)"]],
    ['business flag on a non-duration fact', 'termsheet: 1\nterms:\n  mfn.present_business: true\n', ["3:3: 'mfn.present_business': only day and hour facts take a _business flag"]],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reports a YAML syntax error with its position', () => {
    const found = problems('termsheet: 1\nterms: {a: 1\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\d+:\d+: /);
  });

  it('accepts the policy\'s own facts, typed', () => {
    const custom: Record<string, CustomFactDef> = { 'fees.setup': { type: 'money', patterns: ['setup fee of {money}'] } };
    const doc = parseTermSheet('deal.yaml', 'termsheet: 1\nterms:\n  fees.setup: 5000\n', custom);
    expect(doc.facts['fees.setup']).toEqual({ amount: 5000, currency: 'USD' });
    expect(problems('termsheet: 1\nterms:\n  fees.setup: lots\n', custom)).toEqual([
      "3:15: 'fees.setup' must be an amount (USD) or {amount, currency}, e.g. 1000000 or {amount: 1000000, currency: EUR}",
    ]);
    expect(problems('termsheet: 1\nterms:\n  fees.setup: 5000\n')).toEqual(["3:3: unknown fact 'fees.setup'"]);
  });

  it('puts the file path in front of each problem', () => {
    expect(() => parseTermSheet('deals/x.yaml', 'termsheet: 1\nterms:\n  nope: 1\n')).toThrow(/^deals\/x\.yaml:3:3: unknown fact 'nope'$/);
  });
});
