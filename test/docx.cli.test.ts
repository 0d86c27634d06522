// The Word redline through the built CLI, as a rep would run it (npx tsc first).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { expectGolden, runCli } from './helpers/cli.js';

const REDLINE = 'fixtures/redlines/globex-redline.docx';

describe('check on a Word redline', () => {
  const run = runCli(['check', '--format', 'json', REDLINE]);
  const findings = (JSON.parse(run.stdout).files[0].findings ?? []) as Finding[];

  it('reports the inserted Net 90 with its author, under the clause number Word shows', () => {
    const payment = findings.find((f) => f.ruleId === 'payment-terms');
    expect(payment).toMatchObject({
      severity: 'error',
      clause: { number: '3.2' },
      location: { paragraph: 11 },
      excerpt: expect.stringContaining('Net 90'),
      change: { type: 'insertion', author: 'Globex Legal', date: '2026-01-15T09:00:00Z' },
    });
    expect(payment?.fact?.value).toBe(90);
  });

  it('marks only findings from inserted text as changes', () => {
    expect(findings.filter((f) => f.change).map((f) => `${f.ruleId}@${f.clause?.number}`).sort()).toEqual(['governing-law@6.1', 'payment-terms@3.2']);
  });

  it('the stylish report lists what the redline introduced first', () => {
    const stylish = runCli(['check', '--no-color', REDLINE]).stdout;
    const introduced = stylish.indexOf('Introduced by this redline');
    expect(introduced).toBeGreaterThan(0);
    const firstFinding = stylish.indexOf('error', introduced);
    expect(stylish.slice(firstFinding, firstFinding + 60)).toMatch(/3\.2 Fees and Payment/);
    expect(stylish).toContain('Inserted by Globex Legal');
  });
});

describe('extract on a Word redline', () => {
  it('text outline shows Word numbers and the existing comments (golden)', () => {
    const r = runCli(['extract', '--format', 'text', REDLINE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('comment by Globex Legal: We need 99.99% availability here.');
    expectGolden('docx/extract-globex-redline.txt', r.stdout);
  });

  it('JSON gives the comments on their clause', () => {
    const clauses = JSON.parse(runCli(['extract', '--format', 'json', REDLINE]).stdout).files[0].clauses as Array<{ number: string; comments?: unknown[] }>;
    expect(clauses.filter((c) => c.comments).map((c) => [c.number, c.comments])).toEqual([
      ['2.2', [{ author: 'Globex Legal', date: '2026-01-15T09:00:00.000Z', text: 'We need 99.99% availability here.' }]],
      ['6.2', [{ author: 'Acme Sales', date: '2026-01-15T09:00:00.000Z', text: 'Check the notice address with Legal.' }]],
    ]);
  });
});
