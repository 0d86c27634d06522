// `termlint init` writes a starter that validates and passes its own tests; `termlint explain`
// tells a rep what a rule is, who owns it and what to propose instead.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, runCli } from './helpers/cli.js';

describe('init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termlint-init-'));
  const run = (...args: string[]) => runCli(args, { cwd: dir });

  it('writes a commented starter policy and a waivers file', () => {
    const r = run('init', '--waivers');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'termlint.policy.yaml'))).toBe(true);
    const policy = readFileSync(join(dir, 'termlint.policy.yaml'), 'utf8');
    expect(policy.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/termlint/schemas/policy.schema.json');
    expect(readFileSync(join(dir, 'termlint.waivers.yaml'), 'utf8')).toContain('termlint-waivers: 1');
  });

  it('its output validates (policy and waivers) and passes its own policy test', () => {
    const validate = run('policy', 'validate');
    expect(validate.stdout).toContain('✔ termlint.policy.yaml: valid policy');
    expect(validate.stdout).toContain('✔ termlint.waivers.yaml: valid waivers (0 waivers)');
    expect(validate.code).toBe(0);
    const test = run('policy', 'test');
    expect(test.stdout).not.toContain('FAILED');
    expect(test.stdout).toContain('(100%)');
    expect(test.code).toBe(0);
  });

  it('refuses to overwrite without --force', () => {
    const r = run('init');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists (use --force to overwrite)');
    expect(run('init', '--force').code).toBe(0);
  });
});

describe('explain', () => {
  // An empty folder: no termlint.policy.yaml above it, so the built-in playbook is explained.
  const empty = mkdtempSync(join(tmpdir(), 'termlint-explain-'));
  it('shows the rule, its owner and contact, why, fallback and examples', () => {
    const r = runCli(['explain', 'payment-terms'], { cwd: empty });
    expect(r.code).toBe(0);
    expectGolden('lifecycle/explain-payment-terms.txt', r.stdout);
  });

  it('suggests the closest rule id for a typo (exit 2)', () => {
    const r = runCli(['explain', 'payment-term'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "payment-terms"?');
  });
});
