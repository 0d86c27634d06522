// GitHub workflow-command report: one annotation per finding, in the syntax and escaping the
// Actions runner parses (actions/toolkit escapeData / escapeProperty).
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { expectGolden } from './helpers/cli.js';
import { clean, dpa, globex, reportInput, runFormat, scan } from './helpers/report-input.js';

/** The runner's grammar: ::command k=v,k=v::message, with nothing unescaped that would split it. */
const COMMAND = /^::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

/** Undo the runner's escaping, to check what the annotation will show. */
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommand(line: string) {
  const m = COMMAND.exec(line);
  if (!m) return null;
  const props = Object.fromEntries(m[2].split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), unescape(kv.slice(kv.indexOf('=') + 1))]));
  return { kind: m[1], props, message: unescape(m[3]) };
}

describe('workflow command escaping', () => {
  it.each([
    ['100% done', '100%25 done'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c'],
  ])('escapeData(%j) = %j', (input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });
  it.each([
    ['a:b,c', 'a%3Ab%2Cc'],
    ['50%,\n', '50%25%2C%0A'],
    ['payment-terms (finance)', 'payment-terms (finance)'],
  ])('escapeProperty(%j) = %j', (input, expected) => {
    expect(escapeProperty(input)).toBe(expected);
  });
});

describe('github report', () => {
  const out = formatGithub(reportInput([globex, dpa, clean, scan]));
  const lines = out.trimEnd().split('\n');
  const commands = lines.filter((l) => l.startsWith('::')).map((l) => ({ line: l, parsed: parseCommand(l) }));

  it('writes every annotation in valid workflow-command syntax', () => {
    for (const c of commands) expect(c.parsed, c.line).not.toBeNull();
  });

  it('annotates each unwaived finding once, with the command for its severity', () => {
    const kinds = commands.map((c) => [c.parsed!.props.title, c.parsed!.kind]);
    expect(kinds).toEqual([
      ['payment-terms (finance)', 'error'],
      ['liability-cap (legal)', 'error'],
      ['logo-use', 'notice'],
      ['governing-law (legal)', 'error'],
      ['NO_TEXT_LAYER', 'error'],
    ]);
    expect(out).not.toContain('late-interest'); // waived
  });

  it('gives file and line for a text document, and keeps its awkward message intact', () => {
    const c = commands.find((x) => x.parsed!.props.title === 'governing-law (legal)')!.parsed!;
    expect(c.props).toEqual({ file: 'deals/dpa.txt', line: '57', title: 'governing-law (legal)' });
    expect(c.message.split('\n')[0]).toBe('Governed by "Ireland", 100% foreign: needs Legal\r');
    expect(c.message).toContain('Where: 12 Law | Venue <A&B>');
    expect(c.message).toContain('Text: "This DPA is governed by the laws of Ireland | and the courts of Dublin\u0007."');
  });

  it('omits line= for a Word document and names the clause, page and paragraph instead', () => {
    const c = commands[0].parsed!;
    expect(c.props).toEqual({ file: 'deals/globex msa.docx', title: 'payment-terms (finance)' });
    expect(c.message.split('\n')).toEqual([
      'Payment due in 60 days; our norm is Net 45 or shorter.',
      'Where: 4.2 Payment, p. 3, ¶ 41',
      'Text: "payable within sixty (60) days of the invoice date"',
      'Fallback: Fees are due within forty-five (45) days of invoice.',
      'Consult: Finance (Deal Desk) <dealdesk@acme.example>',
    ]);
  });

  it('says "whole document" for a finding without clause or location', () => {
    expect(commands[2].parsed!.message).toBe('The contract does not let us use the customer logo.\nWhere: whole document');
  });

  it('reports an unreadable file as an error titled with its code', () => {
    const c = commands[4].parsed!;
    expect(c.props).toEqual({ file: 'deals/scan.pdf', title: 'NO_TEXT_LAYER' });
    expect(c.message).toBe('NO_TEXT_LAYER: deals/scan.pdf has no extractable text (scanned image?); it was not checked\nThe document was not checked.');
  });

  it('ends with a plain summary line and the policy', () => {
    expect(lines.at(-2)).toBe('termlint: 3 problems (3 errors, 0 warnings) in 4 files, 1 unreadable · 1 info, 1 waived');
    expect(lines.at(-1)).toBe('Policy: Acme SaaS playbook 2026.3.0 (termlint.policy.yaml, sha256 0123456789ab) · termlint 0.1.0');
  });

  it('escapes a comma or colon in a file name so the properties still split right', () => {
    const odd = { ...dpa, path: '/repo/deals/a,b:c.txt' };
    const c = parseCommand(formatGithub(reportInput([odd])).split('\n')[0])!;
    expect(c.props.file).toBe('deals/a,b:c.txt');
    expect(formatGithub(reportInput([odd]))).toContain('file=deals/a%2Cb%3Ac.txt,line=57');
  });
});

describe('termlint check -f github (golden)', () => {
  const r = runFormat('github');

  it('is all valid workflow commands, then the summary', () => {
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    for (const l of commands) expect(parseCommand(l), l).not.toBeNull();
    expect(lines.length - commands.length).toBe(2);
    expect(lines.at(-2)).toMatch(/^termlint: \d+ problems .* 1 unreadable/);
  });

  it('matches the golden file', () => {
    expectGolden('formats/contracts.github.txt', r.stdout);
  });
});
