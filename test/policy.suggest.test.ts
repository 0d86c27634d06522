import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/policy/suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['legal', 'legl', 1],
    ['finance', 'fiannce', 1], // a swap of neighbours is one edit
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s -> %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closest', () => {
  const facts = ['payment.net_days', 'renewal.notice_days', 'warranty.period_days'];
  it.each([
    ['payment.net_dayz', facts, 'payment.net_days'],
    ['Payment.Net_Days', facts, 'payment.net_days'],
    ['payment.net_days', facts, null], // exact: nothing to suggest
    ['completely.different', facts, null],
    ['lgal', ['legal', 'finance'], 'legal'],
    ['x', ['legal', 'finance'], null],
  ])('%s', (name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });
});
