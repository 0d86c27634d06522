#!/usr/bin/env node
// termlint benchmarks on the CUAD corpus (../shared/corpus/cuad_v1, CC BY 4.0), side by side with
// poppler's pdftotext as the anchor. Usage:
//   npm run bench                       (= node bench/run.mjs) the full run
//   node bench/run.mjs --limit 10       a trial run on the first 10 PDFs / 10 txt files
//   node bench/run.mjs --corpus <dir>   another CUAD checkout
// Prints a table and writes bench/results.json. Needs a build (npx tsc -p .) first.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from '../scripts/eval/csv.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'termlint.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const CORPUS = resolve(ROOT, arg('--corpus', '../shared/corpus/cuad_v1'));
const LIMIT = Number(arg('--limit', 'Infinity'));
const MEMORY_PDFS = Math.min(40, LIMIT);
const STARTUP_RUNS = Number(arg('--startup-runs', '20'));

// --- helpers ---------------------------------------------------------------------------------

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Run a command to completion: wall time, CPU time (user+sys) and peak RSS in MB. termlint is one
 * process (worker threads share it), so its peak RSS is the process tree's. With GNU time the
 * kernel's high-water mark is used; without it /proc/<pid>/status is polled every 20 ms.
 */
function measure(cmd, args, { cwd = ROOT, stdout = 'ignore' } = {}) {
  return new Promise((resolveRun) => {
    const started = process.hrtime.bigint();
    const argv = TIME ? ['-f', '%e %U %S %M', cmd, ...args] : args;
    const child = spawn(TIME ?? cmd, argv, { cwd, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let polledKb = 0;
    child.stderr.on('data', (d) => { stderr += d; });
    const poll = TIME ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKb = Math.max(polledKb, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let cpu = null;
      let rssMb = polledKb / 1024;
      if (TIME) {
        const last = stderr.trim().split('\n').at(-1) ?? '';
        const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last);
        if (m) { cpu = Number(m[2]) + Number(m[3]); rssMb = Number(m[4]) / 1024; }
        stderr = stderr.trim().split('\n').slice(0, -1).join('\n');
      }
      resolveRun({ code, wall, cpu, rssMb, stderr });
    });
  });
}

/** Median wall and CPU (user+sys, when GNU time is there) milliseconds of `runs` runs. */
function medianMs(cmd, args, runs) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = TIME
      ? spawnSync(TIME, ['-f', '%U %S', cmd, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      : spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    const m = TIME ? /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) : null;
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
  }
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
  return { wall: median(wall), cpu: median(cpu) };
}

function pdfPages(file) {
  try {
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0);
  } catch {
    // Without poppler: count page objects (a rough estimate, said so in the output).
    return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }
}

const mb = (bytes) => bytes / (1024 * 1024);
const f1 = (n) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const f2 = (n) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(2));

// --- inputs ----------------------------------------------------------------------------------

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: no build found; run `npx tsc -p .` first');
  process.exit(2);
}
const indexFile = join(CORPUS, 'contract_index.dev.csv');
if (!existsSync(indexFile)) {
  console.error(`bench: corpus not found: ${indexFile}`);
  process.exit(2);
}
const index = csvRecords(readFileSync(indexFile, 'utf8'));
const pdfs = index.map((r) => join(CORPUS, r.pdf_path)).filter((p) => r_exists(p)).slice(0, LIMIT);
const txts = index.map((r) => join(CORPUS, r.txt_path)).filter((p) => r_exists(p)).slice(0, LIMIT);
function r_exists(p) { try { return statSync(p).isFile(); } catch { return false; } }

const havePdftotext = has('pdftotext');
const havePdfinfo = has('pdfinfo');
if (!havePdftotext) {
  console.error('bench: *** pdftotext NOT FOUND: the anchor is missing. Install poppler-utils (apt-get install -y poppler-utils). ***');
}
const pdfBytes = pdfs.reduce((n, p) => n + statSync(p).size, 0);
const txtBytes = txts.reduce((n, p) => n + statSync(p).size, 0);
const pages = pdfs.reduce((n, p) => n + pdfPages(p), 0);

const work = mkdtempSync(join(tmpdir(), 'termlint-bench-'));
const termlint = (name, files, ...opts) =>
  measure(process.execPath, [BIN, 'check', ...files, '--format', 'json', '--quiet', ...opts]);

// --- runs ------------------------------------------------------------------------------------

const results = { machine: {}, corpus: {}, runs: {}, ratios: {}, goals: {} };
results.machine = {
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
  node: process.version,
  loadAverageAtStart: (await import('node:os')).loadavg().map((n) => Number(n.toFixed(2))),
  pdftotext: havePdftotext ? spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).stderr.split('\n')[0] : 'MISSING',
  timeTool: TIME ? 'GNU time' : '/proc polling',
};
results.corpus = { pdfs: pdfs.length, pdfMb: Number(mb(pdfBytes).toFixed(1)), pages, pagesCountedBy: havePdfinfo ? 'pdfinfo' : 'page objects (estimate)', txts: txts.length, txtMb: Number(mb(txtBytes).toFixed(1)) };
console.log(`bench: ${pdfs.length} PDFs (${f1(mb(pdfBytes))} MB, ${pages} pages), ${txts.length} txt (${f1(mb(txtBytes))} MB), ${results.machine.nproc} CPUs, node ${process.version}`);

