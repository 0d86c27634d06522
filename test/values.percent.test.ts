import { describe, expect, it } from 'vitest';
import { findPercents } from '../src/extract/values/index.js';

// [text, value, per]: the first percentage found.
const READS: Array<[string, number, 'month' | 'year' | null]> = [
  ['99.9%', 99.9, null],
  ['99.95 %', 99.95, null],
  ['1.5 percent', 1.5, null],
  ['one and one-half percent (1.5%)', 1.5, null],
  ['eighteen percent (18%) per annum', 18, 'year'],
  ['1.5% per month', 1.5, 'month'],
  ['ten per cent', 10, null],
  ['5 percent per year', 5, 'year'],
  ['a rate of 1% monthly', 1, 'month'],
  ['interest at 1.5% per month on the unpaid balance', 1.5, 'month'],
  ['1.5% of the outstanding balance per month', 1.5, 'month'],
  ['one and one-half percent (1.5%) of the unpaid amount per month', 1.5, 'month'],
  ['12% p.a.', 12, 'year'],
  ['2% a month', 2, 'month'],
  ['late charges of 1-1/2% per month', 1.5, 'month'],
  ['1 1/2% per month', 1.5, 'month'],
  ['18 % per annum', 18, 'year'],
  ['100%', 100, null],
  ['ten percent (10%) of the monthly fees', 10, null],
  ['twenty-five percent', 25, null],
  ['3% annually', 3, 'year'],
  ['1.5% interest per month', 1.5, 'month'],
  ['1.5% per calendar month', 1.5, 'month'],
  ['5 pct.', 5, null],
  // Wording found in a CUAD contract (CC BY 4.0).
  ['a management fee in the amount of one percent and one-half (1.5%) of the aggregate', 1.5, null],
  ['one percent and a half', 1.5, null],
  // Decimal commas (continental drafting), read only before a percent.
  ['a monthly availability of 99,5%', 99.5, null],
  ['1,5 per cent per month', 1.5, 'month'],
  ['sections 3,4 and 12%', 12, null],
];

describe('findPercents reads', () => {
  it.each(READS)('%s -> %d per %s', (text, value, per) => {
    const [first] = findPercents(text);
    expect(first).toBeDefined();
    expect({ value: first.value, per: first.per }).toEqual({ value, per });
  });
});

const NOT_PERCENTS = ['30 days', 'Section 5', '$1,000', 'percentage of revenue', 'per cent', 'thirty (30)', '%'];

describe('findPercents ignores', () => {
  it.each(NOT_PERCENTS)('%s', (text) => {
    expect(findPercents(text)).toEqual([]);
  });
});

describe('findPercents matches', () => {
  it('reads words with a figure restatement as one match, with the period', () => {
    const found = findPercents('late payments bear interest at eighteen percent (18%) per annum.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 18, per: 'year', text: 'eighteen percent (18%) per annum' });
  });

  it('does not give uptime a period from an unrelated "of" phrase', () => {
    expect(findPercents('99.9% of each calendar month')[0].per).toBeNull();
  });

  it('reports every percentage in order with exact positions', () => {
    const text = 'Uptime of 99.95%; credits up to 10 percent; interest 1% monthly.';
    const found = findPercents(text);
    expect(found.map((p) => [p.value, p.per])).toEqual([[99.95, null], [10, null], [1, 'month']]);
    for (const p of found) expect(text.slice(p.index, p.index + p.length)).toBe(p.text);
  });
});
