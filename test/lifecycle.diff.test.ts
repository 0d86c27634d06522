// `termlint policy diff`: each kind of rule change labelled the way a reviewer reads it, both
// versions in the header, and --against listing the documents whose verdict changes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../src/policy/diff.js';
import type { Policy, Rule } from '../src/types.js';
import { ROOT, expectGolden, runCli } from './helpers/cli.js';

const INPUTS = join(ROOT, 'test', 'golden', 'lifecycle', 'inputs', 'diff');

function policy(rules: Rule[], version = '1'): Policy {
  return {
    termlint: 1, name: 'P', version, effective: null, owners: {}, rules, topics: {}, facts: {},
    source: `p${version}.yaml`, sha256: '0'.repeat(64), chain: [], builtin: false,
  };
}

const base: Rule = { id: 'r', fact: 'payment.net_days', max: 45, severity: 'warning' };
const law: Rule = { id: 'r', fact: 'governing_law.jurisdiction', in: ['Delaware', 'New York'], severity: 'warning' };
const notIn: Rule = { id: 'r', fact: 'governing_law.jurisdiction', not_in: ['Texas'], severity: 'warning' };
const floor: Rule = { id: 'r', fact: 'termination.cure_days', min: 30, severity: 'warning' };
const phrases: Rule = { id: 'r', forbid_phrases: ['sole supplier'], severity: 'warning' };

describe('diffPolicies: which way each change moves the norm', () => {
  it.each<[string, Rule, Rule, string, string]>([
    ['lower max', base, { ...base, max: 30 }, 'tightened', 'max 45 -> 30'],
    ['higher max', base, { ...base, max: 60 }, 'loosened', 'max 45 -> 60'],
    ['higher min', floor, { ...floor, min: 45 }, 'tightened', 'min 30 -> 45'],
    ['lower min', floor, { ...floor, min: 10 }, 'loosened', 'min 30 -> 10'],
    ['in shrinks', law, { ...law, in: ['Delaware'] }, 'tightened', 'in -New York'],
    ['in grows', law, { ...law, in: ['Delaware', 'New York', 'Texas'] }, 'loosened', 'in +Texas'],
    ['not_in grows', notIn, { ...notIn, not_in: ['Texas', 'Florida'] }, 'tightened', 'not_in +Florida'],
    ['not_in shrinks', { ...notIn, not_in: ['Texas', 'Florida'] }, notIn, 'loosened', 'not_in -Florida'],
    ['severity raised', base, { ...base, severity: 'error' }, 'tightened', 'severity warning -> error'],
    ['severity lowered', base, { ...base, severity: 'info' }, 'loosened', 'severity warning -> info'],
    ['turned off', base, { ...base, severity: 'off' }, 'loosened', 'severity warning -> off'],
    ['when_absent added', base, { ...base, when_absent: 'warning' }, 'tightened', 'when_absent (none) -> warning'],
    ['when_absent removed', { ...base, when_absent: 'error' }, base, 'loosened', 'when_absent error -> (none)'],
    ['max removed', base, { ...base, max: undefined, when_absent: 'info' }, 'mixed', 'max 45 -> (none)'],
    ['phrase added', phrases, { ...phrases, forbid_phrases: ['sole supplier', 'exclusive provider'] }, 'tightened', 'forbid_phrases +exclusive provider'],
    ['owner changed', { ...base, owner: 'finance' }, { ...base, owner: 'legal' }, 'changed', 'owner finance -> legal'],
    ['message changed', { ...base, message: 'a' }, { ...base, message: 'b' }, 'changed', 'message changed'],
    ['fallback added', base, { ...base, fallback: 'Net 30.' }, 'changed', 'fallback added'],
    ['other fact', base, { ...base, fact: 'renewal.notice_days' }, 'changed', 'check payment.net_days <= 45 (warning) -> renewal.notice_days <= 45 (warning)'],
  ])('%s', (_name, before, after, kind, text) => {
    const diff = diffPolicies(policy([before]), policy([after], '2'));
    expect(diff.rules).toHaveLength(1);
    expect(diff.rules[0].kind).toBe(kind);
    expect(diff.rules[0].changes.map((c) => c.text)).toContain(text);
  });

  it('labels added, removed and unchanged rules', () => {
    const kept: Rule = { id: 'kept', require: 'notices', severity: 'error' };
    const diff = diffPolicies(policy([kept, base]), policy([kept, { ...base, id: 'new' }], '2'));
    expect(diff.rules.map((r) => [r.id, r.kind])).toEqual([['new', 'added'], ['r', 'removed']]);
    expect(diff.unchanged).toBe(1);
  });
});

describe('policy diff (CLI)', () => {
  const run = (...args: string[]) => runCli(['policy', 'diff', 'old.policy.yaml', 'new.policy.yaml', ...args], { cwd: INPUTS });

  it('text: both versions in the header, rules grouped as tightened / loosened / added / removed / changed', () => {
    const r = run();
    expect(r.code).toBe(0);
    expectGolden('lifecycle/diff.txt', r.stdout);
    expect(r.stdout).toMatch(/^--- old: Acme playbook 2026\.1\.0 \(old\.policy\.yaml, sha256 [0-9a-f]{64}\)\n\+\+\+ new: Acme playbook 2026\.3\.0/);
    expect(r.stdout).toMatch(/Tightened \(1\)\n {2}payment-terms +severity warning -> error \(tighter\); max 45 -> 30 \(tighter\)/);
    expect(r.stdout).toMatch(/Loosened \(1\)\n {2}governing-law +in \+Texas \(looser\)/);
    expect(r.stdout).toMatch(/Added \(1\)\n {2}new-rule/);
    expect(r.stdout).toMatch(/Removed \(1\)\n {2}old-rule/);
  });

  it('markdown for a PR comment, with --against showing changed verdicts', () => {
    const r = run('--format', 'markdown', '--against', 'deals');
    expect(r.code).toBe(0);
    expectGolden('lifecycle/diff-against.md', r.stdout);
    expect(r.stdout).toContain('| old | Acme playbook | 2026.1.0 |');
    expect(r.stdout).toContain('| new | Acme playbook | 2026.3.0 |');
  });

  it('json is machine-readable and names both policies', () => {
    const r = run('-f', 'json', '--against', 'deals');
    const diff = JSON.parse(r.stdout) as ReturnType<typeof diffPolicies>;
    expect([diff.old.version, diff.new.version]).toEqual(['2026.1.0', '2026.3.0']);
    expect(Object.fromEntries(diff.rules.map((rule) => [rule.id, rule.kind]))).toEqual({
      'payment-terms': 'tightened', 'governing-law': 'loosened', uptime: 'mixed', 'new-rule': 'added', 'old-rule': 'removed', cure: 'changed',
    });
    // Net 60 passed under the old warning-level rule and fails under the new error-level one.
    expect(diff.against?.changed).toContainEqual({
      path: 'deals/globex-q4.yaml', old: 'pass', new: 'fail', added: ['payment-terms (error)', 'uptime (info)'], removed: ['payment-terms (warning)'],
    });
    // Texas became acceptable: hooli's governing-law warning goes away.
    expect(diff.against?.changed.find((d) => d.path === 'deals/hooli.yaml')?.removed).toContain('governing-law (warning)');
  });

  it('exits 2 naming the invalid side', () => {
    const r = runCli(['policy', 'diff', 'old.policy.yaml', 'missing.policy.yaml'], { cwd: INPUTS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid new policy missing.policy.yaml');
  });
});
