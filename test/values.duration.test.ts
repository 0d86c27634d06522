import { describe, expect, it } from 'vitest';
import { durationIn, findDurations, type DurationUnit } from '../src/extract/values/index.js';

// [text, amount, unit, business]: the first duration found in the text.
const READS: Array<[string, number, DurationUnit, boolean]> = [
  ['thirty (30) days', 30, 'days', false],
  ['30 days', 30, 'days', false],
  ['thirty days', 30, 'days', false],
  ['one month', 1, 'months', false],
  ["six months' prior written notice", 6, 'months', false],
  ['a 6-month pilot', 6, 'months', false],
  ['a twelve (12) month period', 12, 'months', false],
  ['a 12-month term', 12, 'months', false],
  ['for one (1) year', 1, 'years', false],
  ['1 yr', 1, 'years', false],
  ['two years', 2, 'years', false],
  ['within ten (10) business days', 10, 'days', true],
  ['5 working days', 5, 'days', true],
  ['ninety (90) calendar days', 90, 'days', false],
  ['forty-eight (48) hours', 48, 'hours', false],
  ['24 hrs', 24, 'hours', false],
  ['payment terms are net sixty', 60, 'days', false],
  ['Net 30', 30, 'days', false],
  ['net thirty (30)', 30, 'days', false],
  ['Net-45 days from invoice', 45, 'days', false],
  ['two (2) weeks', 2, 'weeks', false],
  ['a fortnight', 14, 'days', false],
  ["sixty (60) days' notice", 60, 'days', false],
  ['a period of one (1) year', 1, 'years', false],
  ['a one-year term', 1, 'years', false],
  ['successive one year terms', 1, 'years', false],
  ['Thirty-Six (36) Months', 36, 'months', false],
  ['one hundred and twenty (120) days', 120, 'days', false],
  ['one hundred twenty days', 120, 'days', false],
  ['for two (2) additional years', 2, 'years', false],
  ['four (4) business hours', 4, 'hours', true],
  ['a 90-day warranty', 90, 'days', false],
  ['one and one-half years', 1.5, 'years', false],
  ['an additional period of half a year', 0.5, 'years', false],
  ['12 (twelve) months', 12, 'months', false],
  ['three (3)-month', 3, 'months', false],
  ['TEN (10) BUSINESS DAYS', 10, 'days', true],
  ['within 1 hour', 1, 'hours', false],
  ['eighteen consecutive months', 18, 'months', false],
  // Hyphenation as found in CUAD contracts (CC BY 4.0).
  ['within one-hundred twenty (120) days', 120, 'days', false],
  ['every one hundred-eighty (180) days', 180, 'days', false],
  ['within forty- five (45) days', 45, 'days', false],
  ['twenty–four hours', 24, 'hours', false],
  ['a 6–month term', 6, 'months', false],
  // "a"/"an" as one unit, after words that introduce a length.
  ['for a year after termination', 1, 'years', false],
  ['within a month of the invoice', 1, 'months', false],
  ['for an additional year', 1, 'years', false],
  ['for a period of a year', 1, 'years', false],
];

describe('findDurations reads', () => {
  it.each(READS)('%s -> %d %s', (text, amount, unit, business) => {
    const [first] = findDurations(text);
    expect(first).toBeDefined();
    expect({ amount: first.amount, unit: first.unit, business: first.business }).toEqual({ amount, unit, business });
    expect(first.conflict).toBeUndefined();
  });
});

// Text that holds no duration at all.
const NOT_DURATIONS: string[] = [
  'Section 30',
  'as set out in Section 30 of the Agreement',
  '$30',
  '30%',
  'January 30, 2024',
  'on 30 June 2025',
  'fees are payable annually',
  'interest of 10% per annum',
  'net of taxes',
  'the net amount',
  'thirty (30)',
  'during business hours',
  'a period of time',
  'one or more',
  'year-end reports',
  '24x7 support',
  'Section 5.2.1 days',
  'no one',
  // Rates, not lengths: "a" after words that do not introduce a duration.
  'no more than once a year',
  'three times a day',
  'twice a month',
];

describe('findDurations ignores', () => {
  it.each(NOT_DURATIONS)('%s', (text) => {
    expect(findDurations(text)).toEqual([]);
  });
});

describe('findDurations positions and extras', () => {
  it('takes digits over words and says so', () => {
    const [d] = findDurations('within thirty (45) days of notice');
    expect(d).toMatchObject({ amount: 45, unit: 'days', conflict: 'words say 30, digits say 45' });
    expect(d.text).toBe('thirty (45) days');
  });

  it('takes digits over words when the digits come first', () => {
    const [d] = findDurations('30 (forty-five) days');
    expect(d).toMatchObject({ amount: 30, conflict: 'words say 45, digits say 30' });
  });

  it('reports every duration in order with exact positions', () => {
    const text = 'Either party may cure within thirty (30) days; renewal is for one (1) year; Net 45.';
    const found = findDurations(text);
    expect(found.map((d) => [d.amount, d.unit, d.text])).toEqual([
      [30, 'days', 'thirty (30) days'],
      [1, 'years', 'one (1) year'],
      [45, 'days', 'Net 45'],
    ]);
    for (const d of found) expect(text.slice(d.index, d.index + d.length)).toBe(d.text);
  });

  it('reads a number phrase once, not its tail again', () => {
    expect(findDurations('one hundred twenty days').map((d) => d.amount)).toEqual([120]);
  });

  it('reads Net N days as one match', () => {
    expect(findDurations('Net 30 days').map((d) => [d.amount, d.text])).toEqual([[30, 'Net 30 days']]);
  });

  it('does not read a date before a duration', () => {
    expect(findDurations('On January 30, 2024, and for 2 years after').map((d) => [d.amount, d.unit])).toEqual([[2, 'years']]);
  });
});

// [amount, unit, target, expected]
const CONVERSIONS: Array<[number, DurationUnit, 'hours' | 'days' | 'months' | 'years', number]> = [
  [1, 'weeks', 'days', 7],
  [2, 'months', 'days', 60],
  [1, 'years', 'days', 365],
  [1, 'years', 'months', 12],
  [18, 'months', 'years', 1.5],
  [2, 'days', 'hours', 48],
  [48, 'hours', 'days', 2],
  [90, 'days', 'months', 3],
  [730, 'days', 'years', 2],
  [3, 'years', 'hours', 3 * 365 * 24],
  [14, 'days', 'days', 14],
];

describe('durationIn', () => {
  it.each(CONVERSIONS)('%d %s in %s = %d', (amount, unit, target, expected) => {
    expect(durationIn({ amount, unit, business: false, index: 0, length: 0, text: '' }, target)).toBe(expected);
  });
});
