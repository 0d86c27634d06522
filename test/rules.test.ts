// RuleTester-style tables: for each rule kind, documents that must pass and must fail, with the
// message and values the finding carries.
import { describe, expect, it } from 'vitest';
import { judge, renderMessage } from '../src/judge.js';
import { compareFact } from '../src/rules/fact.js';
import { formatValue } from '../src/fact-values.js';
import type { AnalysedDocument, Clause, FactHit, FactValue, Policy, Rule } from '../src/types.js';

function clause(number: string, heading: string, text: string, topics: string[], line = 1): Clause {
  return {
    number, heading, text, topics, level: 0, kind: 'clause',
    location: { page: null, paragraph: null, line },
    spans: [{ offset: 0, location: { page: null, paragraph: null, line } }],
  };
}

function hit(value: FactValue, number = '4.2'): FactHit {
  return { value, clause: number, heading: 'Payment', location: { page: 3, paragraph: null, line: null }, excerpt: 'the sentence' };
}

function doc(facts: Record<string, FactHit | null>, clauses: Clause[] = []): AnalysedDocument {
  return { path: 'deal.md', format: 'md', clauses, facts, warnings: [], pages: null };
}

function policy(rules: Rule[]): Policy {
  return {
    termlint: 1, name: 'T', version: '1', effective: null, rules, topics: {}, facts: {},
    owners: { finance: { id: 'finance', name: 'Finance', contact: 'f@x.example' }, legal: { id: 'legal', name: 'Legal', contact: null } },
    source: 't.yaml', sha256: '0'.repeat(64), chain: ['t.yaml'], builtin: false,
  };
}

describe('fact rules: compareFact', () => {
  const cases: Array<[string, Partial<Rule>, FactValue, string | null]> = [
    ['max passes at the bound', { max: 45 }, 45, null],
    ['max fails above', { max: 45 }, 60, '<= 45'],
    ['min passes at the bound', { min: 30 }, 30, null],
    ['min fails below', { min: 30 }, 10, '>= 30'],
    ['money compares by amount', { max: 1_000_000 }, { amount: 2_000_000, currency: 'USD' }, '<= 1000000'],
    ['money equals a bare amount by amount', { equals: 2_000_000 }, { amount: 2_000_000, currency: 'USD' }, null],
    ['money equals money by amount and currency', { equals: { amount: 2_000_000, currency: 'EUR' } }, { amount: 2_000_000, currency: 'USD' }, '= EUR 2,000,000'],
    ['equals boolean passes', { equals: false }, false, null],
    ['equals boolean fails', { equals: false }, true, '= false'],
    ['in jurisdiction passes, case-insensitive', { in: ['Delaware', 'New York'] }, 'new york', null],
    ['in jurisdiction fails', { in: ['Delaware', 'New York'] }, 'Texas', 'one of Delaware, New York'],
    ['not_in list fails on any member', { not_in: ['data-breach'] }, ['fraud', 'data-breach'], 'none of data-breach'],
    ['not_in list passes', { not_in: ['data-breach'] }, ['fraud'], null],
    ['in list fails when a member is outside', { in: ['fraud', 'payment'] }, ['fraud', 'confidentiality'], 'one of fraud, payment'],
    ['equals list is a set comparison', { equals: ['us', 'eu'] }, ['eu', 'us'], null],
  ];
  it.each(cases)('%s', (_name, ops, value, expected) => {
    const result = compareFact({ id: 'r', severity: 'error', fact: 'x', ...ops } as Rule, value);
    expect(result?.expected ?? null).toBe(expected);
  });
});

