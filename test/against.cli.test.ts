// `termlint check --against <template>` as a user runs it (built CLI, fixtures/templates/).
// Goldens hold only the template-deviation findings, so other rules' changes don't touch them.
import { describe, expect, it } from 'vitest';
import { expectGolden, runCli } from './helpers/cli.js';

const T = 'fixtures/templates';

function deviations(stdout: string): Record<string, unknown[]> {
  const report = JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<Record<string, any>> }> };
  return Object.fromEntries(report.files.map((file) => [file.path, file.findings
    .filter((f) => f.ruleId === 'template-deviation')
    .map((f) => ({ clause: f.clause?.number ?? null, severity: f.severity, owner: f.owner?.id ?? null, message: f.message, excerpt: f.excerpt, line: f.location?.line ?? null, fact: f.fact }))]));
}

describe('check --against', () => {
  it('reports the changed, added and removed clauses of a redline by number, and nothing on an unchanged copy', () => {
    const run = runCli(['check', '-f', 'json', '--against', `${T}/acme-msa-template.md`, `${T}/acme-msa-redline.md`, `${T}/acme-msa-unchanged.md`]);
    expect(run.stderr).toBe('');
    const found = deviations(run.stdout);
    expect(found[`${T}/acme-msa-unchanged.md`]).toEqual([]);
    const numbers = found[`${T}/acme-msa-redline.md`].map((f: any) => f.clause);
    // 2.2 net days, 6.1 breach notice, 8.2 confidentiality term, 9.1 governing law changed;
    // 1.4, 4.2 (4.3 is the old 4.2, renumbered) and 9.4 added; 2.3 removed. 7.2 is only upper-cased.
    expect([...numbers].sort()).toEqual(['1.4', '2.2', '2.3', '4.2', '6.1', '8.2', '9.1', '9.4']);
    expectGolden('against/redline.json', `${JSON.stringify(found, null, 2)}\n`);
  });

  it('reads templates in other formats the same way (pdf template, md document)', () => {
    const run = runCli(['check', '-f', 'json', '--against', 'fixtures/contracts/acme-standard-msa.pdf', 'fixtures/contracts/acme-standard-msa.md']);
    expect(deviations(run.stdout)['fixtures/contracts/acme-standard-msa.md']).toEqual([]);
  });

  it('shows the deviations in the stylish report with the word diff and whom to consult', () => {
    const run = runCli(['check', '--against', `${T}/acme-msa-template.md`, `${T}/acme-msa-redline.md`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('6.1 Data Protection · line 41 · template-deviation');
    expect(run.stdout).toContain('[seventy-two (72) → twenty-four');
    expect(run.stdout).toMatch(/Security & Privacy <security@example.com>: .*\n?.*template-deviation \(6\.1\)/);
  });

  it.each([
    [['--against', `${T}/missing.md`], /^termlint: --against fixtures\/templates\/missing.md: NOT_FOUND: fixtures\/templates\/missing.md/],
    [['--against', `${T}/initrode-termsheet.yaml`], /a template is a contract .* not a term sheet; use --termsheet/],
  ])('a template that cannot serve is a usage error (exit 2): %j', (args, message) => {
    const run = runCli(['check', ...args, `${T}/acme-msa-redline.md`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