// Cold start.
const nodeRun = medianMs(process.execPath, ['-e', '0'], STARTUP_RUNS);
const versionRun = medianMs(process.execPath, [BIN, '--version'], STARTUP_RUNS);
const helpRun = medianMs(process.execPath, [BIN, '--help'], STARTUP_RUNS);
results.runs.startup = {
  nodeMs: nodeRun.wall, versionMs: versionRun.wall, helpMs: helpRun.wall,
  nodeCpuMs: nodeRun.cpu, versionCpuMs: versionRun.cpu, helpCpuMs: helpRun.cpu, runs: STARTUP_RUNS,
};
console.log(`startup (median of ${STARTUP_RUNS}, wall / CPU ms): node -e 0 ${f1(nodeRun.wall)} / ${f1(nodeRun.cpu)}, ` +
  `termlint --version ${f1(versionRun.wall)} / ${f1(versionRun.cpu)}, --help ${f1(helpRun.wall)} / ${f1(helpRun.cpu)}`);

// The anchor: pdftotext, one process per file, one after the other.
if (havePdftotext) {
  const loop = 'for f in "$@"; do pdftotext -q "$f" - > /dev/null; done';
  const r = await measure('sh', ['-c', loop, 'sh', ...pdfs]);
  results.runs.pdftotext = { wall: r.wall, cpu: r.cpu, pagesPerS: pages / r.wall, mbPerS: mb(pdfBytes) / r.wall };
  console.log(`pdftotext loop: ${f2(r.wall)} s wall, ${f2(r.cpu)} s CPU, ${f1(pages / r.wall)} pages/s`);
}

const cacheFile = join(work, 'termlintcache.json');
const record = (name, r, bytes, pageCount) => {
  results.runs[name] = { ...r, mbPerS: bytes ? mb(bytes) / r.wall : null, pagesPerS: pageCount ? pageCount / r.wall : null };
  delete results.runs[name].stderr;
  console.log(`${name}: ${f2(r.wall)} s wall, ${f2(r.cpu)} s CPU, peak ${f1(r.rssMb)} MB, exit ${r.code}` +
    (pageCount ? `, ${f1(pageCount / r.wall)} pages/s` : '') + (bytes ? `, ${f2(mb(bytes) / r.wall)} MB/s` : ''));
  if (r.code !== 0 && r.code !== 1) console.log(`  exit ${r.code}; stderr: ${r.stderr.split('\n').slice(0, 5).join(' | ').slice(0, 500)}`);
};

record('pdf_jobs1', await termlint('pdf', pdfs, '--jobs', '1'), pdfBytes, pages);
record('pdf_jobs2', await termlint('pdf', pdfs, '--jobs', '2'), pdfBytes, pages);
// The cache: a first run that fills it, then a re-run of the unchanged files.
record('pdf_cache_fill', await termlint('pdf', pdfs, '--jobs', '2', '--cache-location', cacheFile), pdfBytes, pages);
record('pdf_cache_rerun', await termlint('pdf', pdfs, '--jobs', '2', '--cache-location', cacheFile), pdfBytes, pages);

// Memory on 40 PDFs, and on 10, to see whether it grows with the number of files.
record('pdf40_memory', await termlint('pdf40', pdfs.slice(0, MEMORY_PDFS), '--jobs', '2'), 0, 0);
record('pdf10_memory', await termlint('pdf10', pdfs.slice(0, Math.min(10, MEMORY_PDFS)), '--jobs', '2'), 0, 0);

// Text contracts.
record('txt_jobs2', await termlint('txt', txts, '--jobs', '2'), txtBytes, 0);

