import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findDurations,
  findFeeMultiples,
  findJurisdictions,
  findMoney,
  findPercents,
  parseNumberWords,
  parseNumeral,
} from '../src/extract/values/index.js';

const FINDERS = { findDurations, findMoney, findPercents, findFeeMultiples, findJurisdictions };

// Strings built from contract-ish pieces hit the readers' branches far more often than random text.
const PIECES = [
  'thirty', '(30)', 'days', 'one', 'hundred', 'and', '-', 'half', 'Net', '$', '1,000,000', '2.5', 'M',
  'USD', 'million', 'dollars', '%', 'percent', 'per', 'annum', 'month', 'times', '2x', 'fees', 'paid',
  'State', 'of', 'New', 'York', 'Victoria', 'Australia', '(', ')', ',', '.', "'", 'business', '€500.000',
];
const contractish = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), contractish);

describe('readers on arbitrary text', () => {
  it.each(Object.entries(FINDERS))('%s never throws, is deterministic and points into the text', (_name, find) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = find(text);
        expect(find(text)).toEqual(first);
        for (const m of first) expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });

  it('number parsers never throw and return finite numbers or null', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const v of [parseNumeral(text), parseNumberWords(text)]) {
          expect(v === null || Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// 1 MB inputs of the kind that make backtracking regexes blow up. No timing assertion:
// a quadratic reader would simply not finish within the test timeout.
const MEGABYTE = 1 << 20;
const BIG_INPUTS: Array<[string, string]> = [
  ['digits', '1'.repeat(MEGABYTE)],
  ['grouped digits', '1,000'.repeat(MEGABYTE / 5)],
  ['spaced digits', '30 '.repeat(MEGABYTE / 3)],
  ['number words', 'one hundred and '.repeat(MEGABYTE / 16)],
  ['durations', 'thirty (30) days '.repeat(MEGABYTE / 17)],
  ['names', 'New York, '.repeat(MEGABYTE / 10)],
  ['money', '$1,000,000 (one million dollars) '.repeat(MEGABYTE / 33)],
];

describe('readers on 1 MB inputs', () => {
  it.each(BIG_INPUTS)('%s', (kind, text) => {
    const counts = [findDurations(text), findMoney(text), findPercents(text), findJurisdictions(text), findFeeMultiples(text)].map((r) => r.length);
    if (kind === 'durations') expect(counts[0]).toBe(MEGABYTE / 17 | 0);
    if (kind === 'names') expect(counts[3]).toBe(MEGABYTE / 10 | 0);
    if (kind === 'digits') expect(counts).toEqual([0, 0, 0, 0, 0]);
  });
});
