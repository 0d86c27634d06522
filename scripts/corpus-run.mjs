#!/usr/bin/env node
// Run `termlint check` and `termlint extract` over the real documents of ../shared/corpus and
// print how many were read and the errors by code (the README's "Real documents" table).
// Usage: node scripts/corpus-run.mjs [--corpus DIR]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argi = process.argv.indexOf('--corpus');
const corpus = resolve(argi > 0 ? process.argv[argi + 1] : process.env.TERMLINT_CORPUS ?? join(root, '..', 'shared', 'corpus'));

function walk(dir, pick, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, pick, out);
    else if (pick(name)) out.push(full);
  }
  return out;
}

const sets = [
  ['CUAD dev txt', walk(join(corpus, 'cuad_v1/full_contract_txt'), (n) => n.endsWith('.txt'))],
  ['CUAD dev pdf', walk(join(corpus, 'cuad_v1/full_contract_pdf'), (n) => /\.pdf$/i.test(n))],
  ['Open Agreements docx', walk(join(corpus, 'open_agreements_templates'), (n) => n.endsWith('.docx'))],
  ['Common Paper md', walk(join(corpus, 'commonpaper'), (n) => n.endsWith('.md'))],
];

function run(command, files) {
  const counts = { files: 0, ok: 0, crashes: 0, errors: {} };
  for (let i = 0; i < files.length; i += 40) {
    const batch = files.slice(i, i + 40);
    const r = spawnSync(process.execPath, [join(root, 'bin/termlint.js'), command, '--format', 'json', ...batch], {
      encoding: 'utf8', maxBuffer: 1 << 30, timeout: 20 * 60_000,
    });
    let report;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      counts.crashes += batch.length; // no parseable report: count the batch as crashed
      process.stderr.write(`${command} batch ${i}: exit ${r.status}\n${r.stderr.slice(0, 2000)}\n`);
      continue;
    }
    for (const f of report.files) {
      counts.files++;
      if (f.status === 'ok') counts.ok++;
      else counts.errors[f.error.code] = (counts.errors[f.error.code] ?? 0) + 1;
    }
  }
  return counts;
}

console.log('| documents | command | files | read | errors by code | crashes |');
console.log('|---|---|---:|---:|---|---:|');
for (const [name, files] of sets) {
  for (const command of ['check', 'extract']) {
    const c = run(command, files);
    const errs = Object.entries(c.errors).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    console.log(`| ${name} | ${command} | ${c.files} | ${c.ok} | ${errs} | ${c.crashes} |`);
  }
}
