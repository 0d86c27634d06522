// Golden and behavioural tests of the core commands, run through the built CLI like a user would.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expectGolden, ROOT, runCli } from './helpers/cli.js';

const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
const extractSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/extract.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'termlint-cli-'));
}

describe('termlint --version and --help', () => {
  it('prints the package version and exits 0', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('lists the commands', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['check', 'extract', 'policy', 'explain', 'init']) expect(r.stdout).toContain(cmd);
  });
  it('exits 2 on an unknown option', () => {
    expect(runCli(['check', '--no-such-flag', 'x']).code).toBe(2);
  });
});

describe('termlint check', () => {
  it('stylish report on the sample contracts (golden), built-in playbook named', () => {
    const r = runCli(['check', 'fixtures/contracts']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('built-in default playbook');
    expect(r.stdout).toContain('Consult before sending');
    expectGolden('core/check-contracts.stylish.txt', r.stdout);
  });

  it('json report validates against report.schema.json and names policy and tool', () => {
    const r = runCli(['check', '--format', 'json', 'fixtures/contracts']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const valid = ajv.validate(reportSchema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.tool.name).toBe('termlint');
    expect(report.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.files.length).toBeGreaterThanOrEqual(8);
    expectGolden('core/check-contracts.json', r.stdout);
  });

  it('reads an inserted Net 90 from the Globex redline and names Finance', () => {
    const r = runCli(['check', '--format', 'json', 'fixtures/contracts/globex-redline-msa.docx']);
    const file = JSON.parse(r.stdout).files[0];
    const payment = file.findings.find((f: { ruleId: string }) => f.ruleId === 'payment-terms');
    expect(payment.fact.value).toBe(90);
    expect(payment.owner.id).toBe('finance');
    expect(payment.excerpt).toMatch(/ninety \(90\) days/);
  });

  it('an unreadable file is an error entry with a code, never clean, and exit 2; others still judged', () => {
    const r = runCli(['check', '--format', 'json', 'fixtures/bad/empty.txt', 'fixtures/contracts/umbrella-dpa.md']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    const bad = report.files.find((f: { path: string }) => f.path.endsWith('empty.txt'));
    expect(bad.status).toBe('error');
    expect(bad.error.code).toBe('EMPTY_FILE');
    expect(bad.findings).toEqual([]);
    const good = report.files.find((f: { path: string }) => f.path.endsWith('umbrella-dpa.md'));
    expect(good.findings.length).toBeGreaterThan(0);
    expect(report.summary.unreadable).toBe(1);
  });

  it('stylish never calls a run with an unreadable file clean', () => {
    const r = runCli(['check', 'fixtures/bad/scanned.pdf']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('NO_TEXT_LAYER');
    expect(r.stdout).not.toMatch(/No deviations/);
  });

  it('a missing path is NOT_FOUND and exit 2', () => {
    const r = runCli(['check', '--format', 'json', 'no/such/file.docx']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error.code).toBe('NOT_FOUND');
  });

  it('a clean contract exits 0', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'policy.yaml'), [
      'termlint: 1', 'name: Tiny', 'version: 1.0.0',
      'owners: { finance: { name: Finance, contact: f@x.example } }',
      'rules:', '  - id: payment-terms', '    fact: payment.net_days', '    max: 45', '    severity: error', '    owner: finance', '',
    ].join('\n'));
    writeFileSync(join(dir, 'ok.md'), '# MSA\n\n1. Payment. Customer shall pay each invoice within thirty (30) days of the invoice date.\n');
    const r = runCli(['check', '-p', 'policy.yaml', 'ok.md'], { cwd: dir });
    expect(r.stdout).toContain('No deviations');
    expect(r.code).toBe(0);
  });

  it('--max-warnings turns warnings into exit 1, --min-severity and --owner filter', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'policy.yaml'), [
      'termlint: 1', 'name: Tiny', 'version: 1.0.0',
      'owners: { finance: { name: Finance }, legal: { name: Legal } }',
      'rules:',
      '  - { id: payment-terms, fact: payment.net_days, max: 45, severity: warning, owner: finance }',
      '  - { id: law, fact: governing_law.jurisdiction, in: [Delaware], severity: warning, owner: legal }', '',
    ].join('\n'));
    writeFileSync(join(dir, 'deal.md'), [
      '1. Payment. Customer shall pay each invoice within sixty (60) days of receipt.', '',
      '2. Governing Law. This Agreement is governed by the laws of the State of Texas.', '',
    ].join('\n'));
    expect(runCli(['check', '-p', 'policy.yaml', 'deal.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '-p', 'policy.yaml', '--max-warnings', '1', 'deal.md'], { cwd: dir }).code).toBe(1);
    const legalOnly = JSON.parse(runCli(['check', '-p', 'policy.yaml', '-f', 'json', '--owner', 'legal', 'deal.md'], { cwd: dir }).stdout);
    expect(legalOnly.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['law']);
    const errorsOnly = JSON.parse(runCli(['check', '-p', 'policy.yaml', '-f', 'json', '--min-severity', 'error', 'deal.md'], { cwd: dir }).stdout);
    expect(errorsOnly.files[0].findings).toEqual([]);
  });

  it('uses the nearest termlint.policy.yaml from the current folder up', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'termlint.policy.yaml'), [
      'termlint: 1', 'name: Nearest', 'version: 3.1.4', 'owners: { legal: { name: Legal } }',
      'rules:', '  - { id: need-fm, require: force-majeure, severity: error, owner: legal }', '',
    ].join('\n'));
    writeFileSync(join(dir, 'deal.txt'), '1. Fees. Fees are set out in the Order Form.\n');
    const r = runCli(['check', '-f', 'json', 'deal.txt'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.policy.name).toBe('Nearest');
    expect(report.policy.version).toBe('3.1.4');
    expect(report.files[0].findings[0].ruleId).toBe('need-fm');
    expect(r.code).toBe(1);
  });

  it('reads stdin with --stdin-format', () => {
    const r = runCli(['check', '-f', 'json', '--stdin-format', 'md', '-'], {
      input: '1. Payment. Customer shall pay each invoice within ninety (90) days of receipt.\n',
    });
    const report = JSON.parse(r.stdout);
    expect(report.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'payment-terms')).toBe(true);
  });

  it('-o writes the report to a file and refuses to overwrite the input', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'deal.md'), '1. Payment. Customer shall pay within ninety (90) days of invoice.\n');
    const ok = runCli(['check', '-f', 'json', '-o', 'report.json', 'deal.md'], { cwd: dir });
    expect(ok.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).files).toHaveLength(1);
    const clobber = runCli(['check', '-o', 'deal.md', 'deal.md'], { cwd: dir });
    expect(clobber.code).toBe(2);
    expect(readFileSync(join(dir, 'deal.md'), 'utf8')).toContain('ninety (90)');
  });

  it('an invalid policy exits 2 with file:line:column', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bad.yaml'), 'termlint: 1\nname: Bad\nversion: 1\nrules:\n  - id: x\n    fact: payment.net_dayz\n    max: 30\n');
    const r = runCli(['check', '-p', 'bad.yaml', join(ROOT, 'fixtures/contracts/umbrella-dpa.md')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:6:\d+/);
    expect(r.stderr).toContain('payment.net_days');
  });
});

