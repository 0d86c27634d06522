// Markdown report: a PR comment with counts, the consult list, a table per file, folded
// excerpts, unreadable files and the policy, with contract text escaped so it shows as written.
import { describe, expect, it } from 'vitest';
import { formatMarkdown, MAX_COMMENT_CHARS, mdText } from '../src/report/markdown.js';
import { expectGolden } from './helpers/cli.js';
import { clean, dpa, finding, globex, reportInput, runFormat, scan } from './helpers/report-input.js';

describe('markdown escaping', () => {
  it.each([
    ['A | B', 'A \\| B'],
    ['line one\nline two', 'line one line two'],
    ['<b>bold</b> & co', '&lt;b&gt;bold&lt;/b&gt; &amp; co'],
    ['*Confidential* _x_ `y` [z]', '\\*Confidential\\* \\_x\\_ \\`y\\` \\[z\\]'],
    ['back\\slash', 'back\\\\slash'],
  ])('mdText(%j) = %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });
});

describe('markdown report', () => {
  const out = formatMarkdown(reportInput([globex, dpa, clean, scan]));
  const lines = out.split('\n');

  it('starts with a heading that carries the counts', () => {
    expect(lines[0]).toBe('## ❌ termlint: 3 problems (3 errors, 0 warnings) in 4 files, 1 unreadable · 1 info, 1 waived');
  });

  it('lists whom to consult, most errors first, owner-less last, with rules and clauses', () => {
    const start = lines.indexOf('### Consult before sending');
    expect(lines.slice(start + 2, start + 5)).toEqual([
      '- **Legal** (legal@acme.example): 2 errors — `liability-cap` (9.1), `governing-law` (12)',
      '- **Finance (Deal Desk)** (dealdesk@acme.example): 1 error — `payment-terms` (4.2)',
      '- **No owner named in the policy**: 1 info — `logo-use`',
    ]);
  });

  it('lists unreadable files with their code', () => {
    expect(out).toContain('### Not checked (unreadable)\n\n- `NO_TEXT_LAYER`: deals/scan.pdf has no extractable text (scanned image?); it was not checked\n');
  });

  it('has a table per file with severity, clause, message and owner', () => {
    const start = lines.indexOf('### `deals/globex msa.docx` · docx · 2 errors, 1 info, 1 waived');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 2, start + 10)).toEqual([
      '> note: named .docx and read as docx',
      '',
      '| Severity | Clause | Message | Owner |',
      '|---|---|---|---|',
      '| **error** | 4.2 Payment, p. 3, ¶ 41 | Payment due in 60 days; our norm is Net 45 or shorter. | Finance (Deal Desk) |',
      '| **error** | 9.1 Liability, p. 7, ¶ 80 | Liability cap is 3x fees; our norm is at most 1x. | Legal |',
      '| ~~warning~~ waived | 4.3, p. 3, ¶ 42 | Late payments bear 0% interest. | Finance (Deal Desk) |',
      '| info | whole document | The contract does not let us use the customer logo. | – |',
    ]);
  });

  it('keeps a table row on one line with its cell count intact whatever the text holds', () => {
    const row = lines.find((l) => l.includes('Governed by'))!;
    expect(row).toBe('| **error** | 12 Law \\| Venue &lt;A&amp;B&gt;, line 57 | Governed by "Ireland", 100% foreign: needs Legal see \\*note\\* &amp; &lt;b&gt; | Legal |');
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('folds excerpts, fallback wording, tracked changes and waivers into <details>', () => {
    const start = lines.indexOf('<details><summary>Excerpts and fallback wording (3)</summary>');
    const end = lines.indexOf('</details>', start);
    const block = lines.slice(start, end + 1).join('\n');
    expect(block).toContain('**`payment-terms`** · 4.2 Payment, p. 3, ¶ 41\n\n> payable within sixty (60) days of the invoice date\n\nFallback: Fees are due within forty-five (45) days of invoice.');
    expect(block).toContain('Inserted by a tracked change (Jane Buyer).');
    expect(block).toContain('Waived by Dana Ruiz until 2027-03-31: Q4 review');
  });

  it('names the clean files in one line', () => {
    expect(out).toContain('No deviations in `deals/clean.md`.');
  });

  it('ends with the policy name, version, sha and tool version', () => {
    expect(lines.at(-2)).toBe('<sub>Policy: Acme SaaS playbook 2026.3.0 (termlint.policy.yaml, sha256 0123456789ab) · termlint 0.1.0</sub>');
  });

  it('shows a clean run as such', () => {
    expect(formatMarkdown(reportInput([clean])).split('\n')[0]).toBe('## ✅ termlint: No deviations found in 1 file');
  });

  it('leaves the excerpts out rather than exceed what a PR comment can hold', () => {
    const many = Array.from({ length: 300 }, (_, i) => finding({ clause: { number: `${i}`, heading: null }, excerpt: 'x '.repeat(200) }));
    const big = formatMarkdown(reportInput([{ ...globex, findings: many }]));
    expect(big.length).toBeLessThanOrEqual(65_536);
    expect(big).not.toContain('<details>');
    expect(big).toContain('Excerpts and fallback wording were left out');
    expect(MAX_COMMENT_CHARS).toBeLessThan(65_536);
  });
});

describe('termlint check -f markdown (golden)', () => {
  const r = runFormat('markdown');

  it('matches the golden file', () => {
    expect(r.stdout.startsWith('## ❌ termlint:')).toBe(true);
    expectGolden('formats/contracts.md', r.stdout);
  });
});

describe('markdown report of a very large run', () => {
  it('shows what fits and counts the files left out', () => {
    const files = Array.from({ length: 60 }, (_, i) => ({
      ...globex,
      path: `/repo/deals/d${i}.docx`,
      findings: Array.from({ length: 20 }, (_, j) => finding({ clause: { number: `${j}`, heading: 'A long heading for this clause' } })),
    }));
    const out = formatMarkdown(reportInput(files));
    expect(out.length).toBeLessThanOrEqual(65_536);
    const shown = out.split('\n').filter((l) => l.startsWith('### `deals/d')).length;
    expect(shown).toBeGreaterThan(0);
    expect(out).toContain(`_${60 - shown} more files with findings not shown here`);
    expect(out.trimEnd().endsWith('</sub>')).toBe(true);
  });
});
