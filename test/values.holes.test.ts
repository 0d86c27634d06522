import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { HOLE_KINDS, holeSource, parseHole, type HoleKind } from '../src/extract/values/index.js';

// Compile as a policy pattern would: the hole wrapped in one named group, case-insensitive.
function matchHole(kind: HoleKind, text: string): string | null {
  const re = RE2JS.compile(`(?P<v>${holeSource(kind)})`, RE2JS.CASE_INSENSITIVE);
  const m = re.matcher(text);
  return m.find() ? m.group('v') : null;
}

describe('holeSource', () => {
  it.each([...HOLE_KINDS])('%s compiles in RE2 with no capturing groups of its own', (kind) => {
    const re = RE2JS.compile(holeSource(kind), RE2JS.CASE_INSENSITIVE);
    expect(re.groupCount()).toBe(0);
  });
});

// [kind, text, matched text, value]
const HOLES: Array<[HoleKind, string, string, ReturnType<typeof parseHole>]> = [
  ['days', 'within thirty (30) days of notice', 'thirty (30) days', 30],
  ['days', 'within 30 days', '30 days', 30],
  ['days', 'on two months notice', 'two months', 60],
  ['days', 'ten (10) business days', 'ten (10) business days', 10],
  ['days', 'payment terms: Net 45', 'Net 45', 45],
  ['days', 'a 6-week pilot', '6-week', 42],
  ['days', 'forty-eight (48) hours', 'forty-eight (48) hours', 2],
  ['months', 'an initial term of 1 year', '1 year', 12],
  ['months', 'a twelve (12) month period', 'twelve (12) month', 12],
  ['months', 'for one-year terms', 'one-year', 12],
  ['years', 'survive for five (5) years', 'five (5) years', 5],
  ['years', 'for 24 months', '24 months', 2],
  ['hours', 'respond within 4 hours', '4 hours', 4],
  ['hours', 'notify within one (1) day', 'one (1) day', 24],
  ['percent', 'uptime of 99.9%', '99.9%', 99.9],
  ['percent', 'interest at 1.5% per month', '1.5%', 1.5],
  ['percent', 'eighteen percent (18%) per annum', 'eighteen percent (18%)', 18],
  ['percent', 'ten per cent', 'ten per cent', 10],
  ['money', 'a set-up fee of $50,000', '$50,000', { amount: 50_000, currency: 'USD' }],
  ['money', 'cover of USD 2 million', 'USD 2 million', { amount: 2_000_000, currency: 'USD' }],
  ['money', 'cap of €500.000', '€500.000', { amount: 500_000, currency: 'EUR' }],
  ['money', 'not exceed one million dollars ($1,000,000)', 'one million dollars ($1,000,000)', { amount: 1_000_000, currency: 'USD' }],
  ['money', 'a fee of US$2.5M', 'US$2.5M', { amount: 2_500_000, currency: 'USD' }],
  ['money', 'GBP 100,000 cover', 'GBP 100,000', { amount: 100_000, currency: 'GBP' }],
  ['money', 'five million U.S. dollars', 'five million U.S. dollars', { amount: 5_000_000, currency: 'USD' }],
  ['number', 'up to 12 users', '12', 12],
  ['number', 'up to twelve users', 'twelve', 12],
  ['number', 'up to one hundred and twenty users', 'one hundred and twenty', 120],
  ['number', '1,000,000 calls', '1,000,000', 1_000_000],
  ['jurisdiction', 'governed by the laws of the State of New York', 'State of New York', 'New York'],
  ['jurisdiction', 'the laws of England and Wales', 'England and Wales', 'England and Wales'],
  ['jurisdiction', 'the laws of delaware', 'delaware', 'Delaware'],
  ['jurisdiction', "the People's Republic of China", "People's Republic of China", 'China'],
  ['jurisdiction', 'courts in Washington, D.C.', 'Washington, D.C', 'District of Columbia'],
  ['jurisdiction', 'governed by English law', 'English', 'England and Wales'],
  ['jurisdiction', 'the Province of British Columbia', 'Province of British Columbia', 'British Columbia'],
];

describe('holes match and read', () => {
  it.each(HOLES)('{%s} in %j', (kind, text, matched, value) => {
    const got = matchHole(kind, text);
    expect(got).toBe(matched);
    expect(parseHole(kind, got!)).toEqual(value);
  });
});

// [kind, text]: the hole does not match anywhere in the text.
const MISSES: Array<[HoleKind, string]> = [
  ['days', 'Section 30 applies'],
  ['days', 'fees are payable annually'],
  ['percent', 'thirty (30) days'],
  ['money', '30 days'],
  ['money', 'Section 5'],
  ['number', 'no figures here'],
  ['jurisdiction', 'the laws of xyz'],
];

describe('holes miss', () => {
  it.each(MISSES)('{%s} in %j', (kind, text) => {
    expect(matchHole(kind, text)).toBeNull();
  });
});

describe('parseHole', () => {
  it.each([
    ['days', 'nothing'],
    ['money', '30 days'],
    ['percent', '30'],
    ['number', 'one two'],
    ['jurisdiction', 'xyz'],
  ] as Array<[HoleKind, string]>)('{%s} of %j is null', (kind, text) => {
    expect(parseHole(kind, text)).toBeNull();
  });
});
