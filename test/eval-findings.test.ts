// Unit tests of the findings-level score (scripts/eval/findings.mjs): expected findings derived from
// truth with the real rule comparison, and precision/recall over (document, rule id) pairs. No CLI run.
import { describe, expect, it } from 'vitest';
import { compareFact } from '../src/rules/fact.js';
import type { Rule } from '../src/types.js';
import {
  expectedFindings, expectRule, findingsTable, foldPhrase, ruleKind, scoreFindings,
// @ts-ignore plain ESM script without type declarations
} from '../scripts/eval/findings.mjs';

const rule = (r: Partial<Rule> & { id: string }): Rule => ({ severity: 'warning', ...r });
const opts = { compareFact };

describe('expectRule: fact rules judged on the true value', () => {
  const net30 = rule({ id: 'net-30', fact: 'payment.net_days', max: 30 });
  const law = rule({ id: 'law', fact: 'governing_law.jurisdiction', in: ['England and Wales', 'Ireland'], when_absent: 'warning' });
  const venue = rule({ id: 'venue', fact: 'venue.jurisdiction', not_in: ['California'] });
  const carveOuts = rule({ id: 'carve', fact: 'liability.uncapped_for', in: ['fraud', 'death-personal-injury'] });
  const cover = rule({ id: 'cover', fact: 'insurance.general_liability', max: 1_000_000 });
  const cure = rule({ id: 'cure', fact: 'termination.cure_days', min: 20 });
  const fm = rule({ id: 'fm', fact: 'force_majeure.present', equals: true, when_absent: 'off' });

  it.each([
    ['over a max', net30, { 'payment.net_days': 45 }, true],
    ['at the max', net30, { 'payment.net_days': 30 }, false],
    ['absent, no when_absent', net30, { 'payment.net_days': null }, false],
    ['absent with when_absent', law, { 'governing_law.jurisdiction': null }, true],
    ['in the list (case-insensitive)', law, { 'governing_law.jurisdiction': 'england and wales' }, false],
    ['outside the list', law, { 'governing_law.jurisdiction': 'Delaware' }, true],
    ['in a not_in list', venue, { 'venue.jurisdiction': 'California' }, true],
    ['list with one member outside `in`', carveOuts, { 'liability.uncapped_for': ['fraud', 'confidentiality'] }, true],
    ['list inside `in`', carveOuts, { 'liability.uncapped_for': ['fraud'] }, false],
    ['money over a max, by amount', cover, { 'insurance.general_liability': { amount: 2_000_000, currency: 'GBP' } }, true],
    ['business-day truth entry', cure, { 'termination.cure_days': { value: 10, business: true } }, true],
    ['when_absent: off reports nothing', fm, { 'force_majeure.present': null }, false],
  ] as const)('%s', (_name, r, facts, expected) => {
    expect(expectRule(r, { facts }, opts)?.expected).toBe(expected);
  });

  it('keeps the true value and the expectation in words', () => {
    expect(expectRule(net30, { facts: { 'payment.net_days': 60 } }, opts)).toEqual({ expected: true, truth: 60, expectation: '<= 30' });
  });

  it('cannot judge a fact the truth file lacks (a custom fact)', () => {
    expect(expectRule(rule({ id: 'setup', fact: 'fees.setup', max: 1 }), { facts: {} }, opts)).toBeNull();
  });
});

describe('expectRule: clause rules judged on truth topics and phrases', () => {
  const requireCap = rule({ id: 'cap', require: 'limitation-of-liability' });
  const forbidExcl = rule({ id: 'excl', forbid: 'exclusivity' });
  const phrases = rule({ id: 'words', forbid_phrases: ['In  Perpetuity', 'is unlimited'] });

  it.each([
    ['require, topic absent', requireCap, { topics: { 'limitation-of-liability': false } }, true],
    ['require, topic present', requireCap, { topics: { 'limitation-of-liability': true } }, false],
    ['forbid, topic present', forbidExcl, { topics: { exclusivity: true } }, true],
    ['forbid, topic absent', forbidExcl, { topics: { exclusivity: false } }, false],
    ['phrase present (folded)', phrases, { phrases: ['in perpetuity'] }, true],
    ['other phrase present', phrases, { phrases: ['best efforts'] }, false],
    ['no phrases present', phrases, { phrases: [] }, false],
  ] as const)('%s', (_name, r, truth, expected) => {
    expect(expectRule(r, { facts: {}, ...truth }, opts)?.expected).toBe(expected);
  });

  it.each([
    ['an unjudged topic', requireCap, { topics: { notices: false } }],
    ['no topics at all', forbidExcl, {}],
    ['no phrases list', phrases, {}],
  ] as const)('does not score %s', (_name, r, truth) => {
    expect(expectRule(r, { facts: {}, ...truth }, opts)).toBeNull();
  });

  it('expects no clause finding on a term sheet, whatever the topics say', () => {
    expect(expectRule(requireCap, { facts: {}, topics: { 'limitation-of-liability': false } }, { ...opts, termsheet: true })?.expected).toBe(false);
  });

  it('knows each rule kind', () => {
    expect([rule({ id: 'a', fact: 'x' }), requireCap, forbidExcl, phrases, rule({ id: 'b' })].map(ruleKind))
      .toEqual(['fact', 'require', 'forbid', 'forbid_phrases', null]);
    expect(foldPhrase(' Time  is of\nthe ESSENCE ')).toBe('time is of the essence');
  });
});

