// Waivers: an approved deviation is reported but does not fail the run; an expired waiver or a
// value beyond the waiver's own bound fails again and says so; unused waivers are stale.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { waiverFailure } from '../src/waivers/apply.js';
import type { Waiver } from '../src/waivers/load.js';
import type { Finding } from '../src/types.js';
import { ROOT, expectGolden, runCli } from './helpers/cli.js';

const INPUTS = join(ROOT, 'test', 'golden', 'lifecycle', 'inputs', 'waivers');
// The policy is named so reports show a relative path (a found policy is reported by its absolute path).
const check = (today: string, ...args: string[]) => runCli(['check', 'deals', '-p', 'termlint.policy.yaml', ...args], { cwd: INPUTS, env: { TERMLINT_TODAY: today } });

interface JsonFinding { ruleId: string; message: string; waived: { by: string; reason: string; expires: string | null } | null }
interface JsonReport { files: Array<{ path: string; findings: JsonFinding[] }>; staleWaivers?: Array<{ rule: string; line: number }> }

function findings(report: JsonReport, path: string): JsonFinding[] {
  return report.files.find((f) => f.path === path)?.findings ?? [];
}

describe('waivers in check (the nearest termlint.waivers.yaml)', () => {
  it('stylish: approved, exceeded and expired waivers, and a stale one on stderr', () => {
    const r = check('2026-06-01');
    expectGolden('lifecycle/waivers-stylish.txt', r.stdout);
    expectGolden('lifecycle/waivers-stylish.stderr.txt', r.stderr);
    expect(r.stderr).toContain("termlint.waivers.yaml:19:5: warning: stale waiver: 'uptime' for deals/*.yaml (approved by Ops) matched no finding");
    expect(r.code).toBe(1); // initech still fails: beyond its waiver's max, and an expired MFN waiver
  });

  it('json: waived findings carry by/reason/expires; failing ones say why; staleWaivers at the top level', () => {
    const r = check('2026-06-01', '-f', 'json');
    const report = JSON.parse(r.stdout) as JsonReport;
    const globexPayment = findings(report, 'deals/globex-q4.yaml').find((f) => f.ruleId === 'payment-terms');
    expect(globexPayment?.waived).toEqual({ by: 'Dana Ruiz (Finance)', reason: 'Strategic logo; Net 60 approved on the Q4 deal review', expires: '2027-03-31' });
    const initech = findings(report, 'deals/initech.yaml');
    expect(initech.find((f) => f.ruleId === 'payment-terms')).toMatchObject({ waived: null, message: expect.stringContaining('(beyond the waived maximum 60)') });
    expect(initech.find((f) => f.ruleId === 'no-mfn')).toMatchObject({ waived: null, message: expect.stringContaining('(waiver by Sam Lee (Finance) expired on 2026-01-31)') });
    expect(report.staleWaivers?.map((w) => [w.rule, w.line])).toEqual([['uptime', 19]]);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the same approved waiver fails again once it has expired', () => {
    const report = JSON.parse(check('2027-04-01', '-f', 'json').stdout) as JsonReport;
    const globexPayment = findings(report, 'deals/globex-q4.yaml').find((f) => f.ruleId === 'payment-terms');
    expect(globexPayment).toMatchObject({ waived: null, message: expect.stringContaining('(waiver by Dana Ruiz (Finance) expired on 2027-03-31)') });
  });

  it('a run whose only error is waived passes (exit 0) and still reports the finding', () => {
    const cwd = join(ROOT, 'test', 'golden', 'lifecycle', 'inputs', 'waived-clean');
    const approved = runCli(['check', 'deals', '-f', 'json'], { cwd, env: { TERMLINT_TODAY: '2026-06-01' } });
    const report = JSON.parse(approved.stdout) as JsonReport & { summary: { errors: number; waived: number } };
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(report.staleWaivers).toEqual([]);
    expect(approved.code).toBe(0);
    const expired = runCli(['check', 'deals'], { cwd, env: { TERMLINT_TODAY: '2027-04-01' } });
    expect(expired.stdout).toContain('expired on 2027-03-31');
    expect(expired.code).toBe(1);
  });

  it('an invalid waivers file stops the run with every problem at file:line:column (exit 2)', () => {
    const r = runCli(['check', 'deals', '--waivers', 'other/invalid.waivers.yaml'], { cwd: INPUTS, env: { TERMLINT_TODAY: '2026-06-01' } });
    expect(r.code).toBe(2);
    expectGolden('lifecycle/waivers-invalid.stderr.txt', r.stderr);
    expect(r.stderr).toContain("other/invalid.waivers.yaml:3:11: error: unknown rule 'payment-term' in policy \"Proj playbook\" (did you mean 'payment-terms'?)");
  });

  it('policy validate checks the waivers file too', () => {
    const r = runCli(['policy', 'validate', '--waivers', 'other/invalid.waivers.yaml'], { cwd: INPUTS, env: { TERMLINT_TODAY: '2026-06-01' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('other/invalid.waivers.yaml:8:5: error: waiver 2 is missing required key \'reason\'');
    const ok = runCli(['policy', 'validate'], { cwd: INPUTS, env: { TERMLINT_TODAY: '2026-06-01' } });
    expect(ok.stdout).toContain('✔ termlint.waivers.yaml: valid waivers (4 waivers)');
    expect(ok.code).toBe(0);
  });
});

describe('waiverFailure', () => {
  const waiver: Waiver = { rule: 'r', files: ['*'], approvedBy: 'Dana', reason: 'ok', expires: '2027-03-31', max: 60, min: null, line: 1, column: 1 };
  const finding = (value: Finding['fact'] extends infer F ? unknown : never): Finding => ({
    ruleId: 'r', severity: 'error', owner: null, message: 'm', topic: null,
    fact: value === undefined ? null : { name: 'payment.net_days', value: value as number, expected: '<= 45' },
    clause: null, location: null, excerpt: null, fallback: null, waived: null, change: null,
  });
  it.each<[string, Waiver, unknown, string, string | null]>([
    ['within the bound, before expiry', waiver, 60, '2027-03-31', null],
    ['on the expiry day it still holds', waiver, 50, '2027-03-31', null],
    ['the day after expiry', waiver, 50, '2027-04-01', 'waiver by Dana expired on 2027-03-31'],
    ['beyond max', waiver, 61, '2026-01-01', 'beyond the waived maximum 60'],
    ['below min', { ...waiver, max: null, min: 99.5 }, 99, '2026-01-01', 'below the waived minimum 99.5'],
    ['money compares the amount', { ...waiver, max: 1000 }, { amount: 2000, currency: 'USD' }, '2026-01-01', 'beyond the waived maximum 1000'],
    ['no value to bound (fact absent)', waiver, undefined, '2026-01-01', null],
    ['no expiry', { ...waiver, expires: null }, 10, '2099-01-01', null],
  ])('%s', (_name, w, value, today, expected) => {
    expect(waiverFailure(w, finding(value as never), today)).toBe(expected);
  });
});
