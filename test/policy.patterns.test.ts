import { describe, expect, it } from 'vitest';
import { PatternError, compileFact, compileFacts, compilePattern, compilePhrase, compileTopics, translatePattern } from '../src/policy/patterns.js';
import type { CustomFactDef, Policy } from '../src/types.js';

function policyWith(topics: Policy['topics'], facts: Policy['facts']): Policy {
  return {
    termlint: 1, name: 't', version: '1', effective: null, owners: {}, rules: [], topics, facts,
    source: 't', sha256: '', chain: [], builtin: false,
  };
}

describe('translatePattern', () => {
  it('turns holes into numbered named groups and spaces into \\s+', () => {
    const { source, holes } = translatePattern('fee of {money} within {days}');
    expect(holes).toEqual(['money', 'days']);
    expect(source.startsWith('fee\\s+of\\s+(?P<h0>')).toBe(true);
    expect(source).toContain('\\s+within\\s+(?P<h1>');
  });

  it('keeps the author\'s regex syntax, including quantifiers in braces', () => {
    expect(translatePattern('set-?up a{2,3}').source).toBe('set-?up\\s+a{2,3}');
  });

  it('rejects an unknown hole', () => {
    expect(() => translatePattern('fee of {dollars}')).toThrow(PatternError);
  });

  it('rejects what RE2 cannot compile (backreferences)', () => {
    expect(() => compilePattern('(a)\\1')).toThrow(/pattern does not compile/);
  });
});

describe('compileFacts: typed holes read the fact\'s value', () => {
  const setupFee: CustomFactDef = { type: 'money', topic: 'payment', patterns: ['set-?up fee of {money}', 'implementation fee of {money}'] };
  const [fact] = compileFacts(policyWith({}, { 'fees.setup': setupFee }));

  it.each([
    ['A one-time set-up fee of $5,000 is due on signature.', { amount: 5000, currency: 'USD' }],
    ['The SETUP   FEE\n of USD 12,500 applies.', { amount: 12500, currency: 'USD' }],
    ['An implementation fee of €3,000 applies.', { amount: 3000, currency: 'EUR' }],
  ])('%s', (text, expected) => {
    expect(fact.find(text)?.value).toEqual(expected);
  });

  it('says where the match is', () => {
    const text = 'Intro. A set-up fee of $5,000 is due.';
    const hit = fact.find(text);
    expect(hit && text.slice(hit.index, hit.index + hit.length)).toBe('set-up fee of $5,000');
    expect(fact.name).toBe('fees.setup');
    expect(fact.topic).toBe('payment');
  });

  it('returns null when nothing matches', () => {
    expect(fact.find('No fees of any kind.')).toBeNull();
  });

  it.each([
    [{ type: 'days', patterns: ['onboarding within {days}'] }, 'Onboarding within thirty (30) days of signature.', 30],
    [{ type: 'days', patterns: ['onboarding within {days}'] }, 'Onboarding within two months.', 60],
    [{ type: 'percent', patterns: ['discount of {percent}'] }, 'A discount of 15% applies.', 15],
    [{ type: 'multiple', patterns: ['{number} times the fees'] }, 'capped at three times the fees', 3],
    [{ type: 'jurisdiction', patterns: ['arbitration seated in (?:the )?{jurisdiction}'] }, 'Arbitration seated in the State of New York.', 'New York'],
    [{ type: 'boolean', patterns: ['acceptance testing'] }, 'Customer may perform acceptance testing.', true],
    [{ type: 'list', patterns: ['(?:on-?prem|hybrid) deployment'] }, 'Provider supports hybrid deployment.', ['hybrid-deployment']],
  ] as Array<[CustomFactDef, string, unknown]>)('%o reads %s', (def, text, expected) => {
    expect(compileFact('x.y', def).find(text)?.value).toEqual(expected);
  });

  it('takes the earliest match across patterns', () => {
    const both = compileFact('f', { type: 'money', patterns: ['implementation fee of {money}', 'set-?up fee of {money}'] });
    expect(both.find('A setup fee of $1,000 and an implementation fee of $2,000.')?.value).toEqual({ amount: 1000, currency: 'USD' });
  });
});

describe('compileTopics', () => {
  const [topic] = compileTopics(policyWith({ escrow: { headings: ['Escrow', 'Source Code'], patterns: ['escrow agent', 'source code (?:deposit|escrow)'] } }, {}));

  it.each([
    ['Provider shall appoint an Escrow\n  Agent within 30 days.', true],
    ['The source code deposit is updated quarterly.', true],
    ['Customer pays the fees.', false],
  ])('%s -> %s', (text, expected) => {
    expect(topic.matches(text)).toBe(expected);
  });

  it('lowercases heading words', () => {
    expect(topic.headings).toEqual(['escrow', 'source code']);
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const [evil] = compileTopics(policyWith({ evil: { patterns: ['(a+)+$', '(x|x)*y'] } }, {}));
    const text = `${'a'.repeat(100_000)}!${'x'.repeat(100_000)}`;
    const started = performance.now();
    expect(evil.matches(text)).toBe(false);
    // A backtracking engine needs astronomically long here; RE2 takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('compilePhrase', () => {
  it.each([
    ['best efforts', 'shall use its BEST\n EFFORTS to', true],
    ['time is of the essence', 'Time is of the essence.', true],
    ['a.b', 'axb', false], // literal: the dot is not a wildcard
  ])('%s in %s', (phrase, text, expected) => {
    expect(compilePhrase(phrase).test(text)).toBe(expected);
  });
});
