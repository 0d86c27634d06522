// `termlint check --termsheet <file>` as a user runs it: exactly the facts that differ, and the
// agreed facts the contract does not state.
import { describe, expect, it } from 'vitest';
import { expectGolden, runCli } from './helpers/cli.js';

function mismatches(stdout: string, path: string): Array<Record<string, unknown>> {
  const report = JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<Record<string, any>> }> };
  return report.files.find((f) => f.path === path)!.findings
    .filter((f) => f.ruleId === 'termsheet-mismatch')
    .map((f) => ({ severity: f.severity, fact: f.fact, clause: f.clause?.number ?? null, owner: f.owner?.id ?? null, message: f.message, excerpt: f.excerpt }));
}

describe('check --termsheet', () => {
  it('reports exactly the differing facts of a redline (md) and the agreed facts it does not state', () => {
    const doc = 'fixtures/templates/acme-msa-redline.md';
    const run = runCli(['check', '-f', 'json', '--termsheet', 'fixtures/templates/initrode-termsheet.yaml', doc]);
    expect(run.stderr).toBe('');
    const found = mismatches(run.stdout, doc);
    expect(found.map((f: any) => [f.severity, f.fact.name])).toEqual([
      ['error', 'payment.net_days'],
      ['error', 'sla.uptime_percent'],
      ['warning', 'insurance.cyber'],
      ['warning', 'data.residency'],
    ]);
    expectGolden('termsheet/initrode.json', `${JSON.stringify(found, null, 2)}\n`);
  });

  it('reports the four facts the Globex term sheet disagrees on, in the Word redline', () => {
    const doc = 'fixtures/contracts/globex-redline-msa.docx';
    const run = runCli(['check', '-f', 'json', '--termsheet', 'fixtures/contracts/globex-termsheet.yaml', doc]);
    const found = mismatches(run.stdout, doc);
    expect(found.map((f: any) => [f.fact.name, f.fact.value, f.fact.expected, f.clause])).toEqual([
      ['payment.net_days', 90, '= 60 days', '2(a)'],
      ['sla.uptime_percent', 99.99, '= 99.95%', '4(a)'],
      ['data.breach_notice_hours', 24, '= 48 hours', '5(a)'],
      ['governing_law.jurisdiction', 'England and Wales', '= Delaware', '12(a)'],
    ]);
  });

  it('a file that is not a term sheet is a usage error (exit 2)', () => {
    const run = runCli(['check', '--termsheet', 'fixtures/templates/acme-msa-template.md', 'fixtures/templates/acme-msa-redline.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a YAML term sheet');
  });
});
