// Stylish report (colour off): exact lines and substrings a rep relies on.
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/report/stylish.js';
import type { ReportInput } from '../src/report/types.js';
import type { FileResult, Finding } from '../src/types.js';
import { finance, finding, legal } from './helpers/report-input.js';


function ok(path: string, findings: Finding[], warnings?: string[]): FileResult {
  return { path, format: 'docx', status: 'ok', error: null, findings, ...(warnings ? { warnings } : {}) };
}

const scan: FileResult = {
  path: '/repo/deals/scan.pdf',
  format: 'pdf',
  status: 'error',
  error: { code: 'NO_TEXT_LAYER', message: 'no extractable text (scanned image?); it was not checked' },
  findings: [],
};

function render(files: FileResult[], over: Partial<ReportInput> = {}): string {
  return formatStylish({
    tool: { name: 'termlint', version: '0.1.0' },
    policy: { name: 'Acme SaaS playbook', version: '2026.3.0', source: 'termlint.policy.yaml', sha256: '0123456789abcdef'.repeat(4), builtin: false, effective: null },
    files,
    owners: { finance, legal },
    color: false,
    cwd: '/repo',
    ...over,
  });
}

const priceCap = finding({
  ruleId: 'price-cap',
  severity: 'warning',
  clause: { number: '5.1', heading: 'Fees' },
  location: { page: 4, paragraph: 50, line: null },
  message: 'No cap on price increases at renewal.',
  fallback: null,
});
const liability = finding({
  ruleId: 'liability-cap',
  owner: legal,
  clause: { number: '9.1', heading: 'Liability' },
  location: { page: 7, paragraph: 80, line: null },
  message: 'Liability cap is 3x fees; our norm is at most 1x.',
  change: { type: 'insertion', author: 'Jane Buyer', date: '2026-02-01T10:00:00Z' },
});
const waivedInterest = finding({
  ruleId: 'late-interest',
  severity: 'warning',
  clause: { number: '4.3', heading: null },
  location: { page: 3, paragraph: 42, line: null },
  waived: { by: 'Dana Ruiz', reason: 'Q4 review', expires: '2027-03-31' },
});

describe('stylish report', () => {
  const out = render([ok('/repo/deals/globex.docx', [finding(), priceCap, liability, waivedInterest], ['read as docx']), scan]);
  const lines = out.split('\n');

  it('has no colour codes when colour is off', () => {
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('colours severities when colour is on', () => {
    const coloured = render([ok('a.docx', [finding()])], { color: true });
    expect(coloured).toContain('\u001b[31merror');
  });

  it('heads each file with its relative path, format and counts', () => {
    expect(lines[0]).toBe('deals/globex.docx · docx · 2 errors, 1 warning');
    expect(lines).toContain('  note: read as docx');
  });

  it('shows each finding with clause, location, message, excerpt, fallback and owner', () => {
    const at = lines.indexOf('  error    4.2 Payment · p. 3, ¶ 41 · payment-terms');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '           Payment due in 60 days; our norm is Net 45 or shorter.',
      '           "payable within sixty (60) days of the invoice date"',
      '           Fallback: Fees are due within forty-five (45) days of invoice.',
      '           Owner: Finance (Deal Desk)',
    ]);
  });

  it('groups findings a redline introduced first', () => {
    const redline = lines.indexOf('  Introduced by this redline');
    const elsewhere = lines.indexOf('  Elsewhere in the document');
    const liabilityAt = lines.findIndex((l) => l.includes('liability-cap'));
    const paymentAt = lines.findIndex((l) => l.endsWith('payment-terms'));
    expect(redline).toBeGreaterThan(0);
    expect(redline).toBeLessThan(liabilityAt);
    expect(liabilityAt).toBeLessThan(elsewhere);
    expect(elsewhere).toBeLessThan(paymentAt);
    expect(out).toContain('Inserted by Jane Buyer, 2026-02-01');
  });

  it('shows waived findings with who, until when and why, and does not count them', () => {
    expect(out).toContain('waived by Dana Ruiz until 2027-03-31: Q4 review');
    expect(out).toContain('✖ 3 problems (2 errors, 1 warning) in 2 files, 1 unreadable · 1 waived');
  });

  it('prints an unreadable file as one line with its code', () => {
    expect(lines).toContain('deals/scan.pdf: NO_TEXT_LAYER no extractable text (scanned image?); it was not checked');
  });

  it('lists whom to consult, grouped by owner, most errors first', () => {
    const at = lines.indexOf('Consult before sending');
    expect(at).toBeGreaterThan(0);
    const consult = lines.slice(at + 1, at + 4).join('\n');
    expect(consult).toBe(
      [
        '  Finance (Deal Desk) <dealdesk@acme.example>: 1 error, 1 warning —',
        '    payment-terms (4.2), price-cap (5.1)',
        '  Legal <legal@acme.example>: 1 error — liability-cap (9.1)',
      ].join('\n'),
    );
    // the waived late-interest finding is nobody's to act on
    expect(consult).not.toContain('late-interest');
  });

  it('ends with the policy and tool footer', () => {
    expect(lines.slice(-3)).toEqual(['Policy: Acme SaaS playbook 2026.3.0 (termlint.policy.yaml, sha256 0123456789ab)', 'termlint 0.1.0', '']);
  });

  it('keeps every line within 80 columns except one-line file errors', () => {
    const long = lines.filter((l) => [...l].length > 80 && !l.startsWith('deals/scan.pdf:'));
    expect(long).toEqual([]);
  });
});

