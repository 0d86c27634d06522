import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../src/errors.js';
import { BUILTIN_POLICY_PATH, findPolicyFile, loadPolicy } from '../src/policy/load.js';
import { validatePolicyFile } from '../src/policy/validate.js';
import { HEADER, brief, tempDir, writeFiles } from './policy.helpers.js';

const BASE = `termlint: 1
name: Base
version: 1
owners:
  finance: { name: Finance, contact: f@example.com }
  legal: { name: Legal }
rules:
  - id: net
    fact: payment.net_days
    max: 45
    severity: error
    owner: finance
  - id: mfn
    fact: mfn.present
    equals: false
    severity: error
    owner: finance
  - id: law
    fact: governing_law.jurisdiction
    in: [Delaware]
    severity: error
    owner: legal
`;

const CHILD = `termlint: 1
name: Child
version: 2
extends: [./base.yaml]
owners:
  legal: { name: Legal Ops, contact: legal@example.com }
rules:
  - id: net
    fact: payment.net_days
    max: 60
    owner: finance
  - id: mfn
    severity: off
  - id: law
    severity: info
  - id: cure
    fact: termination.cure_days
    min: 30
    owner: legal
`;

describe('extends', () => {
  it('merges rule by rule: replace, off, partial override, append', async () => {
    const dir = writeFiles({ 'base.yaml': BASE, 'child.yaml': CHILD });
    const policy = await loadPolicy(join(dir, 'child.yaml'));
    expect(policy.name).toBe('Child');
    expect(policy.version).toBe('2');
    expect(policy.rules.map((r) => [r.id, r.severity])).toEqual([
      ['net', 'warning'], // replaced; the child gave no severity, so the default applies
      ['mfn', 'off'], // kept so judges can skip it
      ['law', 'info'], // partial override keeps the inherited check
      ['cure', 'warning'],
    ]);
    expect(policy.rules[0].max).toBe(60);
    expect(policy.rules[1].equals).toBe(false);
    expect(policy.rules[2].in).toEqual(['Delaware']);
    expect(policy.rules[2].source).toBe(join(dir, 'child.yaml'));
    expect(policy.rules[1].source).toBe(join(dir, 'child.yaml'));
    expect(policy.owners.legal).toEqual({ id: 'legal', name: 'Legal Ops', contact: 'legal@example.com' });
    expect(policy.owners.finance.contact).toBe('f@example.com');
    expect(policy.chain).toEqual([join(dir, 'base.yaml'), join(dir, 'child.yaml')]);
    const bytes = readFileSync(join(dir, 'child.yaml'));
    expect(policy.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(policy.builtin).toBe(false);
  });

  it('lets the later of two extended files win', async () => {
    const rule = (max: number): string => `${HEADER}rules:\n  - id: net\n    fact: payment.net_days\n    max: ${max}\n`;
    const dir = writeFiles({
      'a.yaml': rule(30),
      'b.yaml': rule(90),
      'top.yaml': `${HEADER}extends: [a.yaml, b.yaml]\n`,
    });
    const policy = await loadPolicy(join(dir, 'top.yaml'));
    expect(policy.rules).toHaveLength(1);
    expect(policy.rules[0].max).toBe(90);
    expect(policy.chain.map((p) => p.slice(dir.length + 1))).toEqual(['a.yaml', 'b.yaml', 'top.yaml']);
  });

  it('resolves extends relative to the extending file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'base.yaml'), `${HEADER}extends: ./more.yaml\n`);
    writeFileSync(join(dir, 'shared', 'more.yaml'), `${HEADER}rules:\n  - id: x\n    require: payment\n`);
    writeFileSync(join(dir, 'top.yaml'), `${HEADER}extends: [shared/base.yaml]\n`);
    const policy = await loadPolicy(join(dir, 'top.yaml'));
    expect(policy.rules.map((r) => r.id)).toEqual(['x']);
  });

  it('names a cycle with its chain', async () => {
    const dir = writeFiles({
      'a.yaml': `${HEADER}extends: [b.yaml]\n`,
      'b.yaml': `${HEADER}extends:\n  - a.yaml\n`,
    });
    const { diagnostics, policy } = await validatePolicyFile(join(dir, 'a.yaml'));
    expect(policy).toBeNull();
    expect(diagnostics.map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'b.yaml:5:5 extends cycle: a.yaml -> b.yaml -> a.yaml',
    ]);
  });

  it('reports a missing extended file at the extends entry', async () => {
    const dir = writeFiles({ 'a.yaml': `${HEADER}extends: [./base.yaml, ./nope.yaml]\n`, 'base.yaml': HEADER });
    const { diagnostics } = await validatePolicyFile(join(dir, 'a.yaml'));
    expect(brief(diagnostics)).toEqual([`4:24 error extended policy '${join(dir, 'nope.yaml')}' not found`]);
  });

  it('reports problems inside an extended file under that file', async () => {
    const dir = writeFiles({
      'base.yaml': `${HEADER}rules:\n  - id: r\n    fact: payment.net_day\n    max: 3\n`,
      'top.yaml': `${HEADER}extends: [base.yaml]\n`,
    });
    const { diagnostics } = await validatePolicyFile(join(dir, 'top.yaml'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].file).toBe(join(dir, 'base.yaml'));
    expect(diagnostics[0].line).toBe(6);
  });

  it('makes extended owners, topics and facts known to the extending file', async () => {
    const dir = writeFiles({
      'base.yaml': `${HEADER}owners:\n  ops: { name: Ops }\ntopics:\n  sow:\n    headings: [statement of work]\nfacts:\n  fees.setup:\n    type: money\n    patterns: ["setup fee of {money}"]\n`,
      'top.yaml': `${HEADER}extends: [base.yaml]\nrules:\n  - id: a\n    require: sow\n    owner: ops\n  - id: b\n    fact: fees.setup\n    max: 100\n    owner: ops\n`,
    });
    const { diagnostics, policy } = await validatePolicyFile(join(dir, 'top.yaml'));
    expect(diagnostics).toEqual([]);
    expect(Object.keys(policy?.facts ?? {})).toEqual(['fees.setup']);
    expect(Object.keys(policy?.topics ?? {})).toEqual(['sow']);
  });

  it('extends the built-in playbook by name', async () => {
    const dir = writeFiles({ 'p.yaml': `${HEADER}extends: [termlint:default]\nrules:\n  - id: payment-terms\n    severity: off\n` });
    const policy = await loadPolicy(join(dir, 'p.yaml'));
    expect(policy.rules.find((r) => r.id === 'payment-terms')?.severity).toBe('off');
    expect(policy.rules.find((r) => r.id === 'payment-terms')?.max).toBe(45);
    expect(policy.rules.length).toBeGreaterThan(40);
    expect(policy.chain[0]).toBe(BUILTIN_POLICY_PATH);
  });

  it('warns about switching off a rule nothing defines', async () => {
    const dir = writeFiles({ 'p.yaml': `${HEADER}rules:\n  - id: ghost\n    severity: off\n` });
    const { diagnostics } = await validatePolicyFile(join(dir, 'p.yaml'));
    expect(brief(diagnostics)).toEqual(["5:9 warning rule 'ghost' is off but no extended policy defines it"]);
  });
});

