import { describe, expect, it } from 'vitest';
import { findMoney } from '../src/extract/values/index.js';

// [text, amount, currency]: the first amount found in the text.
const READS: Array<[string, number, string]> = [
  ['$1,000,000', 1_000_000, 'USD'],
  ['$1 million', 1_000_000, 'USD'],
  ['$2.5M', 2_500_000, 'USD'],
  ['US$5,000,000', 5_000_000, 'USD'],
  ['U.S.$5,000,000', 5_000_000, 'USD'],
  ['US $ 250,000', 250_000, 'USD'],
  ['USD 2 million', 2_000_000, 'USD'],
  ['USD 250,000', 250_000, 'USD'],
  ['USD $1,000', 1_000, 'USD'],
  ['EUR 500,000', 500_000, 'EUR'],
  ['€500.000', 500_000, 'EUR'],
  ['€1.000.000,00', 1_000_000, 'EUR'],
  ['€2.5 million', 2_500_000, 'EUR'],
  ['£1m', 1_000_000, 'GBP'],
  ['£500K', 500_000, 'GBP'],
  ['GBP 100,000', 100_000, 'GBP'],
  ['one million dollars ($1,000,000)', 1_000_000, 'USD'],
  ['five million U.S. dollars', 5_000_000, 'USD'],
  ['Two Million Dollars', 2_000_000, 'USD'],
  ['1,000,000 euros', 1_000_000, 'EUR'],
  ['CHF 10,000', 10_000, 'CHF'],
  ['$1,000,000.00', 1_000_000, 'USD'],
  ['C$50,000', 50_000, 'CAD'],
  ['CA$50,000', 50_000, 'CAD'],
  ['A$75,000', 75_000, 'AUD'],
  ['10,000 CHF', 10_000, 'CHF'],
  ['$5,000 CAD', 5_000, 'CAD'],
  ['JPY 10,000,000', 10_000_000, 'JPY'],
  ['INR 5,00,000', 500_000, 'INR'],
  ['ten thousand pounds sterling', 10_000, 'GBP'],
  ['one hundred thousand Canadian dollars', 100_000, 'CAD'],
  ['$10 billion', 10_000_000_000, 'USD'],
  ['$1.5MM', 1_500_000, 'USD'],
  ['usd 2 million', 2_000_000, 'USD'],
  ['One Million Dollars (US $1,000,000.00)', 1_000_000, 'USD'],
  ['one million (1,000,000) dollars', 1_000_000, 'USD'],
  ['$1.1 million', 1_100_000, 'USD'],
  // Indian scales and rupee prefixes.
  ['INR 5 crore', 50_000_000, 'INR'],
  ['Rs. 50,00,000 (Rupees Fifty Lakh only)', 5_000_000, 'INR'],
  ['Rs. 4.2 crore', 42_000_000, 'INR'],
  ['Rupees Four Crore Twenty Lakh only', 42_000_000, 'INR'],
  ['₹2 crore', 20_000_000, 'INR'],
  ['Rs 10 lakh', 1_000_000, 'INR'],
  ['INR 1.5 crores', 15_000_000, 'INR'],
  ['INR 2 crore 50 lakh', 25_000_000, 'INR'],
  // South African rand and thousands grouped by spaces.
  ['R2 500 000 (two million five hundred thousand rand)', 2_500_000, 'ZAR'],
  ['R4 850', 4_850, 'ZAR'],
  ['R2,500,000', 2_500_000, 'ZAR'],
  ['two million rand', 2_000_000, 'ZAR'],
  ['NOK 1 250 000', 1_250_000, 'NOK'],
  ['€ 12 000,50', 12_000.5, 'EUR'],
  // Swiss grouping by apostrophes.
  ["CHF 250'000", 250_000, 'CHF'],
  ['CHF 1’500’000.50', 1_500_000.5, 'CHF'],
];

describe('findMoney reads', () => {
  it.each(READS)('%s -> %d %s', (text, amount, currency) => {
    const [first] = findMoney(text);
    expect(first).toBeDefined();
    expect({ amount: first.amount, currency: first.currency }).toEqual({ amount, currency });
  });
});

const NOT_MONEY: string[] = [
  '30 days',
  'Section 5',
  '5,000 units',
  'ten pounds of flour',
  'a $ sign',
  '99.9%',
  'thirty (30) days',
  'the dollar amount',
  'USD',
  'Net 30',
  'Mrs. 5 apples',
  '5 crore units',
  // A capital R that is a label, and spaced figures without a currency.
  'Requirement R1',
  'R 12',
  '3 100 units',
];

describe('findMoney ignores', () => {
  it.each(NOT_MONEY)('%s', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('findMoney matches', () => {
  it('reads words with a figure restatement as one match, taking the figures', () => {
    const found = findMoney('liability shall not exceed one million dollars ($1,000,000) in aggregate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ amount: 1_000_000, currency: 'USD', text: 'one million dollars ($1,000,000)' });
  });

  it('takes the figures when words and figures disagree', () => {
    expect(findMoney('two million dollars ($3,000,000)')[0].amount).toBe(3_000_000);
  });

  it('reads figures with a words restatement as one match', () => {
    const found = findMoney('$1,000,000 (one million dollars)');
    expect(found.map((m) => [m.amount, m.text])).toEqual([[1_000_000, '$1,000,000 (one million dollars)']]);
  });

  it('reports every amount in order with exact positions', () => {
    const text = 'the greater of $500,000 or EUR 400,000, and cyber cover of £2m.';
    const found = findMoney(text);
    expect(found.map((m) => [m.amount, m.currency, m.text])).toEqual([
      [500_000, 'USD', '$500,000'],
      [400_000, 'EUR', 'EUR 400,000'],
      [2_000_000, 'GBP', '£2m'],
    ]);
    for (const m of found) expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
  });
});