// Linearity: one contract and the same contract 10 times over, in one thread; a one-line
// document gives the fixed cost (start-up, policy) to subtract.
const sizes = txts.map((p) => [p, statSync(p).size]).sort((a, b) => a[1] - b[1]);
// A long contract (90th percentile by size), so the document's own cost dwarfs the fixed cost.
const [medianTxt, medianSize] = sizes[Math.floor(sizes.length * 0.9)];
const base = readFileSync(medianTxt, 'utf8');
const one = join(work, 'one.txt');
const ten = join(work, 'ten.txt');
const tiny = join(work, 'tiny.txt');
writeFileSync(one, base);
writeFileSync(ten, Array.from({ length: 10 }, () => base).join('\n\n'));
writeFileSync(tiny, '1. Term. This Agreement lasts one year.\n');
const best = async (file) => {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await termlint('lin', [file], '--jobs', '1', '--timeout', '600'));
  // Only runs that checked the document count (exit 2 would mean it failed early).
  const ok = runs.filter((x) => x.code === 0 || x.code === 1).sort((a, b) => a.wall - b.wall);
  if (!ok.length) console.log(`  linearity run on ${file} failed: ${runs[0].stderr.split('\n')[0]}`);
  return ok[0] ?? { wall: NaN, rssMb: NaN };
};
const tinyRun = await best(tiny);
const oneRun = await best(one);
const tenRun = await best(ten);
results.runs.linearity = {
  document: medianTxt.slice(CORPUS.length + 1), bytes: medianSize,
  fixedS: tinyRun.wall, oneS: oneRun.wall, tenS: tenRun.wall, oneRssMb: oneRun.rssMb, tenRssMb: tenRun.rssMb,
};
console.log(`linearity: fixed ${f2(tinyRun.wall)} s, 1x ${f2(oneRun.wall)} s, 10x ${f2(tenRun.wall)} s (${f1(medianSize / 1024)} KB -> ${f1((10 * medianSize) / 1024)} KB)`);

// --- ratios and goals ------------------------------------------------------------------------

const r = results.runs;
const ratios = {
  jobs2_vs_pdftotext: r.pdftotext ? r.pdf_jobs2.wall / r.pdftotext.wall : null,
  jobs1_vs_pdftotext: r.pdftotext ? r.pdf_jobs1.wall / r.pdftotext.wall : null,
  speedup_jobs2: r.pdf_jobs1.wall / r.pdf_jobs2.wall,
  cache_rerun_vs_first: r.pdf_cache_rerun.wall / r.pdf_cache_fill.wall,
  version_vs_node: r.startup.versionMs / r.startup.nodeMs,
  help_vs_node: r.startup.helpMs / r.startup.nodeMs,
  version_vs_node_cpu: r.startup.nodeCpuMs ? r.startup.versionCpuMs / r.startup.nodeCpuMs : null,
  ten_vs_one: (r.linearity.tenS - r.linearity.fixedS) / (r.linearity.oneS - r.linearity.fixedS),
  memory40_vs_10: r.pdf40_memory.rssMb / r.pdf10_memory.rssMb,
  // CPU seconds do not depend on what else runs on a shared machine; wall seconds do.
  cpu_jobs2_vs_jobs1: r.pdf_jobs2.cpu / r.pdf_jobs1.cpu,
  cpu_jobs1_vs_pdftotext: r.pdftotext?.cpu ? r.pdf_jobs1.cpu / r.pdftotext.cpu : null,
  // What --jobs 2 would take on two otherwise idle cores: its CPU time spread over both.
  ideal_jobs2_vs_pdftotext: r.pdftotext?.cpu ? r.pdf_jobs2.cpu / 2 / r.pdftotext.cpu : null,
};
results.ratios = ratios;
const goal = (name, value, ok) => {
  results.goals[name] = { value: value === null ? null : Number(value.toFixed(3)), met: value === null ? null : ok };
  console.log(`  ${value === null ? 'n/a ' : ok ? 'MET ' : 'MISS'} ${name}: ${value === null ? 'n/a' : f2(value)}`);
};
console.log('goals:');
goal('PDFs --jobs 2 / pdftotext loop <= 0.5', ratios.jobs2_vs_pdftotext, ratios.jobs2_vs_pdftotext <= 0.5);
goal('--jobs 1 / --jobs 2 >= 1.6', ratios.speedup_jobs2, ratios.speedup_jobs2 >= 1.6);
goal('cache re-run / first run <= 0.2', ratios.cache_rerun_vs_first, ratios.cache_rerun_vs_first <= 0.2);
goal('--version / node -e 0 <= 1.5', ratios.version_vs_node, ratios.version_vs_node <= 1.5);
goal(`peak MB on ${MEMORY_PDFS} PDFs <= 400`, r.pdf40_memory.rssMb, r.pdf40_memory.rssMb <= 400);
goal('10x document cost / 1x (linear: about 10, at most 12)', ratios.ten_vs_one, ratios.ten_vs_one <= 12);
console.log(`CPU: --version / node -e 0 ${f2(ratios.version_vs_node_cpu)}, --jobs 2 / --jobs 1 ${f2(ratios.cpu_jobs2_vs_jobs1)}, --jobs 1 / pdftotext ${f2(ratios.cpu_jobs1_vs_pdftotext)}, ideal --jobs 2 / pdftotext ${f2(ratios.ideal_jobs2_vs_pdftotext)}`);
results.machine.loadAverageAtEnd = (await import('node:os')).loadavg().map((n) => Number(n.toFixed(2)));

const out = arg('--out', join(ROOT, 'bench', 'results.json'));
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`bench: wrote ${out}`);
rmSync(work, { recursive: true, force: true });
