// SARIF report: valid against the SARIF 2.1.0 JSON schema, and shaped the way GitHub code
// scanning reads it (rules, levels, repo-relative URIs, regions, fingerprints, suppressions).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { artifactUri, fingerprint, formatSarif } from '../src/report/sarif.js';
import { expectGolden } from './helpers/cli.js';
import { clean, dpa, finding, globex, reportInput, runFormat, scan } from './helpers/report-input.js';

// The SARIF 2.1.0 schema as published on npm by Microsoft's SARIF SDK team (MIT), in
// @microsoft/jest-sarif (a devDependency). SARIF_SCHEMA may point at another copy.
function sarifSchemaPath(): string | null {
  if (process.env.SARIF_SCHEMA) return process.env.SARIF_SCHEMA;
  try {
    return createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  } catch {
    return null;
  }
}

function sarifValidator() {
  const path = sarifSchemaPath();
  if (!path || !existsSync(path)) return null;
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  // That copy is written in draft-04 (`id`); ajv 8 reads it as draft-07 once the id keyword is
  // renamed (it has no draft-04-only keywords such as boolean exclusiveMinimum).
  if (schema.id && !schema.$id) {
    schema.$id = schema.id;
    delete schema.id;
  }
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  // unicodeRegExp off: the schema's `language` pattern has a stray ']' that the u flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // Formats the schema uses, checked for real: a bad artifact URI is exactly what breaks uploads.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\<>"{}|^`]/.test(s) && URL.canParse(s, 'file:///repo/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const validate = sarifValidator();
const haveSchema = validate !== null;
if (!haveSchema) console.warn('SARIF schema not found: add the devDependency @microsoft/jest-sarif (or set SARIF_SCHEMA) to validate against it');

// Parsed SARIF is checked field by field below; a full type would only restate the schema.
type Json = any;

function sarif(files = [globex, dpa, clean, scan], over = {}): Json {
  return JSON.parse(formatSarif(reportInput(files, over)));
}

describe('sarif report', () => {
  const log = sarif();
  const run = log.runs[0];
  const results: Json[] = run.results;
  const byRule = (id: string) => results.find((r) => r.ruleId === id);

  it.skipIf(!haveSchema)('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate!(log);
    expect(validate!.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.skipIf(!haveSchema)('the schema check catches a broken log (so the check is real)', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'deals/globex msa.docx';
    expect(validate!(broken)).toBe(false);
  });

  it('names the schema, the version and the tool', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'termlint', version: '0.1.0', informationUri: expect.stringMatching(/^https:/) });
  });

  it('lists every checked rule with descriptions, level, help link and owner tag', () => {
    const ids = run.tool.driver.rules.map((r: Json) => r.id);
    expect(ids).toEqual(['payment-terms', 'late-interest', 'liability-cap', 'governing-law', 'logo-use', 'no-non-compete']);
    const payment = run.tool.driver.rules[0];
    expect(payment).toMatchObject({
      name: 'PaymentTerms',
      shortDescription: { text: 'Payment due in … days; our norm is Net … or shorter.' },
      fullDescription: { text: 'Longer terms strain cash flow.' },
      helpUri: 'https://wiki.acme.example/playbook#payment',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['owner:finance'] },
    });
    expect(payment.help.text).toContain('Fallback wording: Fees are due within forty-five (45) days');
    expect(run.tool.driver.rules[4]).toMatchObject({ defaultConfiguration: { level: 'note' }, properties: { tags: [] } });
    expect(run.tool.driver.rules[1].helpUri).toBeUndefined();
  });

  it('points each result at its rule by id and index', () => {
    for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('adds rules that only findings name (e.g. template-deviation) to the catalogue', () => {
    const extra = finding({ ruleId: 'template-deviation', severity: 'warning' });
    const r = sarif([{ ...globex, findings: [extra] }]).runs[0];
    const index = r.results[0].ruleIndex;
    expect(r.tool.driver.rules[index]).toMatchObject({ id: 'template-deviation', defaultConfiguration: { level: 'warning' } });
  });

  it.each([
    ['payment-terms', 'error'],
    ['late-interest', 'warning'],
    ['logo-use', 'note'],
  ])('maps %s to level %s', (id, level) => {
    expect(byRule(id).level).toBe(level);
  });

  it('uses a repo-relative, percent-encoded URI and no region for a Word document', () => {
    const loc = byRule('payment-terms').locations[0];
    expect(loc.physicalLocation).toEqual({ artifactLocation: { uri: 'deals/globex%20msa.docx' } });
    expect(loc.properties).toEqual({ page: 3, paragraph: 41 });
    expect(loc.logicalLocations).toEqual([{ name: '4.2 Payment', fullyQualifiedName: '4.2', kind: 'section' }]);
    expect(byRule('payment-terms').message.text).toBe('Payment due in 60 days; our norm is Net 45 or shorter. (4.2 Payment, p. 3, ¶ 41)');
  });

  it('gives a 1-based line region where the document has lines', () => {
    const r = byRule('governing-law');
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'deals/dpa.txt' }, region: { startLine: 57 } });
    expect(r.message.text).toBe('Governed by "Ireland", 100% foreign: needs Legal\r\nsee *note* & <b>');
  });

  it('has a whole-document finding point at the file only', () => {
    const loc = byRule('logo-use').locations[0];
    expect(loc).toEqual({ physicalLocation: { artifactLocation: { uri: 'deals/globex%20msa.docx' } } });
  });

  it('fingerprints rule + normalised text, so shifted lines or re-wrapped text keep the alert', () => {
    const a = finding({ excerpt: 'Payable within  SIXTY (60)\n days', location: { page: 1, paragraph: 2, line: 10 } });
    const b = finding({ excerpt: 'payable within sixty (60) days', location: { page: 5, paragraph: 9, line: 99 } });
    const c = finding({ ruleId: 'other-rule', excerpt: 'payable within sixty (60) days' });
    const fp = (f: typeof a) => sarif([{ ...globex, findings: [f] }]).runs[0].results[0].partialFingerprints['termlint/v1'];
    expect(fp(a)).toBe(fp(b));
    expect(fp(a)).not.toBe(fp(c));
    expect(fp(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint('x', 'A  b')).toBe(fingerprint('x', 'a b'));
  });

  it('uses the clause when a finding has no excerpt', () => {
    const noExcerpt = finding({ excerpt: null });
    const r = sarif([{ ...globex, findings: [noExcerpt] }]).runs[0].results[0];
    expect(r.partialFingerprints['termlint/v1']).toBe(fingerprint('payment-terms', '4.2 Payment'));
  });

  it('marks a waived finding with an external suppression and keeps unwaived ones unsuppressed', () => {
    expect(byRule('late-interest').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Q4 review (waived by Dana Ruiz until 2027-03-31)' },
    ]);
    expect(byRule('payment-terms').suppressions).toBeUndefined();
  });

  it('carries owner, excerpt, fallback and the tracked change in properties', () => {
    const p = byRule('liability-cap').properties;
    expect(p.owner).toEqual({ id: 'legal', name: 'Legal', contact: 'legal@acme.example' });
    expect(p.excerpt).toBe('shall not exceed three times (3x) the fees');
    expect(p.change).toEqual({ type: 'insertion', author: 'Jane Buyer', date: '2026-02-01T10:00:00Z' });
    expect(byRule('payment-terms').properties.fact).toEqual({ name: 'payment.net_days', value: 60, expected: '<= 45' });
  });

  it('reports an unreadable file as a failed execution with an error notification naming file and code', () => {
    const invocation = run.invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    const errors = invocation.toolExecutionNotifications.filter((n: Json) => n.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        message: { text: 'NO_TEXT_LAYER: deals/scan.pdf has no extractable text (scanned image?); it was not checked' },
        descriptor: { id: 'NO_TEXT_LAYER' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'deals/scan.pdf' } } }],
      },
    ]);
    expect(results.some((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'deals/scan.pdf')).toBe(false);
  });

  it('reports a successful execution when every file was read', () => {
    const r = sarif([clean]).runs[0];
    expect(r.invocations).toEqual([{ executionSuccessful: true }]);
    expect(r.results).toEqual([]);
  });

  it.each([
    ['/repo/deals/a.docx', 'deals/a.docx'],
    ['/repo/deals/Q4 #1 (50%).pdf', 'deals/Q4%20%231%20(50%25).pdf'],
    ['deals/x.md', 'deals/x.md'],
    ['../other/x.md', '../other/x.md'],
    ['/elsewhere/x y.md', 'file:///elsewhere/x%20y.md'],
  ])('artifact URI of %s is %s', (path, uri) => {
    expect(artifactUri(path, '/repo')).toBe(uri);
  });
});

describe('termlint check -f sarif (golden)', () => {
  const r = runFormat('sarif');

  it('exits 2 because a document could not be read', () => {
    expect(r.code).toBe(2);
  });

  it.skipIf(!haveSchema)('is schema-valid', () => {
    const ok = validate!(JSON.parse(r.stdout));
    expect(validate!.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('matches the golden file', () => {
    expectGolden('formats/contracts.sarif', r.stdout);
  });
});
