import { describe, expect, it } from 'vitest';
import { findFeeMultiples } from '../src/extract/values/index.js';

// [text, value]: the first multiple of fees found.
const READS: Array<[string, number]> = [
  ['two times (2x) the annual fees', 2],
  ['2x the fees paid', 2],
  ['three (3) times the fees', 3],
  ['twice the fees', 2],
  ['the fees paid or payable in the twelve (12) months preceding the claim', 1],
  ['the total amount paid by Customer under this Agreement', 1],
  ['an amount equal to the fees paid', 1],
  ['150% of the fees', 1.5],
  ['one hundred percent (100%) of the annual fees', 1],
  ['shall not exceed the annual fees', 1],
  ['an amount equal to twelve (12) months of fees', 1],
  ["twelve months' fees", 1],
  ['2.5x the Subscription Fees', 2.5],
  ['two (2) times the amounts actually paid', 2],
  ['the amounts received by Supplier hereunder', 1],
  ['double the charges', 2],
  ['the greater of $1,000,000 or three times the fees paid', 3],
  ['50% of the total fees paid', 0.5],
  // Wording found in CUAD contracts (CC BY 4.0).
  ['EXCEED THE AGGREGATE AMOUNT OF THE PRODUCT PRICES PAID BY BELLICUM', 1],
  ["shall be limited to one (1) month's fees", 1],
  ['EXCEED THE TOTAL AMOUNT ACTUALLY RECEIVED BY PIVX HEREUNDER', 1],
  ['THREE TIMES (3X) THE TOTAL VALUE OF THE WORK ORDER UNDER WHICH THE CLAIM AROSE', 3],
  ['shall in no event exceed the total Commissions paid or payable by Chase', 1],
  ['an amount equal to twenty four (24) times the monthly administrative fee to be paid by Client', 24],
  ['the remuneration received by Licensor', 1],
];

describe('findFeeMultiples reads', () => {
  it.each(READS)('%s -> %d', (text, value) => {
    const [first] = findFeeMultiples(text);
    expect(first).toBeDefined();
    expect(first.value).toBe(value);
  });
});

const NOT_MULTIPLES = [
  'two times',
  'twice a year',
  'Customer shall pay all fees',
  'Customer shall pay the fees payable hereunder',
  'fees are non-refundable',
  'two times a year the parties shall meet',
  '99.9% of the time',
  'three (3) times per year',
  'the amount of damages',
  'any amount paid in settlement of any action',
  'transportation charges prepaid by Manufacturer',
  // "value" counts only right after a multiplier.
  'the value of the shares',
];

describe('findFeeMultiples ignores', () => {
  it.each(NOT_MULTIPLES)('%s', (text) => {
    expect(findFeeMultiples(text)).toEqual([]);
  });
});

describe('findFeeMultiples matches', () => {
  it('reads a multiplier and its fee reference as one match', () => {
    const text = 'liability is limited to two times (2x) the annual fees paid.';
    const found = findFeeMultiples(text);
    expect(found).toHaveLength(1);
    expect(found[0].value).toBe(2);
    expect(found[0].text).toBe('two times (2x) the annual fees paid');
    expect(text.slice(found[0].index, found[0].index + found[0].length)).toBe(found[0].text);
  });
});
