// --cache: an entry hits only while the file's bytes, the effective policy (extends chain
// included), the tool version and the options are unchanged; unreadable documents are never stored.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResultCache, runKey } from '../src/cli/cache.js';
import type { FileResult, Policy } from '../src/types.js';
import { runCli } from './helpers/cli.js';

const POLICY = { termlint: 1, name: 'p', version: '1', rules: [{ id: 'r', severity: 'error' }] } as unknown as Policy;
const OK: FileResult = { path: 'a.md', format: 'md', status: 'ok', error: null, findings: [] };

describe('ResultCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termlint-cache-'));
  const doc = join(dir, 'a.md');
  const cacheFile = join(dir, 'cache.json');

  it('hits for the same bytes, policy and tool version, and survives a save/load', async () => {
    writeFileSync(doc, 'one');
    const cache = new ResultCache(cacheFile, runKey(POLICY, '1.0.0')).load();
    const key = await cache.keyFor(doc);
    expect(cache.get('a.md', key)).toBeNull();
    cache.set('a.md', key, OK);
    expect(cache.save()).toBeNull();
    const again = new ResultCache(cacheFile, runKey(POLICY, '1.0.0')).load();
    expect(again.get('a.md', await again.keyFor(doc))).toEqual(OK);
  });

  it('misses when the file changes', async () => {
    writeFileSync(doc, 'two');
    const cache = new ResultCache(cacheFile, runKey(POLICY, '1.0.0')).load();
    expect(cache.get('a.md', await cache.keyFor(doc))).toBeNull();
  });

  it('misses when the policy, the tool version or the options change', async () => {
    writeFileSync(doc, 'one');
    const tighter = { ...POLICY, rules: [{ id: 'r', severity: 'warning' }] } as unknown as Policy;
    for (const key of [runKey(tighter, '1.0.0'), runKey(POLICY, '1.0.1'), runKey(POLICY, '1.0.0', { against: 't.docx' })]) {
      const cache = new ResultCache(cacheFile, key).load();
      expect(cache.get('a.md', await cache.keyFor(doc))).toBeNull();
    }
  });

  it('never stores results of documents that could not be read, and drops an old entry for them', async () => {
    const cache = new ResultCache(cacheFile, runKey(POLICY, '1.0.0')).load();
    const key = await cache.keyFor(doc);
    expect(cache.get('a.md', key)).toEqual(OK);
    cache.set('a.md', key, { ...OK, status: 'error', error: { code: 'CORRUPT_PDF', message: 'x' } });
    expect(cache.get('a.md', key)).toBeNull();
    expect(await cache.keyFor(join(dir, 'missing.md'))).toBeNull();
  });

  it('treats a damaged cache file as empty', () => {
    writeFileSync(cacheFile, '{ not json');
    expect(new ResultCache(cacheFile, runKey(POLICY, '1.0.0')).load().size).toBe(0);
  });
});

describe('termlint check --cache (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termlint-cache-cli-'));
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'contracts', name), 'utf8');
  // TERMLINT_DEBUG makes the pipeline say which documents it analysed (a cache hit is not analysed).
  const check = () =>
    runCli(['check', '.', '--cache', '--jobs', '1', '--format', 'json', '-p', 'top.policy.yaml'], {
      cwd: dir, env: { TERMLINT_DEBUG: '1' },
    });
  const analysed = (stderr: string) => [...stderr.matchAll(/termlint: analysed (\S+)/g)].map((m) => m[1]).sort();
  const basePolicy = (max: number) =>
    `termlint: 1\nname: base\nversion: "1"\nextends: [termlint:default]\nrules:\n  - id: payment-terms\n    fact: payment.net_days\n    max: ${max}\n    severity: error\n    owner: finance\n`;

  beforeAll(() => {
    writeFileSync(join(dir, 'acme.md'), fixture('acme-standard-msa.md'));
    writeFileSync(join(dir, 'umbrella.txt'), fixture('umbrella-dpa.txt'));
    writeFileSync(join(dir, 'base.policy.yaml'), basePolicy(45));
    writeFileSync(join(dir, 'top.policy.yaml'), 'termlint: 1\nname: top\nversion: "1"\nextends: [./base.policy.yaml]\nrules: []\n');
  });

  it('analyses every file once, then reuses the results with the same report', () => {
    const first = check();
    expect(analysed(first.stderr)).toEqual(['acme.md', 'umbrella.txt']);
    const second = check();
    expect(analysed(second.stderr)).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
  });

  it('re-analyses only the file that changed', () => {
    writeFileSync(join(dir, 'umbrella.txt'), `${fixture('umbrella-dpa.txt')}\nAn added line.\n`);
    expect(analysed(check().stderr)).toEqual(['umbrella.txt']);
  });

  it('re-analyses everything when a policy in the extends chain changes', () => {
    writeFileSync(join(dir, 'base.policy.yaml'), basePolicy(30));
    expect(analysed(check().stderr)).toEqual(['acme.md', 'umbrella.txt']);
    expect(analysed(check().stderr)).toEqual([]);
  });
});
