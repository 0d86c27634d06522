// `termlint policy validate` and `policy test` as a legal editor runs them: every planted problem
// at its line, cycles and broken chains named, wrong examples failing by rule id.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectGolden, runCli } from './helpers/cli.js';

const INPUTS = join(ROOT, 'test', 'golden', 'lifecycle', 'inputs', 'validate');
const ENV = { TERMLINT_TODAY: '2026-11-28' };
const run = (...args: string[]) => runCli(args, { cwd: INPUTS, env: ENV });

describe('policy validate', () => {
  it('reports every planted error at its line and exits 2', () => {
    const r = run('policy', 'validate', 'planted.policy.yaml');
    expect(r.code).toBe(2);
    expectGolden('lifecycle/validate-planted.txt', r.stdout);
    // The planted problems, each at the line it was planted on.
    for (const expected of [
      "planted.policy.yaml:4:12: warning: effective date 2099-01-01 is in the future",
      "planted.policy.yaml:11:11: error: unknown fact 'payment.net_dayz' (did you mean 'payment.net_days'?)",
      "planted.policy.yaml:14:9: error: duplicate rule id 'payment-terms' (first defined at line 10)",
      "planted.policy.yaml:17:12: error: unknown owner 'finanse' (did you mean 'finance'?)",
      "planted.policy.yaml:20:5: error: 'max' needs a numeric fact; 'governing_law.jurisdiction' is a jurisdiction",
      "planted.policy.yaml:24:20: error: 'governing_law.jurisdiction' is a jurisdiction fact",
      "planted.policy.yaml:28:16: error: 'sla.uptime_percent' is a percent fact: the value must be a number",
      "planted.policy.yaml:30:14: error: unknown topic 'limitation-of-liabilty' (did you mean 'limitation-of-liability'?)",
      "planted.policy.yaml:33:15: error: 'severity' must be one of",
      'planted.policy.yaml:36:16: error: pattern does not compile: missing closing )',
      'planted.policy.yaml:40:16: error: typed hole {money is not closed',
    ]) expect(r.stdout).toContain(expected);
  });

  it('names an extends cycle with the whole chain', () => {
    const r = run('policy', 'validate', 'a.policy.yaml');
    expect(r.code).toBe(2);
    expectGolden('lifecycle/validate-cycle.txt', r.stdout);
    expect(r.stdout).toContain('extends cycle: a.policy.yaml -> b.policy.yaml -> c.policy.yaml -> a.policy.yaml');
  });

  it('names the chain that leads to a missing extended file', () => {
    const r = run('policy', 'validate', 'broken.policy.yaml');
    expect(r.code).toBe(2);
    expectGolden('lifecycle/validate-broken-extends.txt', r.stdout);
    expect(r.stdout).toContain("mid.policy.yaml:4:10: error: extended policy 'gone.policy.yaml' not found (chain: broken.policy.yaml -> mid.policy.yaml -> gone.policy.yaml)");
  });

  it('accepts re-tuning an inherited rule without repeating its fact, and warns about a future effective date', () => {
    const r = run('policy', 'validate', 'tuned.policy.yaml');
    expect(r.code).toBe(0);
    expectGolden('lifecycle/validate-tuned.txt', r.stdout);
    expect(run('policy', 'validate', 'tuned.policy.yaml').stdout).toContain('warning: effective date 2027-01-01 is in the future');
    // Once the date has come, the warning goes.
    const later = runCli(['policy', 'validate', 'tuned.policy.yaml'], { cwd: INPUTS, env: { TERMLINT_TODAY: '2027-01-01' } });
    expect(later.stdout).not.toContain('in the future');
  });

  it('warns on stderr when check runs under a policy that is not yet effective, and --verbose shows the chain', () => {
    const r = runCli(['check', '--verbose', '-p', 'tuned.policy.yaml', '../waivers/deals/globex-q4.yaml', '-f', 'json'], { cwd: INPUTS, env: ENV });
    expect(r.stderr).toContain('termlint: warning: policy "Tuned playbook" 2026.3.0: effective date 2027-01-01 is in the future');
    expect(r.stderr).toContain('termlint: extends chain (base first): termlint:default -> tuned.policy.yaml');
    const report = JSON.parse(r.stdout) as { policy: { name: string; version: string; effective: string; sha256: string } };
    expect(report.policy).toMatchObject({ name: 'Tuned playbook', version: '2026.3.0', effective: '2027-01-01' });
    expect(report.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('policy test', () => {
  it('fails a wrong example by rule id, lists rules without examples and the coverage, exits 1', () => {
    const r = run('policy', 'test', 'wrong-examples.policy.yaml');
    expect(r.code).toBe(1);
    expectGolden('lifecycle/test-wrong-example.txt', r.stdout);
    expect(r.stdout).toMatch(/payment-terms\s+0\/1\s+1\/1\s+FAILED/);
    expect(r.stdout).toContain('✖ pass example 1 of payment-terms: expected no finding');
    expect(r.stdout).toContain('Rules without examples (1): no-escrow');
    expect(r.stdout).toContain('Coverage: 2/3 rules have examples (67%)');
  });

  it('passes the built-in playbook with every rule covered', () => {
    const r = runCli(['policy', 'test', join(ROOT, 'policies', 'default.policy.yaml')], { cwd: INPUTS, env: ENV });
    expect(r.stdout).not.toContain('FAILED');
    expect(r.stdout).toContain('Coverage: 48/48 rules have examples (100%)');
    expect(r.code).toBe(0);
  });

  it('exits 2 on an invalid policy rather than testing it', () => {
    const r = run('policy', 'test', 'planted.policy.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('planted.policy.yaml:11:11');
  });
});
