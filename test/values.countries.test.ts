import { describe, expect, it } from 'vitest';
import { findMoney, normaliseJurisdiction } from '../src/extract/values/index.js';
import { COUNTRIES } from '../src/extract/values/countries.js';

// The country table feeds four readers (law and venue, residency, money, local dollars): a malformed record would
// fail silently in each of them, so its shape is checked once here.
describe('country records (countries.ts)', () => {
  it('every record name reads back as itself', () => {
    const wrong = COUNTRIES.filter((c) => normaliseJurisdiction(c.name) !== c.name).map((c) => c.name);
    expect(wrong).toEqual([]);
  });

  it('court places are global patterns (law.ts reads every match in a sentence)', () => {
    const local = COUNTRIES.flatMap((c) => (c.courtPlaces ?? []).filter((re) => !re.global).map(() => c.name));
    expect(local).toEqual([]);
  });

  it('residency codes are two lower-case letters, one country each, and match the country name', () => {
    const withResidency = COUNTRIES.filter((c) => c.residency);
    const codes = withResidency.map((c) => c.residency![0]);
    expect(codes.filter((code) => !/^[a-z]{2}$/.test(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    // The pattern is tested on lower-cased text, so the lower-cased name (or one of its aliases) must match it.
    const silent = withResidency.filter((c) => ![c.name, ...c.aliases].some((a) => c.residency![1].test(a.toLowerCase()))).map((c) => c.name);
    expect(silent).toEqual([]);
  });

  it('currency codes are ISO-shaped, and every currency word reads an amount in that currency', () => {
    const withCurrency = COUNTRIES.filter((c) => c.currency);
    expect(withCurrency.filter((c) => !/^[A-Z]{3}$/.test(c.currency!.code)).map((c) => c.name)).toEqual([]);
    for (const c of withCurrency) {
      expect(findMoney(`${c.currency!.code} 2,500`)[0]?.currency, `${c.name} code`).toBe(c.currency!.code);
      for (const word of c.currency!.words ?? []) {
        expect(findMoney(`2,500 ${word}`)[0]?.currency, `${c.name}: "${word}"`).toBe(c.currency!.code);
      }
    }
  });

  it('a local dollar pattern names its own dollar', () => {
    const dollars = COUNTRIES.filter((c) => c.currency?.dollar);
    expect(dollars.length).toBeGreaterThan(5);
    for (const c of dollars) expect(c.currency!.dollar!.test(`${c.currency!.code} 100`), c.name).toBe(true);
  });
});
