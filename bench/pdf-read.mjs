#!/usr/bin/env node
// Micro-benchmark of the PDF reader alone (src/read/pdf.ts, built to dist/), in one process, on
// CUAD PDFs (../shared/corpus/cuad_v1, CC BY 4.0), with the CPU time of a pdftotext loop over the
// same files as the anchor. CPU time (user + sys), not wall time: the machine is shared. Usage:
//   node bench/pdf-read.mjs [--limit 20] [--offset 0] [--module dist/read/pdf.js]
//                           [--dump blocks.json] [--compare blocks.json] [--no-anchor]
// --dump writes every file's blocks; --compare reads such a file and reports, per PDF, whether the
// joined text is identical, equal word for word, or different (with the first differing words).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const CORPUS = resolve(ROOT, arg('--corpus', '../shared/corpus/cuad_v1'));
const LIMIT = Number(arg('--limit', '20'));
const OFFSET = Number(arg('--offset', '0'));
const MODULE = resolve(ROOT, arg('--module', 'dist/read/pdf.js'));
const DUMP = arg('--dump', null);
const COMPARE = arg('--compare', null);
const ANCHOR = !process.argv.includes('--no-anchor');

/** The pdf_path column of the CUAD index (paths hold commas only inside quotes). */
function pdfPaths() {
  const text = readFileSync(join(CORPUS, 'contract_index.dev.csv'), 'utf8');
  const paths = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    if (fields && fields[2]) paths.push(join(CORPUS, fields[2]));
  }
  return paths;
}

const cpuMs = (u) => (u.user + u.system) / 1000;
const files = pdfPaths().slice(OFFSET, OFFSET + LIMIT);
const { readPdf } = await import(pathToFileURL(MODULE).href);

const results = {};
let pages = 0;
// The first call loads pdf.js (a one-off per worker); it is timed apart from the per-PDF cost.
const loadStart = process.cpuUsage();
await readPdf(new Uint8Array(readFileSync(files[0])), files[0]).catch(() => undefined);
const loadMs = cpuMs(process.cpuUsage(loadStart));

const start = process.cpuUsage();
const wallStart = process.hrtime.bigint();
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  try {
    const doc = await readPdf(bytes, file);
    pages += doc.pages;
    results[file.slice(CORPUS.length + 1)] = doc.blocks.map((b) => [b.location.page, b.text]);
  } catch (err) {
    results[file.slice(CORPUS.length + 1)] = { error: err.code ?? String(err) };
  }
}
const readerMs = cpuMs(process.cpuUsage(start));
const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;

let anchorMs = null;
if (ANCHOR) {
  // One pdftotext process per PDF, as a user's loop would run it; GNU time sums the children.
  const script = 'for f in "$@"; do pdftotext "$f" - >/dev/null; done';
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', 'sh', '-c', script, 'sh', ...files], { encoding: 'utf8' });
  const [user, sys] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  anchorMs = (user + sys) * 1000;
}

const perPdf = (ms) => (ms / files.length).toFixed(1);
console.log(`${files.length} PDFs, ${pages} pages; pdf.js load ${loadMs.toFixed(0)} ms CPU (once)`);
console.log(`reader: ${readerMs.toFixed(0)} ms CPU (${perPdf(readerMs)} ms/PDF, ${(readerMs / pages).toFixed(2)} ms/page), wall ${wallMs.toFixed(0)} ms`);
if (anchorMs !== null) {
  console.log(`pdftotext loop: ${anchorMs.toFixed(0)} ms CPU (${perPdf(anchorMs)} ms/PDF); reader / pdftotext = ${(readerMs / anchorMs).toFixed(2)}`);
}
if (DUMP) writeFileSync(DUMP, JSON.stringify(results));

if (COMPARE) {
  const before = JSON.parse(readFileSync(COMPARE, 'utf8'));
  const words = (blocks) => (Array.isArray(blocks) ? blocks.map((b) => b[1]).join(' ').split(/\s+/).filter(Boolean) : [JSON.stringify(blocks)]);
  let identical = 0;
  let sameWords = 0;
  const differ = [];
  for (const [name, blocks] of Object.entries(results)) {
    if (!(name in before)) continue;
    if (JSON.stringify(before[name]) === JSON.stringify(blocks)) { identical += 1; continue; }
    const a = words(before[name]);
    const b = words(blocks);
    if (a.join(' ') === b.join(' ')) { sameWords += 1; continue; }
    let i = 0;
    while (i < a.length && a[i] === b[i]) i += 1;
    differ.push(`${name}: word ${i} of ${a.length}/${b.length}: before "${a.slice(i, i + 6).join(' ')}" now "${b.slice(i, i + 6).join(' ')}"`);
  }
  console.log(`compare: ${identical} identical blocks, ${sameWords} same words in other blocks, ${differ.length} different text`);
  for (const line of differ) console.log(`  ${line}`);
}
