// The check command at scale, run as a user would: --jobs gives the same report as --jobs 1,
// --timeout stops slow documents without stopping the run, shards cover the list, and no
// progress line reaches a stderr that is not a terminal.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

interface JsonReport {
  files: Array<{ path: string; status: string; error: { code: string } | null }>;
}
const paths = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.map((f) => f.path);

describe('termlint check --jobs / --timeout / --shard', () => {
  it('gives the same JSON with --jobs 2 as with --jobs 1 on fixtures/contracts', () => {
    const one = runCli(['check', 'fixtures/contracts', '--format', 'json', '--jobs', '1']);
    const two = runCli(['check', 'fixtures/contracts', '--format', 'json', '--jobs', '2']);
    expect(paths(one.stdout).length).toBeGreaterThan(5);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  it.each([['1'], ['2']])('turns a document over its --timeout into a TIMEOUT entry and goes on (--jobs %s)', (jobs) => {
    const pdfs = ['fixtures/contracts/acme-standard-msa.pdf', 'fixtures/contracts/umbrella-dpa.pdf', 'fixtures/bad/../contracts/acme-standard-msa.pdf'];
    const run = runCli(['check', ...pdfs, '--format', 'json', '--timeout', '0.001', '--jobs', jobs]);
    const report = JSON.parse(run.stdout) as JsonReport;
    // Three documents on two workers: the third runs on a replacement for a terminated worker.
    expect(report.files.map((f) => f.error?.code)).toEqual(['TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('splits the file list into shards that together are the whole list, each file once', () => {
    const whole = paths(runCli(['check', 'fixtures/contracts/*.md', '--format', 'json', '--jobs', '1']).stdout);
    const shards = ['1/3', '2/3', '3/3'].map((s) =>
      paths(runCli(['check', 'fixtures/contracts/*.md', '--format', 'json', '--jobs', '1', '--shard', s]).stdout),
    );
    expect(whole.length).toBeGreaterThan(3);
    expect(shards.flat().sort()).toEqual([...whole].sort());
    expect(new Set(shards.flat()).size).toBe(whole.length);
  });

  it('exits 0 with an empty report for an empty shard', () => {
    const run = runCli(['check', 'fixtures/contracts/umbrella-dpa.md', '--format', 'json', '--shard', '2/2']);
    expect(run.code).toBe(0);
    expect(paths(run.stdout)).toEqual([]);
  });

  it('writes no progress line when stderr is not a terminal', () => {
    const run = runCli(['check', 'fixtures/contracts', '--format', 'json', '--jobs', '2']);
    expect(paths(run.stdout).length).toBeGreaterThan(5);
    expect(run.stderr).toBe('');
  });

  it.each([
    [['--jobs', '0'], /--jobs must be a whole number/],
    [['--timeout', '-1'], /--timeout must be a positive number/],
    [['--shard', '3/2'], /--shard must be i\/n/],
  ])('rejects %j with exit code 2', (args, message) => {
    const run = runCli(['check', 'fixtures/contracts/umbrella-dpa.md', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
