import { describe, expect, it } from 'vitest';
import { parseNumberWords, parseNumeral } from '../src/extract/values/index.js';

const WORDS: Array<[string, number]> = [
  ['thirty', 30],
  ['Thirty-Five', 35],
  ['twenty-four', 24],
  ['seventy-two', 72],
  ['one hundred twenty', 120],
  ['one hundred and twenty', 120],
  ['one hundred and eighty', 180],
  ['two thousand', 2000],
  ['a hundred', 100],
  ['one million', 1_000_000],
  ['two million five hundred thousand', 2_500_000],
  ['fifteen hundred', 1500],
  ['one-half', 0.5],
  ['half', 0.5],
  ['a half', 0.5],
  ['one and one-half', 1.5],
  ['two and a half', 2.5],
  ['three-quarters', 0.75],
  ['zero', 0],
  ['twelve', 12],
  ['ninety nine', 99],
  ['  eighteen  ', 18],
  ['one-hundred', 100],
  ['forty- five', 45],
];

describe('parseNumberWords reads', () => {
  it.each(WORDS)('%s -> %d', (text, expected) => {
    expect(parseNumberWords(text)).toBe(expected);
  });
});

const NOT_WORDS = ['', 'a', 'an', 'days', 'one two', 'thirty thirty', 'hundred', 'one hundred days', 'thirtieth', 'and', 'twenty-', 'quarter', '30',
  // Names on Object.prototype are not number words.
  'constructor', 'toString', 'one thousand constructor'];

describe('parseNumberWords rejects', () => {
  it.each(NOT_WORDS)('%j', (text) => {
    expect(parseNumberWords(text)).toBeNull();
  });
});

const NUMERALS: Array<[string, number]> = [
  ['1,000,000', 1_000_000],
  ['2.5', 2.5],
  ['30', 30],
  ['1.5', 1.5],
  ['1,000,000.00', 1_000_000],
  ['1.000.000', 1_000_000],
  ['1.000,50', 1000.5],
  ['5,00,000', 500_000],
  [' 42 ', 42],
];

describe('parseNumeral reads', () => {
  it.each(NUMERALS)('%s -> %d', (text, expected) => {
    expect(parseNumeral(text)).toBe(expected);
  });
});

describe('parseNumeral rejects', () => {
  it.each(['', 'thirty', '5.2.1', '1,2', '1,0000', '$5', '30%', '1e6', '-3', '9'.repeat(400)])('%j', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