describe('loadPolicy and findPolicyFile', () => {
  it('finds the nearest termlint.policy.yaml, then .termlint.yaml, walking up', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, '.termlint.yaml'), HEADER);
    writeFileSync(join(dir, 'a', '.termlint.yaml'), HEADER);
    writeFileSync(join(dir, 'a', 'termlint.policy.yaml'), HEADER);
    expect(findPolicyFile(join(dir, 'a', 'b', 'c'))).toBe(join(dir, 'a', 'termlint.policy.yaml'));
    expect(findPolicyFile(dir)).toBe(join(dir, '.termlint.yaml'));
  });

  it('falls back to the built-in playbook', async () => {
    const dir = tempDir();
    const found = findPolicyFile(dir);
    // A policy file in a parent of the temp dir would make this test meaningless.
    expect(found).toBeNull();
    const policy = await loadPolicy(null, dir);
    expect(policy.builtin).toBe(true);
    expect(policy.source).toBe('built-in default playbook');
    expect(policy.sha256).toBe(createHash('sha256').update(readFileSync(BUILTIN_POLICY_PATH)).digest('hex'));
  });

  it('loads the policy found from cwd, keeping its path', async () => {
    const dir = writeFiles({ 'termlint.policy.yaml': `${HEADER}rules: []\n` });
    const policy = await loadPolicy(null, dir);
    expect(policy.builtin).toBe(false);
    expect(policy.source).toBe(join(dir, 'termlint.policy.yaml'));
  });

  it('resolves a relative path against cwd and reports it as given', async () => {
    const dir = writeFiles({ 'my.yaml': `${HEADER}rules: []\n` });
    const policy = await loadPolicy('my.yaml', dir);
    expect(policy.source).toBe('my.yaml');
  });

  it('throws PolicyError carrying every error', async () => {
    const dir = writeFiles({ 'bad.yaml': `${HEADER}rules:\n  - id: a\n    fact: nope\n  - id: b\n    forbid: nope\n` });
    const error = await loadPolicy(join(dir, 'bad.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    const diagnostics = (error as PolicyError).diagnostics;
    expect(brief(diagnostics)).toEqual(["6:11 error unknown fact 'nope'", "8:13 error unknown topic 'nope'"]);
    expect((error as PolicyError).message).toContain(`${join(dir, 'bad.yaml')}:6:11: error: unknown fact 'nope'`);
  });
});
