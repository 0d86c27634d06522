// JSON report: field order and content of report.md, validated against schemas/report.schema.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, getFormatter, summarise } from '../src/report/index.js';
import { formatJson } from '../src/report/json.js';
import type { ReportInput } from '../src/report/types.js';
import type { FileResult, Finding } from '../src/types.js';
import { finance, finding, legal } from './helpers/report-input.js';

const ROOT = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);


const files: FileResult[] = [
  {
    path: '/repo/deals/globex.docx',
    format: 'docx',
    status: 'ok',
    error: null,
    findings: [
      finding(),
      finding({
        ruleId: 'liability-cap',
        severity: 'warning',
        owner: legal,
        fact: { name: 'liability.cap_amount', value: { currency: 'USD', amount: 5_000_000 }, expected: '<= USD 1,000,000' },
        change: { type: 'insertion', author: 'Jane Buyer', date: '2026-02-01T10:00:00Z' },
      }),
      finding({ ruleId: 'late-interest', severity: 'info', waived: { by: 'Dana Ruiz', reason: 'Q4 review', expires: '2027-03-31' } }),
    ],
    warnings: ['named .pdf but is a Word document; read as docx'],
  },
  {
    path: '/repo/deals/scan.pdf',
    format: 'pdf',
    status: 'error',
    error: { code: 'NO_TEXT_LAYER', message: 'deals/scan.pdf has no extractable text (scanned image?); it was not checked' },
    findings: [],
  },
];

const input: ReportInput = {
  tool: { name: 'termlint', version: '0.1.0' },
  policy: { name: 'Acme SaaS playbook', version: '2026.3.0', source: 'termlint.policy.yaml', sha256: 'ab'.repeat(32), builtin: false, effective: null },
  files,
  owners: { finance, legal },
  color: true,
  cwd: '/repo',
};

describe('json report', () => {
  const text = formatJson(input);
  const report = JSON.parse(text);

  it('is valid against schemas/report.schema.json', () => {
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is 2-space indented with a trailing newline and stable across runs', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "tool": {');
    expect(formatJson(structuredClone(input))).toBe(text);
  });

  it('keeps the key order of report.md', () => {
    expect(Object.keys(report)).toEqual(['tool', 'policy', 'files', 'summary']);
    expect(Object.keys(report.policy).slice(0, 4)).toEqual(['name', 'version', 'source', 'sha256']);
    expect(Object.keys(report.files[0]).slice(0, 5)).toEqual(['path', 'format', 'status', 'error', 'findings']);
    expect(Object.keys(report.files[0].findings[0])).toEqual([
      'ruleId', 'severity', 'owner', 'message', 'topic', 'fact', 'clause', 'location', 'excerpt', 'fallback', 'waived', 'change',
    ]);
    // money keys in the documented order even when the input had them the other way round
    expect(Object.keys(report.files[0].findings[1].fact.value)).toEqual(['amount', 'currency']);
  });

  it('prints paths relative to cwd and keeps every finding field', () => {
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['deals/globex.docx', 'deals/scan.pdf']);
    expect(report.files[0].findings[0]).toEqual({
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
    });
    expect(report.files[0].findings[1].change).toEqual({ type: 'insertion', author: 'Jane Buyer', date: '2026-02-01T10:00:00Z' });
    expect(report.files[1].error.code).toBe('NO_TEXT_LAYER');
    expect(report.files[0].warnings).toEqual(['named .pdf but is a Word document; read as docx']);
  });

  it('summarises without counting the waived finding', () => {
    expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 1, infos: 0, unreadable: 1, waived: 1, byOwner: { finance: 1, legal: 1 } });
  });

  it('has no colour codes even when colour is on', () => {
    expect(text).not.toMatch(/\u001b\[/);
  });
});

describe('report.schema.json rejects broken reports', () => {
  const good = JSON.parse(formatJson(input));
  const broken: Array<[string, (r: any) => void]> = [
    ['summary missing', (r) => delete r.summary],
    ['unknown severity', (r) => (r.files[0].findings[0].severity = 'fatal')],
    ['finding without ruleId', (r) => delete r.files[0].findings[0].ruleId],
    ['status not ok/error', (r) => (r.files[0].status = 'clean')],
    ['unreadable file without an error', (r) => (r.files[1].error = null)],
    ['ok file with an error object', (r) => (r.files[0].error = { code: 'NOT_FOUND', message: 'x' })],
    ['lower-case error code', (r) => (r.files[1].error.code = 'no_text')],
    ['negative count', (r) => (r.summary.errors = -1)],
    ['page 0', (r) => (r.files[0].findings[0].location.page = 0)],
    ['fact value of a wrong type', (r) => (r.files[0].findings[0].fact.value = { amount: '1' })],
    ['tool name', (r) => (r.tool.name = 'eslint')],
  ];
  it.each(broken)('%s', (_name, breakIt) => {
    const report = structuredClone(good);
    breakIt(report);
    expect(validate(report)).toBe(false);
  });
});

describe('summarise', () => {
  it.each<[string, FileResult[], ReturnType<typeof summarise>]>([
    ['no files', [], { files: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0, waived: 0, byOwner: {} }],
    ['given fixture', files, { files: 2, errors: 1, warnings: 1, infos: 0, unreadable: 1, waived: 1, byOwner: { finance: 1, legal: 1 } }],
    [
      'owner-less findings count but are not in byOwner',
      [{ path: 'a.txt', format: 'txt', status: 'ok', error: null, findings: [finding({ owner: null, severity: 'info' })] }],
      { files: 1, errors: 0, warnings: 0, infos: 1, unreadable: 0, waived: 0, byOwner: {} },
    ],
  ])('%s', (_name, given, expected) => {
    expect(summarise(given)).toEqual(expected);
  });

  it('sorts byOwner keys whatever order findings come in', () => {
    const s = summarise([{ path: 'a', format: 'txt', status: 'ok', error: null, findings: [finding({ owner: legal }), finding()] }]);
    expect(Object.keys(s.byOwner)).toEqual(['finance', 'legal']);
  });
});

describe('formatter table', () => {
  it('knows stylish and json, and nothing by accident', () => {
    expect(Object.keys(FORMATTERS)).toEqual(expect.arrayContaining(['stylish', 'json']));
    expect(getFormatter('json')).toBe(formatJson);
    expect(getFormatter('stylish')).not.toBeNull();
    expect(getFormatter('toString')).toBeNull();
    expect(getFormatter('xml')).toBeNull();
  });
});
