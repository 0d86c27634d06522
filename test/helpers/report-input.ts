// Hand-built report inputs for the CI-format tests (sarif, junit, github, markdown, checkstyle):
// one Word document with findings of every severity, a waived one and a tracked change; one
// text document with line numbers; one unreadable PDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInput, ReportRule } from '../../src/report/types.js';
import type { FileResult, Finding } from '../../src/types.js';
import { ROOT, runCli } from './cli.js';

export const finance = { id: 'finance', name: 'Finance (Deal Desk)', contact: 'dealdesk@acme.example' };
export const legal = { id: 'legal', name: 'Legal', contact: 'legal@acme.example' };

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'payment-terms',
    severity: 'error',
    owner: finance,
    message: 'Payment due in 60 days; our norm is Net 45 or shorter.',
    topic: 'payment',
    fact: { name: 'payment.net_days', value: 60, expected: '<= 45' },
    clause: { number: '4.2', heading: 'Payment' },
    location: { page: 3, paragraph: 41, line: null },
    excerpt: 'payable within sixty (60) days of the invoice date',
    fallback: 'Fees are due within forty-five (45) days of invoice.',
    waived: null,
    change: null,
    ...over,
  };
}

export const payment = finding();
export const liability = finding({
  ruleId: 'liability-cap',
  owner: legal,
  clause: { number: '9.1', heading: 'Liability' },
  location: { page: 7, paragraph: 80, line: null },
  message: 'Liability cap is 3x fees; our norm is at most 1x.',
  excerpt: 'shall not exceed three times (3x) the fees',
  fallback: null,
  change: { type: 'insertion', author: 'Jane Buyer', date: '2026-02-01T10:00:00Z' },
});
export const waivedInterest = finding({
  ruleId: 'late-interest',
  severity: 'warning',
  clause: { number: '4.3', heading: null },
  location: { page: 3, paragraph: 42, line: null },
  message: 'Late payments bear 0% interest.',
  waived: { by: 'Dana Ruiz', reason: 'Q4 review', expires: '2027-03-31' },
});
export const logo = finding({
  ruleId: 'logo-use',
  severity: 'info',
  owner: null,
  clause: null,
  location: null,
  message: 'The contract does not let us use the customer logo.',
  excerpt: null,
  fallback: null,
});
/** A finding in a text file: it has a line; its text is full of characters every format must escape. */
export const nasty = finding({
  ruleId: 'governing-law',
  owner: legal,
  clause: { number: '12', heading: 'Law | Venue <A&B>' },
  location: { page: null, paragraph: null, line: 57 },
  message: 'Governed by "Ireland", 100% foreign: needs Legal\r\nsee *note* & <b>',
  excerpt: 'This DPA is governed by the laws of Ireland |\n and the courts of Dublin\u0007.',
  fallback: 'Delaware law, without regard to conflict-of-laws rules.',
});

export const globex: FileResult = {
  path: '/repo/deals/globex msa.docx',
  format: 'docx',
  status: 'ok',
  error: null,
  findings: [payment, liability, waivedInterest, logo],
  warnings: ['named .docx and read as docx'],
};
export const dpa: FileResult = { path: '/repo/deals/dpa.txt', format: 'txt', status: 'ok', error: null, findings: [nasty] };
export const clean: FileResult = { path: '/repo/deals/clean.md', format: 'md', status: 'ok', error: null, findings: [] };
export const scan: FileResult = {
  path: '/repo/deals/scan.pdf',
  format: 'pdf',
  status: 'error',
  error: { code: 'NO_TEXT_LAYER', message: '/repo/deals/scan.pdf has no extractable text (scanned image?); it was not checked' },
  findings: [],
};

export const rules: ReportRule[] = [
  {
    id: 'payment-terms', severity: 'error', owner: 'finance',
    message: 'Payment due in {value} days; our norm is Net {max} or shorter.',
    why: 'Longer terms strain cash flow.', fallback: 'Fees are due within forty-five (45) days of invoice.',
    docs: 'https://wiki.acme.example/playbook#payment',
  },
  { id: 'late-interest', severity: 'warning', owner: 'finance' },
  { id: 'liability-cap', severity: 'error', owner: 'legal', message: 'Liability cap is {value}x fees.' },
  { id: 'governing-law', severity: 'error', owner: 'legal' },
  { id: 'logo-use', severity: 'info', owner: null },
  { id: 'no-non-compete', severity: 'error', owner: 'legal' },
];

export function reportInput(files: FileResult[], over: Partial<ReportInput> = {}): ReportInput {
  return {
    tool: { name: 'termlint', version: '0.1.0' },
    policy: { name: 'Acme SaaS playbook', version: '2026.3.0', source: 'termlint.policy.yaml', sha256: '0123456789abcdef'.repeat(4), builtin: false, effective: null },
    files,
    owners: { finance, legal },
    color: false,
    cwd: '/repo',
    rules,
    ...over,
  };
}

/** Replace the tool's version where reports print it, so goldens survive a release. */
export function stableVersion(text: string, version: string): string {
  return text
    .split(`termlint ${version}`).join('termlint X.Y.Z')
    .split(`"version": "${version}"`).join('"version": "X.Y.Z"')
    .split(`"semanticVersion": "${version}"`).join('"semanticVersion": "X.Y.Z"');
}

/**
 * `termlint check -f <format>` on the contract fixtures plus an empty (unreadable) file, with
 * the formats test playbook, through the built CLI; stdout with the tool version made stable.
 */
export function runFormat(format: string): { code: number; stdout: string; stderr: string } {
  const r = runCli(['check', '-p', 'test/golden/formats/formats.policy.yaml', '-f', format, 'fixtures/contracts', 'fixtures/bad/empty.txt']);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  return { ...r, stdout: stableVersion(r.stdout, version) };
}

const NAME = '[A-Za-z_][\\w.-]*';
const ENTITY = '&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);';
const ATTR = `\\s+${NAME}\\s*=\\s*"(?:[^<&"]|${ENTITY})*"`;
const OPEN_TAG = new RegExp(`^<(${NAME})((?:${ATTR})*)\\s*(/?)>`);
const CLOSE_TAG = new RegExp(`^</(${NAME})\\s*>`);
const TEXT = new RegExp(`^(?:[^<&]|${ENTITY})+`);
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * A strict, tiny XML well-formedness check (xmldom alone accepts a raw '<' in an attribute or a
 * bare '&'): one root, balanced tags, quoted attributes without duplicates, only the five
 * entities and character references, no characters XML forbids. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (INVALID_CHAR.test(xml)) problems.push('character not allowed in XML');
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (rest.length > 0) {
    let m: RegExpExecArray | null;
    if ((m = OPEN_TAG.exec(rest))) {
      if (stack.length === 0) roots++;
      const names = [...m[2].matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${m[1]}>`);
      if (!m[3]) stack.push(m[1]);
    } else if ((m = CLOSE_TAG.exec(rest))) {
      const open = stack.pop();
      if (open !== m[1]) problems.push(`</${m[1]}> closes <${open ?? 'nothing'}>`);
    } else if ((m = TEXT.exec(rest))) {
      if (stack.length === 0 && m[0].trim() !== '') problems.push('text outside the root element');
    } else {
      problems.push(`not well-formed near: ${rest.slice(0, 40)}`);
      return problems;
    }
    rest = rest.slice(m[0].length);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
