// The classifier's training script: CUAD list parsing, snippet-to-clause labelling, and byte-for-byte
// determinism on a tiny synthetic data set. Needs a build (`npx tsc -p .`): the script scores with dist/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { fnv1a, overlappingClauses, parsePythonStringList, prng } from '../scripts/train-classifier.mjs';
import { PACKAGE_ROOT } from '../src/version.js';

describe('parsePythonStringList (CUAD clause columns)', () => {
  it.each([
    ['[]', []],
    ['', []],
    ["['one', 'two']", ['one', 'two']],
    ['["it\'s here", \'plain\']', ["it's here", 'plain']],
    ["['a \\'quoted\\' word']", ["a 'quoted' word"]],
    ["['line\\nbreak', 'tab\\there']", ['line\nbreak', 'tab\there']],
    ["['caf\\xe9']", ['café']],
    ["['x, y', \"z\"]", ['x, y', 'z']],
  ])('%j', (text, expected) => {
    expect(parsePythonStringList(text)).toEqual(expected);
  });

  it.each([['not a list'], ["['unterminated]"]])('rejects %j', (text) => {
    expect(() => parsePythonStringList(text)).toThrow();
  });
});

describe('overlappingClauses', () => {
  const clauses = [
    'Licensee shall maintain general liability insurance in an amount of not less than one million dollars.',
    'This Agreement is governed by the laws of the State of Delaware without regard to conflicts principles.',
    'Insurance.',
  ];
  it.each([
    ['the whole first clause', clauses[0]!, [0]],
    ['a sentence inside the first', 'maintain general liability insurance in an amount of not less', [0]],
    ['a snippet spanning two clauses', 'not less than one million dollars. This Agreement is governed by the laws', [0, 1]],
    ['a short phrase', 'Insurance', [0, 2]],
    ['nothing', 'Supplier may audit the books and records once a year', []],
  ])('%s', (_name, snippet, expected) => {
    expect(overlappingClauses(clauses, snippet)).toEqual(expected);
  });
});

describe('seeded helpers', () => {
  it('fnv1a and prng are fixed functions of their input', () => {
    expect(fnv1a('a')).toBe(0xe40c292c);
    const a = prng(7);
    const b = prng(7);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

/** Twelve tiny contracts: half carry an insurance clause (labelled), half do not. */
function syntheticDataset() {
  const filler = [
    'This Agreement shall be governed by the laws of the State of New York.',
    'All notices shall be in writing and delivered to the addresses set out above.',
    'Neither party may assign this Agreement without the prior written consent of the other party.',
    'Customer shall pay each invoice within thirty days of receipt.',
  ];
  const contracts = [];
  for (let i = 0; i < 12; i++) {
    const insured = i % 2 === 0;
    const clauses = filler.map((text, j) => ({ heading: `Section ${j + 1}`, text: `${text} Variant ${i}.`, rules: [], labels: [] as string[] }));
    if (insured) {
      clauses.push({ heading: 'Insurance', text: `Supplier shall maintain general liability insurance of ${i + 1} million dollars.`, rules: i % 4 === 0 ? ['insurance'] : [], labels: ['Insurance'] });
    }
    contracts.push({ name: `contract-${String(i).padStart(2, '0')}.txt`, labels: { Insurance: insured }, rulesSay: { Insurance: i % 4 === 0 }, clauses });
  }
  // Out of order on purpose: the script sorts its inputs.
  return { source: 'synthetic', contracts: contracts.reverse() };
}

describe('train-classifier.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termlint-train-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(syntheticDataset()));

  const run = (name: string) => {
    execFileSync(process.execPath, [
      join(PACKAGE_ROOT, 'scripts', 'train-classifier.mjs'), '--dataset', join(dir, 'dataset.json'), '--folds', '3', '--no-spotcheck',
      '--out', join(dir, name, 'model.json'), '--manifest', join(dir, name, 'MANIFEST.json'), '--report', join(dir, name, 'report.md'),
    ], { stdio: 'pipe' });
    const sha = (f: string) => createHash('sha256').update(readFileSync(join(dir, name, f))).digest('hex');
    return { model: sha('model.json'), report: sha('report.md'), json: JSON.parse(readFileSync(join(dir, name, 'model.json'), 'utf8')) };
  };

  it('writes the same model and report bytes twice, and the manifest records the model', () => {
    const first = run('a');
    const second = run('b');
    expect(second.model).toBe(first.model);
    expect(second.report).toBe(first.report);
    const manifest = JSON.parse(readFileSync(join(dir, 'a', 'MANIFEST.json'), 'utf8'));
    expect(manifest['model.json'].sha256).toBe(first.model);
  });

  it('learns the synthetic insurance clause and nothing for labels without examples', () => {
    const { json } = run('c');
    const insurance = json.labels.find((l: { name: string }) => l.name === 'insurance');
    expect(insurance.weights.insurance).toBeGreaterThan(0);
    const mfn = json.labels.find((l: { name: string }) => l.name === 'mfn');
    expect(mfn.weights).toEqual({});
    expect(json.provenance.licence).toMatch(/CC BY 4\.0/);
  });
});
