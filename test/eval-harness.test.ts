// Unit tests of the evaluation harness's pure scoring functions (scripts/eval/*.mjs); no CLI run.
import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM script without type declarations
import { column, csvRecords, parseCsv } from '../scripts/eval/csv.mjs';
import {
  CATEGORIES, governingLawLabelKeys, governingLawMatches, macroF1, metrics, noticeDays,
  normaliseJurisdiction, presenceLabel, renewalTermMonths, tally,
// @ts-ignore plain ESM script without type declarations
} from '../scripts/eval/cuad.mjs';
// @ts-ignore plain ESM script without type declarations
import { baselineSays } from '../scripts/eval/baseline.mjs';
// @ts-ignore plain ESM script without type declarations
import { checkTruthFile, judgeFact, scoreYardstick, valuesEqual } from '../scripts/eval/yardstick.mjs';
// @ts-ignore plain ESM script without type declarations
import { chunk } from '../scripts/eval/run-cli.mjs';

describe('CSV', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'A,B\r\n"x, y","say ""hi""\nthere"\nplain,\n';
    expect(parseCsv(text)).toEqual([['A', 'B'], ['x, y', 'say "hi"\nthere'], ['plain', '']]);
  });

  it('finds columns ignoring case and spaces (CUAD spells one "Renewal- Answer")', () => {
    const [rec] = csvRecords('Filename,Notice Period To Terminate Renewal- Answer\nf.pdf,30 days\n');
    expect(column(rec, 'filename')).toBe('f.pdf');
    expect(column(rec, 'Notice Period To Terminate Renewal-Answer')).toBe('30 days');
    expect(column(rec, 'Nope')).toBeUndefined();
  });
});