describe('stylish totals', () => {
  it.each<[string, FileResult[], string]>([
    ['clean files', [ok('a.docx', []), ok('b.docx', [])], '✔ No deviations found in 2 files'],
    ['only a waived finding', [ok('a.docx', [waivedInterest])], '✔ No deviations found in 1 file · 1 waived'],
    ['only infos', [ok('a.docx', [finding({ severity: 'info' })])], '✔ No errors or warnings in 1 file · 1 info'],
    ['an unreadable file is never clean', [ok('a.docx', []), scan], '✖ 0 problems in 2 files, 1 unreadable'],
    ['warnings only', [ok('a.docx', [priceCap, priceCap])], '✖ 2 problems (0 errors, 2 warnings) in 1 file'],
    ['no files', [], 'No documents were checked.'],
  ])('%s', (_name, files, expected) => {
    const out = render(files);
    expect(out.split('\n')).toContain(expected);
    if (files.some((f) => f.status === 'error')) expect(out).not.toContain('✔');
  });

  it('omits the consult list when every finding is waived', () => {
    expect(render([ok('a.docx', [waivedInterest])])).not.toContain('Consult before sending');
  });

  it('names clean files so the rep sees they were checked', () => {
    expect(render([ok('/repo/b.docx', [])]).split('\n')[0]).toBe('b.docx · docx · no deviations');
  });

  it('says when the built-in playbook was used', () => {
    const out = render([ok('a.docx', [])], {
      policy: { name: 'termlint default', version: '1.0.0', source: 'built-in', sha256: 'f'.repeat(64), builtin: true, effective: null },
    });
    expect(out).toContain('Policy: termlint default 1.0.0 (built-in default playbook (no termlint.policy.yaml found), sha256 ffffffffffff)');
  });

  it('lists owner-less findings last under their own label', () => {
    const out = render([ok('a.docx', [finding({ owner: null, ruleId: 'orphan', clause: null, location: null }), finding()])]);
    const consult = out.slice(out.indexOf('Consult before sending'));
    expect(consult.indexOf('Finance (Deal Desk)')).toBeLessThan(consult.indexOf('No owner named in the policy: 1 error — orphan'));
    expect(out).toContain('  error    whole document · orphan');
  });

  it('wraps a long excerpt inside its quotes', () => {
    const excerpt = 'Customer shall pay each invoice within sixty (60) days of the invoice date, provided that disputed amounts are paid within thirty days.';
    const lines = render([ok('a.docx', [finding({ excerpt })])]).split('\n');
    const first = lines.findIndex((l) => l.startsWith('           "Customer'));
    expect(lines[first + 1].startsWith('            ')).toBe(true);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });
});

describe('stylish unreadable files', () => {
  it('does not repeat the path when the message starts with it', () => {
    const missing: FileResult = { path: 'deals/nope.docx', format: null, status: 'error', findings: [], error: { code: 'NOT_FOUND', message: 'deals/nope.docx: no such file, folder or matching document' } };
    expect(render([missing]).split('\n')[0]).toBe('deals/nope.docx: NOT_FOUND no such file, folder or matching document');
  });
});