describe('termlint extract', () => {
  it('json has every vocabulary fact and validates against extract.schema.json', () => {
    const r = runCli(['extract', '--format', 'json', 'fixtures/contracts/acme-standard-msa.pdf']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(ajv.validate(extractSchema, out)).toBe(true);
    const facts = out.files[0].facts;
    expect(Object.keys(facts).length).toBeGreaterThanOrEqual(44);
    expect(facts['payment.net_days'].value).toBe(30);
    expect(facts['payment.net_days'].location.page).toBeGreaterThan(0);
    expect(out.files[0].clauses.length).toBeGreaterThan(10);
  });

  it('yaml output is a valid term sheet that check accepts', () => {
    const dir = scratch();
    const r = runCli(['extract', '--format', 'yaml', join(ROOT, 'fixtures/contracts/globex-redline-msa.md')], { cwd: dir });
    expect(r.code).toBe(0);
    const sheet = parseYaml(r.stdout);
    expect(sheet.termsheet).toBe(1);
    expect(sheet.terms['payment.net_days']).toBe(90);
    writeFileSync(join(dir, 'sheet.yaml'), r.stdout);
    const back = JSON.parse(runCli(['check', '-f', 'json', 'sheet.yaml'], { cwd: dir }).stdout);
    expect(back.files[0].status).toBe('ok');
    expect(back.files[0].format).toBe('termsheet');
  });

  it('text output (golden)', () => {
    const r = runCli(['extract', 'fixtures/contracts/umbrella-dpa.md']);
    expect(r.code).toBe(0);
    expectGolden('core/extract-umbrella.txt', r.stdout);
  });
});

describe('term sheets', () => {
  it('an unknown key or a wrong type is INVALID_TERMSHEET with line:column', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'deal.yaml'), 'termsheet: 1\ncustomer: Globex\nterms:\n  payment.net_dayz: 60\n  sla.uptime_percent: high\n');
    const r = runCli(['check', '-f', 'json', 'deal.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stdout).files[0].error;
    expect(err.code).toBe('INVALID_TERMSHEET');
    expect(err.message).toMatch(/deal\.yaml:4:\d+/);
    expect(err.message).toMatch(/deal\.yaml:5:\d+/);
  });
});