describe('judge: fact rule findings', () => {
  const rule: Rule = {
    id: 'payment-terms', fact: 'payment.net_days', max: 45, severity: 'error', owner: 'finance',
    message: 'Payment due in {value} days; our norm is Net {max} or shorter ({clause}).', fallback: 'Net 30.',
  };

  it('a value over the max is an error with owner, clause, location, excerpt and fallback', () => {
    const [f, ...rest] = judge(doc({ 'payment.net_days': hit(60) }), policy([rule]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'payment-terms', severity: 'error', message: 'Payment due in 60 days; our norm is Net 45 or shorter (4.2).',
      owner: { id: 'finance', name: 'Finance', contact: 'f@x.example' }, topic: 'payment',
      fact: { name: 'payment.net_days', value: 60, expected: '<= 45' },
      clause: { number: '4.2', heading: 'Payment' }, location: { page: 3 }, excerpt: 'the sentence', fallback: 'Net 30.', waived: null,
    });
  });

  it('a compliant value raises nothing', () => {
    expect(judge(doc({ 'payment.net_days': hit(30) }), policy([rule]))).toEqual([]);
  });

  it('an absent fact raises nothing unless when_absent is set', () => {
    expect(judge(doc({ 'payment.net_days': null }), policy([rule]))).toEqual([]);
    const findings = judge(doc({ 'payment.net_days': null }), policy([{ ...rule, when_absent: 'warning' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe('payment.net_days is not stated; the policy expects <= 45.');
  });

  it('an absent fact keeps the rule\'s own message when it does not quote the value', () => {
    const noFm: Rule = { id: 'fm', fact: 'force_majeure.present', equals: true, when_absent: 'warning', message: 'The contract has no force-majeure clause.' };
    expect(judge(doc({ 'force_majeure.present': null }), policy([noFm]))[0].message).toBe('The contract has no force-majeure clause.');
  });

  it('severity off disables a rule', () => {
    expect(judge(doc({ 'payment.net_days': hit(90) }), policy([{ ...rule, severity: 'off' }]))).toEqual([]);
  });

  it('a rule without an owner falls back to the fact\'s usual owner', () => {
    const [f] = judge(doc({ 'payment.net_days': hit(90) }), policy([{ ...rule, owner: undefined }]));
    expect(f.owner?.id).toBe('finance');
  });

  it('a generated message names the value and the expectation, and a words/digits conflict', () => {
    const h = { ...hit(45), conflict: 'words say 30, digits say 45' };
    const [f] = judge(doc({ 'payment.net_days': h }), policy([{ ...rule, message: undefined, max: 30 }]));
    expect(f.message).toBe('payment.net_days is 45; the policy expects <= 30. (note: words say 30, digits say 45)');
  });
});

describe('require / forbid / forbid_phrases', () => {
  const lol = clause('9', 'Limitation of Liability', 'Each party\'s liability is limited to the fees paid.', ['limitation-of-liability'], 40);
  const ld = clause('10', 'Liquidated Damages', 'Provider shall pay $1,000 per day of delay as liquidated damages. Nothing else.', ['liquidated-damages'], 50);

  it('require passes when a clause has the topic, fails with a document-level finding otherwise', () => {
    const r: Rule = { id: 'cap', require: 'limitation-of-liability', severity: 'error', owner: 'legal' };
    expect(judge(doc({}, [lol]), policy([r]))).toEqual([]);
    const [f] = judge(doc({}, [ld]), policy([r]));
    expect(f).toMatchObject({ ruleId: 'cap', clause: null, location: null, message: 'No limitation-of-liability clause found; the policy requires one.' });
  });

  it('forbid reports each clause of the topic with its first sentence', () => {
    const r: Rule = { id: 'no-ld', forbid: 'liquidated-damages', severity: 'warning', owner: 'legal' };
    expect(judge(doc({}, [lol]), policy([r]))).toEqual([]);
    const [f] = judge(doc({}, [lol, ld]), policy([r]));
    expect(f).toMatchObject({ clause: { number: '10' }, location: { line: 50 }, excerpt: 'Provider shall pay $1,000 per day of delay as liquidated damages.' });
  });

  it('forbid_phrases matches case- and whitespace-insensitively, only inside the topic when given', () => {
    const c = clause('3', 'Exclusivity', 'Provider shall be the\nEXCLUSIVE   provider of analytics.', ['exclusivity'], 7);
    const r: Rule = { id: 'excl', forbid_phrases: ['exclusive provider'], topic: 'exclusivity', severity: 'warning' };
    const [f] = judge(doc({}, [c]), policy([r]));
    expect(f.excerpt).toBe('Provider shall be the EXCLUSIVE provider of analytics.');
    expect(f.message).toBe('The phrase "exclusive provider" is used; the policy forbids it.');
    expect(judge(doc({}, [{ ...c, topics: ['payment'] }]), policy([r]))).toEqual([]);
    expect(judge(doc({}, [lol]), policy([{ ...r, topic: undefined }]))).toEqual([]);
  });
});

describe('messages and values', () => {
  it.each([
    ['{value} of {max}', { value: '60', max: '45' }, '60 of 45'],
    ['unknown {nope} stays visible', {}, 'unknown {nope} stays visible'],
  ])('renderMessage(%s)', (template, values, expected) => {
    expect(renderMessage(template, values as Record<string, string>)).toBe(expected);
  });
  it.each([
    [60, '60'], [1.5, '1.5'], [true, 'true'], [['a', 'b'], 'a, b'], [[], 'none'],
    [{ amount: 1000000, currency: 'USD' }, 'USD 1,000,000'], [null, 'not stated'],
  ])('formatValue(%j) = %s', (value, expected) => {
    expect(formatValue(value as FactValue | null)).toBe(expected);
  });
});
