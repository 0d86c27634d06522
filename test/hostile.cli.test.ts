// The hostile corpus through the built CLI, as a user would run it: every unreadable file gets its
// stable code and one line, the run exits 2 without a stack trace and in bounded time, and the good
// files in the same run are still judged. Expectations: fixtures/hostile/expected.json.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import type { CliRun } from './helpers/cli.js';

interface Expected {
  documents: Record<string, { code: string | null; message?: string; warning?: string }>;
  policies: Record<string, { exit: number[]; message: string | null }>;
  waivers: Record<string, { exit: number[]; message: string | null }>;
}
interface JsonFile {
  path: string;
  status: 'ok' | 'error';
  error: { code: string; message: string } | null;
  findings: unknown[];
  warnings: string[];
}

const HOSTILE = 'fixtures/hostile';
const GOOD = 'fixtures/contracts/acme-standard-msa.md';
const EXPECTED = JSON.parse(readFileSync(join(ROOT, HOSTILE, 'expected.json'), 'utf8')) as Expected;
/** A stack frame ("    at fn (file:1:2)"): never shown to users without --debug. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const scratch = mkdtempSync(join(tmpdir(), 'termlint-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function timed(args: string[], opts: Parameters<typeof runCli>[1] = {}): CliRun & { seconds: number } {
  const start = performance.now();
  const run = runCli(args, opts);
  return { ...run, seconds: (performance.now() - start) / 1000 };
}

function filesOf(run: CliRun): Map<string, JsonFile> {
  const report = JSON.parse(run.stdout) as { files: JsonFile[] };
  return new Map(report.files.map((f) => [f.path, f]));
}

describe('the hostile corpus in one run, next to a good contract', () => {
  const run = timed(['check', HOSTILE, GOOD, '-f', 'json', '--quiet']);
  const files = filesOf(run);

  it('exits 2 without a stack trace, within 20 seconds', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.seconds).toBeLessThan(20);
  });

  it('has an expectation for every document in the folder, and every expectation a document', () => {
    const onDisk = readdirSync(join(ROOT, HOSTILE)).filter((f) => !/\.(policy|waivers)\.yaml$/.test(f) && f !== 'expected.json');
    expect(Object.keys(EXPECTED.documents).sort()).toEqual(onDisk.sort());
  });

  it.each(Object.entries(EXPECTED.documents))('%s -> %j', (name, expected) => {
    const file = files.get(`${HOSTILE}/${name}`);
    expect(file, `${name} is missing from the report`).toBeDefined();
    if (expected.code === null) {
      expect(file!.status).toBe('ok');
      if (expected.warning) expect(file!.warnings).toContain(expected.warning);
      return;
    }
    expect(file!.status).toBe('error');
    expect(file!.error!.code).toBe(expected.code);
    expect(file!.error!.message).not.toContain('\n');
    expect(file!.error!.message).toContain(name);
    if (expected.message) expect(file!.error!.message).toContain(expected.message);
  });

  it('still judges the good contract', () => {
    const good = files.get(GOOD)!;
    expect(good.status).toBe('ok');
    expect(good.findings.length).toBeGreaterThan(0);
  });

  it('prints one line per unreadable file in the stylish report', () => {
    const stylish = runCli(['check', `${HOSTILE}/encrypted.pdf`, `${HOSTILE}/zip-bomb.docx`, GOOD, '--quiet']);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toMatch(/encrypted\.pdf: ENCRYPTED_PDF .*remove the password/);
    expect(stylish.stdout).toMatch(/zip-bomb\.docx: TOO_LARGE /);
    expect(stylish.stdout + stylish.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('hostile policies and waivers are refused quickly with file:line:column, or run in linear time', () => {
  it.each(Object.entries(EXPECTED.policies))('%s', (name, expected) => {
    const run = timed(['check', '-p', `${HOSTILE}/${name}`, `${HOSTILE}/backtrack-bait.txt`, '--quiet']);
    expect(expected.exit).toContain(run.code);
    if (expected.message) expect(run.stderr).toContain(expected.message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.seconds).toBeLessThan(10);
  });

  it.each(Object.entries(EXPECTED.waivers))('%s (as --waivers)', (name, expected) => {
    const run = timed(['check', '--waivers', `${HOSTILE}/${name}`, GOOD, '--quiet']);
    expect(expected.exit).toContain(run.code);
    if (expected.message) expect(run.stderr).toContain(expected.message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.seconds).toBeLessThan(10);
  });

  it('refuses a policy over the 1 MB YAML limit before parsing it', () => {
    const policy = join(scratch, 'huge.policy.yaml');
    writeFileSync(policy, `termlint: 1\nname: huge\nversion: 1.0.0\n# ${'x'.repeat(1100 * 1024)}\n`);
    const run = timed(['policy', 'validate', policy]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/huge\.policy\.yaml:1:1: error: .*1\.1 MB, over the 1 MB limit for YAML files/);
    expect(run.seconds).toBeLessThan(10);
  });
});

describe('limits through the command line', () => {
  it('refuses a 20 MB single-line text under the default character limit, quickly', () => {
    const huge = join(scratch, 'huge-line.txt');
    writeFileSync(huge, 'Customer shall pay the fees within thirty (30) days. '.repeat(400_000));
    const run = timed(['check', huge, GOOD, '-f', 'json', '--quiet']);
    expect(run.code).toBe(2);
    const file = filesOf(run).get(huge)!;
    expect(file.error!.code).toBe('TOO_LARGE');
    expect(file.error!.message).toMatch(/is 21,200,000 characters, over the character limit of 5,000,000 characters; it was not checked \(raise it with --max-chars <n>\)$/);
    expect(filesOf(run).get(GOOD)!.status).toBe('ok');
    expect(run.seconds).toBeLessThan(20);
  });

  it.each([
    [['--max-pages', '1'], 'fixtures/contracts/umbrella-dpa.pdf', /over the page limit of 1 page; .*--max-pages <n>/],
    [['--max-file-size', '0.001'], GOOD, /is 7\.9 KB, over the file size limit of 1 KB; .*--max-file-size <MB>/],
    [['--max-chars', '1000'], GOOD, /over the character limit of 1,000 characters; .*--max-chars <n>/],
  ])('%j refuses %s with TOO_LARGE naming the flag', (flags, file, message) => {
    const run = runCli(['check', ...flags, file, '-f', 'json', '--quiet']);
    expect(run.code).toBe(2);
    const result = filesOf(run).get(file)!;
    expect(result.error!.code).toBe('TOO_LARGE');
    expect(result.error!.message).toMatch(message);
  });

  it('raising a limit lets the document through', () => {
    const run = runCli(['check', '--max-pages', '5000', '--jobs', '1', `${HOSTILE}/too-many-pages.pdf`, '-f', 'json', '--quiet']);
    // Past the page limit the blank pages are read: no text layer, which is the next honest answer.
    expect(filesOf(run).get(`${HOSTILE}/too-many-pages.pdf`)!.error!.code).toBe('NO_TEXT_LAYER');
  });

  it.each([
    [['--max-pages', '0'], /--max-pages must be a positive whole number, got "0"/],
    [['--max-file-size', 'lots'], /--max-file-size must be a positive number, got "lots"/],
    [['--max-chars', '1.5'], /--max-chars must be a positive whole number, got "1.5"/],
  ])('%j is a usage error (exit 2)', (flags, message) => {
    const run = runCli(['check', ...flags, GOOD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('--debug', () => {
  it('shows stack traces only when asked', () => {
    const quiet = runCli(['check', `${HOSTILE}/truncated.pdf`, '--quiet', '--jobs', '1']);
    expect(quiet.stderr).not.toMatch(STACK_FRAME);
    const debug = runCli(['check', '--debug', `${HOSTILE}/truncated.pdf`, '--quiet', '--jobs', '1']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});

describe('output safety', () => {
  it('a failed run leaves an existing report untouched', () => {
    const report = join(scratch, 'report.json');
    writeFileSync(report, 'previous report\n');
    const run = runCli(['check', '-p', `${HOSTILE}/alias-bomb.policy.yaml`, GOOD, '-o', report]);
    expect(run.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('previous report\n');
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write the report over an input document', () => {
    const input = join(scratch, 'contract.md');
    copyFileSync(join(ROOT, GOOD), input);
    const before = readFileSync(input, 'utf8');
    const run = runCli(['check', input, '-o', input, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to overwrite the input document/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses to write an annotated copy over the input document', () => {
    const input = join(scratch, 'contract.docx');
    copyFileSync(join(ROOT, 'fixtures/contracts/initech-order-form.docx'), input);
    const before = readFileSync(input);
    const run = runCli(['check', input, '--annotate', input, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/would overwrite the input document/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('writes the report when the run succeeds', () => {
    const report = join(scratch, 'ok-report.json');
    const run = runCli(['check', GOOD, '-f', 'json', '-o', report, '--quiet']);
    expect([0, 1]).toContain(run.code);
    expect(existsSync(report)).toBe(true);
    expect(JSON.parse(readFileSync(report, 'utf8')).files).toHaveLength(1);
  });
});