describe('termlint policy validate / explain / init', () => {
  it('the built-in playbook validates', () => {
    const r = runCli(['policy', 'validate', 'policies/default.policy.yaml']);
    expect(r.stdout).toContain('valid policy');
    expect(r.code).toBe(0);
  });

  it('reports every problem at once with file:line:column (golden)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'p.yaml'), [
      'termlint: 1', 'name: Planted', 'version: 1.0.0',
      'owners: { legal: { name: Legal } }',
      'rules:',
      '  - id: a', '    fact: governing_law.jurisdiction', '    max: 3', '    owner: legal',
      '  - id: a', '    require: limitation-of-liabilty', '    owner: legl',
      '  - id: c', '    fact: payment.net_days', '    severity: fatal', '',
    ].join('\n'));
    const r = runCli(['policy', 'validate', 'p.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/p\.yaml:8:\d+: error: .*max/);
    expect(r.stdout).toMatch(/p\.yaml:10:\d+: error: .*duplicate/i);
    expect(r.stdout).toMatch(/p\.yaml:11:\d+: error: .*did you mean '?limitation-of-liability/);
    expect(r.stdout).toMatch(/p\.yaml:12:\d+: error: .*legl.*legal/);
    expect(r.stdout).toMatch(/p\.yaml:15:\d+: error: .*severity/);
    expectGolden('core/validate-planted.txt', r.stdout);
  });

  it('explain shows owner, why, fallback and examples', () => {
    const r = runCli(['explain', 'payment-terms']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Owner:\s+Finance/);
    expect(r.stdout).toMatch(/Why:/);
    expect(r.stdout).toMatch(/Fallback:/);
    expect(r.stdout).toMatch(/Fails:/);
  });

  it('explain suggests a close rule id', () => {
    const r = runCli(['explain', 'payment-term']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "payment-terms"');
  });

  it('init writes a starter policy that validates, and refuses to overwrite', () => {
    const dir = scratch();
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'termlint.policy.yaml'))).toBe(true);
    expect(runCli(['policy', 'validate'], { cwd: dir }).code).toBe(0);
    expect(runCli(['init'], { cwd: dir }).code).toBe(2);
  });
});