describe('presence metrics', () => {
  it('counts TP/FP/FN/TN and derives precision, recall, F1', () => {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const [p, l] of [[true, true], [true, true], [true, false], [false, true], [false, false]] as const) tally(c, p, l);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const m = metrics(c);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it.each([
    [{ tp: 0, fp: 0, fn: 0, tn: 9 }, 1], // nothing to find, nothing claimed
    [{ tp: 0, fp: 0, fn: 3, tn: 9 }, 0], // everything missed
    [{ tp: 0, fp: 2, fn: 0, tn: 9 }, 0], // only false alarms
  ])('F1 of %o is %d', (counts, f1) => {
    expect(metrics(counts).f1).toBe(f1);
  });

  it('macro F1 is the plain mean of category F1s', () => {
    expect(macroF1([{ f1: 1 }, { f1: 0.5 }, { f1: 0 }])).toBeCloseTo(0.5);
  });

  it('has the 20 presence categories of facts.md and reads them from extract JSON', () => {
    expect(CATEGORIES).toHaveLength(20);
    const file = {
      facts: { 'liability.cap_multiple': { value: 1 }, 'liability.uncapped': { value: false }, 'audit.financial_records': null, 'security.customer_audit': { value: true } },
      clauses: [{ topics: ['assignment', 'notices'] }],
    };
    const says = Object.fromEntries(CATEGORIES.map((c: { name: string; says: (f: unknown) => boolean }) => [c.name, c.says(file)]));
    expect(says['Cap On Liability']).toBe(true);
    expect(says['Uncapped Liability']).toBe(false); // false is stated but not "Yes"
    expect(says['Audit Rights']).toBe(true);
    expect(says['Anti-Assignment']).toBe(true);
    expect(says['Insurance']).toBe(false);
  });

  it.each([['Yes', true], ['No', false], [' yes ', true], ['', null], ['[]', null]])('label %j -> %j', (a, v) => {
    expect(presenceLabel(a)).toBe(v);
  });
});

describe('governing law', () => {
  it.each([
    ['State of Delaware', 'delaware'],
    ['Delaware, USA', 'delaware'],
    ['the Commonwealth of Massachusetts', 'massachusetts'],
    ['England', 'england and wales'],
    ['England and Wales', 'england and wales'],
    ["People's Republic of China", 'china'],
    ['Ontario, Canada', 'ontario'],
  ])('normalises %j to %j', (raw, key) => {
    expect(normaliseJurisdiction(raw)).toBe(key);
  });

  it.each([
    ['Illinois; New York', ['illinois', 'new york']],
    ['Virginia, Texas', ['virginia', 'texas']],
    ['England; Wales', ['england and wales']],
    ['[* * *]', []],
    ['', []],
  ])('label %j accepts %j', (label, keys) => {
    expect(governingLawLabelKeys(label)).toEqual(keys);
  });

  it.each([
    ['Delaware', 'Delaware', true],
    ['Delaware', 'State of Delaware', true],
    ['Delaware', 'New York', false],
    ['England', 'England and Wales', true],
    ['Delaware', null, false],
  ])('label %j vs value %j -> %j', (label, value, ok) => {
    expect(governingLawMatches(label, value)).toBe(ok);
  });
});

describe('renewal and notice labels', () => {
  it.each([
    ['successive 1 year', [12]],
    ['Successive 1 year', [12]],
    ['three (3) years', [36]],
    ['0.5 year', [6]],
    ['3 successive 1 year', [12]],
    ['5 years; 2 years', [60, 24]],
    ['12 Months', [12]],
    ['perpetual', []],
    ['successive [] years', []],
    ['', []],
  ])('renewal term %j -> %j months', (label, months) => {
    expect(renewalTermMonths(label)).toEqual(months);
  });

  it.each([
    ['30 days', [30]],
    ['6 months', [180]],
    ['(6) months', [180]],
    ['60) days', [60]],
    ['180 days / 6 months', [180]],
    ['6 weeks', [42]],
    ['1 year', [365]],
    ['[]', []],
  ])('notice %j -> %j days', (label, days) => {
    expect(noticeDays(label)).toEqual(days);
  });
});

describe('keyword baseline', () => {
  it.each([
    ['Insurance', 'Supplier shall maintain INSURANCE of…', true],
    ['Insurance', 'no such word here', false],
    ['Termination For Convenience', 'may terminate this Agreement for convenience', true],
    ['Source Code Escrow', 'deposit the source code with an escrow agent', true],
  ])('%s over %j -> %j', (cat, text, yes) => {
    expect(baselineSays(cat, text)).toBe(yes);
  });
});

describe('yardstick fact scoring', () => {
  it.each([
    ['days', 30, 30, true],
    ['days', 30, 45, false],
    ['percent', 99.9, 99.9, true],
    ['list', ['confidentiality', 'indemnification'], ['indemnification', 'confidentiality'], true],
    ['list', ['confidentiality'], ['confidentiality', 'data-breach'], false],
    ['money', { amount: 2000000, currency: 'GBP' }, { amount: 2000000, currency: 'GBP' }, true],
    ['money', { amount: 2000000, currency: 'GBP' }, { amount: 2000000, currency: 'USD' }, false],
    ['jurisdiction', 'England and Wales', 'England and Wales', true],
    ['jurisdiction', 'England and Wales', 'England', false],
    ['boolean', false, false, true],
    ['boolean', false, true, false],
  ])('%s: expected %j, got %j -> equal %j', (type, expected, got, equal) => {
    expect(valuesEqual(type, expected, got)).toBe(equal);
  });

  it.each([
    ['days', 30, { value: 30 }, 'right'],
    ['days', 30, { value: 15 }, 'wrong'],
    ['days', 30, null, 'missed'],
    ['days', null, { value: 30 }, 'false-fact'],
    ['days', null, null, 'true-absent'],
    ['boolean', false, null, 'missed'], // an express "no" is a stated fact
    ['days', { value: 10, business: true }, { value: 10, business: true }, 'right'],
    ['days', { value: 10, business: true }, { value: 10 }, 'wrong'],
  ])('%s: truth %j, hit %j -> %s', (type, truth, hit, verdict) => {
    expect(judgeFact(type, truth, hit)).toBe(verdict);
  });

  it('computes accuracy over stated facts and the false-fact rate over absent ones, listing misses', () => {
    const types: Record<string, string> = { 'a.days': 'days', 'b.flag': 'boolean', 'c.days': 'days', 'd.days': 'days' };
    const truth = { 'a.days': 30, 'b.flag': false, 'c.days': null, 'd.days': null };
    const s = scoreYardstick([
      { doc: 'x', format: 'md', truth, facts: { 'a.days': { value: 30 }, 'b.flag': { value: true, excerpt: 'may terminate' }, 'c.days': null, 'd.days': { value: 5, excerpt: 'five days' } } },
      { doc: 'x', format: 'pdf', truth, facts: { 'a.days': { value: 30 }, 'b.flag': { value: false }, 'c.days': null, 'd.days': null } },
    ], (f: string) => types[f]);
    expect([s.stated, s.right, s.wrong, s.missed]).toEqual([4, 3, 1, 0]);
    expect(s.accuracy).toBeCloseTo(0.75);
    expect([s.absent, s.falseFacts]).toEqual([4, 1]);
    expect(s.falseFactRate).toBeCloseTo(0.25);
    expect(s.misses).toEqual([
      { doc: 'x', format: 'md', fact: 'b.flag', verdict: 'wrong', expected: false, got: true, excerpt: 'may terminate' },
      { doc: 'x', format: 'md', fact: 'd.days', verdict: 'false-fact', expected: null, got: 5, excerpt: 'five days' },
    ]);
  });

  it('flags truth files that leave out or invent facts', () => {
    expect(checkTruthFile({ 'a.days': 1, 'z.typo': 2 }, ['a.days', 'b.flag'])).toEqual(['missing fact b.flag', 'unknown fact z.typo']);
  });
});

describe('batching', () => {
  it('chunks file lists for bounded CLI calls', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