describe('expectedFindings', () => {
  it('lists the rules that should report, skips rules switched off, and names unscored ones', () => {
    const rules = [
      rule({ id: 'net-30', fact: 'payment.net_days', max: 30 }),
      rule({ id: 'refunds', fact: 'termination.refund_prepaid', equals: false, severity: 'off' }),
      rule({ id: 'cap', require: 'limitation-of-liability' }),
      rule({ id: 'notices', require: 'notices' }),
    ];
    const truth = { facts: { 'payment.net_days': 60, 'termination.refund_prepaid': true }, topics: { 'limitation-of-liability': true } };
    const { expected, unscored } = expectedFindings(rules, truth, opts);
    expect([...expected.keys()]).toEqual(['net-30']);
    expect(expected.get('net-30')).toMatchObject({ kind: 'fact', fact: 'payment.net_days', truth: 60 });
    expect([...unscored]).toEqual(['notices']);
  });
});

describe('scoreFindings', () => {
  const finding = (ruleId: string, value: unknown = null, excerpt: string | null = null) => ({ ruleId, fact: value === null ? null : { value }, message: `${ruleId} message`, excerpt });
  const exp = (entries: Array<[string, object]>) => new Map(entries);

  it('matches by (document, rule id): duplicates count once; misses and spurious ones are listed with evidence', () => {
    const result = scoreFindings([
      {
        doc: 'a', format: 'md', status: 'ok',
        expected: exp([['net-30', { truth: 60, fact: 'payment.net_days' }], ['law', { truth: 'Texas', fact: 'governing_law.jurisdiction' }]]),
        unscored: new Set(['notices']),
        truths: new Map([['venue', 'Delaware']]),
        findings: [finding('net-30', 60), finding('net-30', 60), finding('venue', 'Texas', '… courts of Texas …'), finding('notices')],
        facts: { 'governing_law.jurisdiction': { value: 'Delaware', excerpt: 'laws of Delaware' } },
      },
    ]);
    expect(result).toMatchObject({ tp: 1, fp: 1, fn: 1, unscoredFindings: 1 });
    expect(result.precision).toBeCloseTo(0.5);
    expect(result.recall).toBeCloseTo(0.5);
    expect(result.missed).toEqual([{ doc: 'a', format: 'md', ruleId: 'law', truth: 'Texas', expectation: null, got: 'Delaware', excerpt: 'laws of Delaware' }]);
    expect(result.spurious).toEqual([{ doc: 'a', format: 'md', ruleId: 'venue', truth: 'Delaware', got: 'Texas', excerpt: '… courts of Texas …' }]);
    expect(result.perRule['net-30']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts every expected finding of an unreadable file as missed, never as clean', () => {
    const result = scoreFindings([{
      doc: 'b', format: 'pdf', status: 'error', error: { code: 'NO_TEXT_LAYER' },
      expected: exp([['net-30', { truth: 60 }]]), unscored: new Set(), findings: [finding('other')],
    }]);
    expect(result).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.missed[0].got).toBe('unreadable: NO_TEXT_LAYER');
  });

  it('scores a clean file with nothing expected as perfect', () => {
    const result = scoreFindings([{ doc: 'c', format: 'docx', status: 'ok', expected: exp([]), unscored: new Set(), findings: [] }]);
    expect(result).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('renders a table row per policy and format', () => {
    const s = scoreFindings([{ doc: 'a', format: 'md', status: 'ok', expected: exp([['x', { truth: 1 }]]), unscored: new Set(), findings: [finding('x', 1)] }]);
    const text = findingsTable([{ label: 'eval policy', result: { overall: s, byFormat: [['md', s]] } }]);
    expect(text).toContain('| eval policy | **contracts** | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |');
    expect(text).toContain('| eval policy | md | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |');
  });
});
