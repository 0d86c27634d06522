// --format html without a browser: self-contained, escaped, findings placed on their clauses.
import { describe, expect, it } from 'vitest';
import { clauseIndexOf, escapeHtml, formatHtml } from '../src/report/html.js';
import type { ReportInput } from '../src/report/types.js';
import type { Finding } from '../src/types.js';
import { runCli } from './helpers/cli.js';

const owners = {
  finance: { id: 'finance', name: 'Finance (Deal Desk)', contact: 'dealdesk@example.com' },
  legal: { id: 'legal', name: 'Legal <team>', contact: 'legal@example.com' },
};

function finding(extra: Partial<Finding>): Finding {
  return {
    ruleId: 'payment-terms', severity: 'error', owner: owners.finance, message: 'Payment due in 90 days.',
    topic: 'payment', fact: null, clause: { number: '2.2', heading: 'Payment' },
    location: { page: null, paragraph: null, line: 7 }, excerpt: 'within ninety (90) days',
    fallback: 'within thirty (30) days', waived: null, change: null, ...extra,
  };
}

const clauses = [
  { number: null, heading: null, text: 'Title', location: { page: null, paragraph: null, line: 1 } },
  { number: '2.1', heading: 'Payment', text: 'Fees are <b>due</b> & "payable".', location: { page: null, paragraph: null, line: 5 } },
  { number: '2.2', heading: 'Payment', text: 'Payable within ninety (90) days.', location: { page: null, paragraph: null, line: 7 } },
  { number: '3.1', heading: 'Law', text: 'Delaware law governs.', location: { page: null, paragraph: null, line: 9 } },
];

function input(files: ReportInput['files'], documents?: ReportInput['documents']): ReportInput {
  return {
    tool: { name: 'termlint', version: '0.1.0' },
    policy: { name: 'Acme <playbook>', version: '2026.1', source: 'p.yaml', sha256: 'a'.repeat(64), builtin: false, effective: null },
    files, owners, color: false, cwd: '/w', ...(documents ? { documents } : {}),
  };
}

describe('html report', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
  ])('escapes %j', (raw, escaped) => expect(escapeHtml(raw)).toBe(escaped));

  it.each([
    ['by number', finding({}), 2],
    ['by location when the number is unknown', finding({ clause: null, location: { page: null, paragraph: null, line: 10 } }), 3],
    ['the whole document when there is no location', finding({ location: null }), -1],
    ['the nearest before its location when numbers repeat', finding({ clause: { number: null, heading: null }, location: { page: null, paragraph: null, line: 6 } }), 1],
  ])('places a finding on its clause %s', (_name, f, index) => expect(clauseIndexOf(f, clauses)).toBe(index));

  const page = formatHtml(input([
    { path: '/w/deal.md', format: 'md', status: 'ok', error: null, warnings: ['a <note>'], findings: [
      finding({ message: 'Payment due in <90> days.' }),
      finding({ ruleId: 'governing-law', severity: 'warning', owner: owners.legal, clause: null, location: null, message: 'No governing law.' }),
    ] },
    { path: '/w/scan.pdf', format: 'pdf', status: 'error', error: { code: 'NO_TEXT_LAYER', message: 'scan.pdf has no text' }, findings: [] },
  ], { '/w/deal.md': { clauses } }));

  it('is one self-contained page: no remote src or href, a CSP that forbids loading anything, no script', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/<script|<link|@import|url\(/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes document, policy and owner text', () => {
    expect(page).toContain('Fees are &lt;b&gt;due&lt;/b&gt; &amp; &quot;payable&quot;.');
    expect(page).toContain('Payment due in &lt;90&gt; days.');
    expect(page).toContain('Legal &lt;team&gt;');
    expect(page).toContain('Acme &lt;playbook&gt;');
    expect(page).not.toContain('<b>due</b>');
  });

  it('has landmarks, a skip link and the consult list before the documents', () => {
    const order = ['class="skip-link" href="#main"', '<header', '<main id="main"', 'Consult before sending', '<section class="file"', '<footer'];
    const positions = order.map((s) => page.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('marks the deviating clause by severity, in words too, with excerpt, fallback and owner beside it', () => {
    const article = page.slice(page.indexOf('<article class="clause sev-error"'), page.indexOf('</article>', page.indexOf('<article class="clause sev-error"')));
    expect(article).toContain('2.2 Payment');
    expect(article).toContain('>Error</span>');
    expect(article).toContain('<blockquote>within ninety (90) days</blockquote>');
    expect(article).toContain('<strong>Fallback:</strong> within thirty (30) days');
    expect(article).toContain('Finance (Deal Desk)');
    // Clauses without findings are folded, in runs.
    expect(page).toContain('<summary>2 clauses without findings (¶ 1 – 2.1 Payment)</summary>');
    expect(page).toContain('<h3>About the whole document</h3>');
  });

  it('names the policy (name, version, full sha256) and tool, and reports an unreadable file as not checked', () => {
    expect(page).toContain('a'.repeat(64));
    expect(page).toContain('termlint 0.1.0');
    expect(page).toContain('Not checked: <code>NO_TEXT_LAYER</code>');
  });

  it('lists findings without clauses when the caller gave no documents', () => {
    const bare = formatHtml(input([{ path: '/w/deal.md', format: 'md', status: 'ok', error: null, findings: [finding({})] }]));
    expect(bare).toContain('Payment due in 90 days.');
    expect(bare).not.toContain('<h3>Clauses</h3>');
  });

  it('comes out of the CLI self-contained, with the document clauses', () => {
    const run = runCli(['check', '-f', 'html', '--against', 'fixtures/templates/acme-msa-template.md', 'fixtures/templates/acme-msa-redline.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(run.stdout).toContain('[thirty (30) → ninety (90)]');
    expect(run.stdout).toContain('Each Order Form has an initial term of twelve (12) months');
  });
});
