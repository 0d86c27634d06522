#!/usr/bin/env node
// termlint's evaluation: the built CLI's `extract --format json` against CUAD's dev split (presence of
// 20 categories, three values) and against our own yardstick (fact-level accuracy, and findings-level
// precision/recall of `check` with two policies: scripts/eval/findings.mjs). Writes EVAL.md.
//
//   node scripts/eval.mjs [--txt-only] [--pdf] [--limit N] [--yardstick-only]
//
//   (default)         CUAD txt + yardstick
//   --txt-only        CUAD txt only
//   --pdf             also the CUAD PDFs, with a txt-vs-pdf table
//   --limit N         only the first N CUAD contracts (by file name)
//   --yardstick-only  only the yardstick (both yardsticks)
//   --out FILE        write the Markdown there instead of EVAL.md (for partial runs)
//
// Needs a fresh build (`npx tsc -p .`). Corpus: ../shared/corpus from the project root, or $TERMLINT_CORPUS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { baselineSays, BASELINE_KEYWORDS } from './eval/baseline.mjs';
import { column, csvRecords } from './eval/csv.mjs';
import {
  CATEGORIES, governingLawLabelKeys, governingLawMatches, macroF1, metrics, noticeDays,
  presenceLabel, renewalTermMonths, tally,
} from './eval/cuad.mjs';
import {
  categoryTable, errorsLine, missesTable, pct, table, valueMismatchTable, valueTable,
} from './eval/markdown.mjs';
import { extractAll } from './eval/run-cli.mjs';
import { checkTruthFile, scoreYardstick } from './eval/yardstick.mjs';
import { evaluateFindings, FINDINGS_GOALS, findingsMarkdown, findingsSummary } from './eval/findings.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'termlint.js');
const YARDSTICK = join(ROOT, 'fixtures', 'yardstick');
// Written without looking at the extractors; each README records its first scoring (the unseen figure).
const UNSEEN_YARDSTICKS = [
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen'), label: 'Unseen yardstick 1', note: 'scored first at 6033051, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-2'), label: 'Unseen yardstick 2', note: 'scored first at 623328f, then used to fix the extractors at 5424e02: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-3'), label: 'Unseen yardstick 3', note: 'scored first at 5424e02, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-4'), label: 'Unseen yardstick 4', note: 'scored first at c4d359b, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-5'), label: 'Unseen yardstick 5', note: 'scored first at 9aa793a, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-6'), label: 'Unseen yardstick 6', note: 'scored first at f248801, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-7'), label: 'Unseen yardstick 7', note: 'scored first at 70e1725, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-8'), label: 'Unseen yardstick 8', note: 'scored first at 70e1725, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-9'), label: 'Unseen yardstick 9', note: 'scored first at 19b00fe, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-10'), label: 'Unseen yardstick 10', note: 'scored first at 19b00fe, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-11'), label: 'Unseen yardstick 11', note: 'scored first at 080b736, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-12'), label: 'Unseen yardstick 12', note: 'scored first at 080b736, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-13'), label: 'Unseen yardstick 13', note: 'scored first at 5d25490, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-14'), label: 'Unseen yardstick 14', note: 'scored first at 5d25490, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-15'), label: 'Unseen yardstick 15', note: 'scored first at 61a51a4, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-16'), label: 'Unseen yardstick 16', note: 'scored first at 61a51a4, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-17'), label: 'Unseen yardstick 17', note: 'scored first at 163e5f4, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-18'), label: 'Unseen yardstick 18', note: 'scored first at 163e5f4, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-19'), label: 'Unseen yardstick 19', note: 'scored first at 26700f6, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-20'), label: 'Unseen yardstick 20', note: 'scored first at 26700f6, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-21'), label: 'Unseen yardstick 21', note: 'scored first at 47a5a60, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-22'), label: 'Unseen yardstick 22', note: 'scored first at 47a5a60, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-23'), label: 'Unseen yardstick 23', note: 'scored first at 684b1ba, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-24'), label: 'Unseen yardstick 24', note: 'scored first at 684b1ba, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-25'), label: 'Unseen yardstick 25', note: 'scored first at caee0f5, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-26'), label: 'Unseen yardstick 26', note: 'scored first at caee0f5, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-27'), label: 'Unseen yardstick 27', note: 'scored first at 6831fe6, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-28'), label: 'Unseen yardstick 28', note: 'scored first at 6831fe6, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-29'), label: 'Unseen yardstick 29', note: 'scored first at eccb07d, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-30'), label: 'Unseen yardstick 30', note: 'scored first at eccb07d, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-31'), label: 'Unseen yardstick 31', note: 'scored first at b39098a, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-32'), label: 'Unseen yardstick 32', note: 'scored first at b39098a, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-33'), label: 'Unseen yardstick 33', note: 'scored first at b4bae28, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-34'), label: 'Unseen yardstick 34', note: 'scored first at b4bae28, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-35'), label: 'Unseen yardstick 35', note: 'scored first at 9062132, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-36'), label: 'Unseen yardstick 36', note: 'scored first at 9062132, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-37'), label: 'Unseen yardstick 37', note: 'scored first at 6f669da, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-38'), label: 'Unseen yardstick 38', note: 'scored first at 6f669da, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-39'), label: 'Unseen yardstick 39', note: 'scored first at e9e5213, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-40'), label: 'Unseen yardstick 40', note: 'scored first at e9e5213, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-41'), label: 'Unseen yardstick 41', note: 'scored first at 8b418d0, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-42'), label: 'Unseen yardstick 42', note: 'scored first at 8b418d0, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-43'), label: 'Unseen yardstick 43', note: 'scored first at 1538942, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-44'), label: 'Unseen yardstick 44', note: 'scored first at 1538942, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-45'), label: 'Unseen yardstick 45', note: 'scored first at fd9d21f, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-46'), label: 'Unseen yardstick 46', note: 'scored first at fd9d21f, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-47'), label: 'Unseen yardstick 47', note: 'scored first at 26286db, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-48'), label: 'Unseen yardstick 48', note: 'scored first at 26286db, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-49'), label: 'Unseen yardstick 49', note: 'scored first at da26b53, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-50'), label: 'Unseen yardstick 50', note: 'scored first at da26b53, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-51'), label: 'Unseen yardstick 51', note: 'scored first at f06c162, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-52'), label: 'Unseen yardstick 52', note: 'scored first at f06c162, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-53'), label: 'Unseen yardstick 53', note: 'scored first at b89072d, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-54'), label: 'Unseen yardstick 54', note: 'scored first at b89072d, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-55'), label: 'Unseen yardstick 55', note: 'scored first at a9e239e, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-56'), label: 'Unseen yardstick 56', note: 'scored first at a9e239e, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-57'), label: 'Unseen yardstick 57', note: 'scored first at 56fe1fb, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-58'), label: 'Unseen yardstick 58', note: 'scored first at 56fe1fb, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-59'), label: 'Unseen yardstick 59', note: 'scored first at a68e5e5, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-60'), label: 'Unseen yardstick 60', note: 'scored first at a68e5e5, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-61'), label: 'Unseen yardstick 61', note: 'scored first at 93161c1, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-62'), label: 'Unseen yardstick 62', note: 'scored first at 93161c1, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-63'), label: 'Unseen yardstick 63', note: 'scored first at a4342ba, then used to fix the extractors: no longer unseen' },
  { dir: join(ROOT, 'fixtures', 'yardstick-unseen-64'), label: 'Unseen yardstick 64', note: 'scored first at a4342ba, then used to fix the extractors: no longer unseen' },
];
const GOALS = { accuracy: 0.9, falseFactRate: 0.03 };

/**
 * The unseen figures: each unseen set's README records its one scoring before anyone tuned on it ("stated facts
 * read right N/M = X%", "absent facts reported as present a/b = Y%"); later scorings of a set are development numbers.
 */
function firstScoringsTable(sets) {
  const rows = sets.map(({ dir, label }) => {
    const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
    const first = readme.slice(readme.indexOf('## First scoring'));
    const right = /stated facts read right\s+(\d+\/\d+ = [\d.]+%)/.exec(first.replace(/\*/g, '').replace(/\s+/g, ' '));
    const falseFacts = /absent facts reported as present\s+(\d+\/\d+ = [\d.]+%)/.exec(first.replace(/\*/g, '').replace(/\s+/g, ' '));
    const commit = /at commit (\w+)/.exec(first);
    return [label, commit ? commit[1] : '–', right ? right[1] : 'not yet scored', falseFacts ? falseFacts[1] : '–'];
  });
  // The pooled figure: every first scoring's counts added up.
  const sum = (col) => rows.map((r) => /^(\d+)\/(\d+)/.exec(r[col])).filter(Boolean).reduce((a, m) => [a[0] + Number(m[1]), a[1] + Number(m[2])], [0, 0]);
  const [right, stated] = sum(2);
  const [reported, absent] = sum(3);
  if (stated > 0) rows.push(['all sets, pooled', '–', `${right}/${stated} = ${pct(right / stated)}`, `${reported}/${absent} = ${pct(reported / absent)}`]);
  return ['## Unseen yardsticks: first scorings', '',
    'Each unseen set is scored once before any extractor is changed because of it; that first score (recorded in its README) is the figure for contracts nobody tuned on. The sections after this table score every set at this commit, so sets already used for fixes read higher.', '',
    table(['set', 'scored first at', 'stated facts right', 'absent facts reported'], rows), ''];
}

function parseArgs(argv) {
  const opts = { txt: true, pdf: false, yardstick: true, limit: Infinity, out: 'EVAL.md' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--txt-only') { opts.yardstick = false; opts.pdf = false; }
    else if (a === '--pdf') opts.pdf = true;
    else if (a === '--yardstick-only') { opts.txt = false; opts.pdf = false; }
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a.startsWith('--limit=')) opts.limit = Number(a.slice(8));
    else if (a === '--out') opts.out = argv[++i];
    else { process.stderr.write(`eval: unknown option ${a}\n`); process.exit(2); }
  }
  if (!(opts.limit > 0)) { process.stderr.write('eval: --limit needs a positive number\n'); process.exit(2); }
  return opts;
}

const rel = (p) => relative(ROOT, p) || '.';
const progress = (label) => (done, total) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${done}/${total}   ${done === total ? '\n' : ''}`);
  else if (done === total) process.stderr.write(`${label}: ${total} files extracted\n`);
};

function countErrors(records) {
  const errors = {};
  for (const r of records) if (r.status !== 'ok') { const c = r.error?.code ?? 'UNKNOWN'; errors[c] = (errors[c] ?? 0) + 1; }
  return errors;
}

// ---------- CUAD ----------

function loadCuad(cuadDir, limit) {
  const index = csvRecords(readFileSync(join(cuadDir, 'contract_index.dev.csv'), 'utf8'));
  const labels = new Map(csvRecords(readFileSync(join(cuadDir, 'master_clauses.dev.csv'), 'utf8')).map((r) => [column(r, 'Filename'), r]));
  return index
    .filter((r) => labels.has(column(r, 'Filename')))
    .sort((a, b) => column(a, 'Filename').localeCompare(column(b, 'Filename')))
    .slice(0, limit)
    .map((r) => ({
      name: column(r, 'Filename'),
      txt: join(cuadDir, column(r, 'txt_path')),
      pdf: column(r, 'pdf_path') ? join(cuadDir, column(r, 'pdf_path')) : null,
      labels: labels.get(column(r, 'Filename')),
    }));
}

/** Presence scores of termlint (and optionally the keyword baseline) plus the three value accuracies. */
function scoreCuad(contracts, records, pathOf, withBaseline) {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c.name, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const base = Object.fromEntries(CATEGORIES.map((c) => [c.name, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const examples = Object.fromEntries(CATEGORIES.map((c) => [c.name, { fp: [], fn: [] }]));
  const values = {
    gov: { name: 'Governing Law', labelled: 0, right: 0, wrong: 0, missing: 0, mismatches: [] },
    renewal: { name: 'Renewal Term (months)', labelled: 0, right: 0, wrong: 0, missing: 0, mismatches: [] },
    notice: { name: 'Notice Period To Terminate Renewal (days)', labelled: 0, right: 0, wrong: 0, missing: 0, mismatches: [] },
  };
  const scoreValue = (v, file, label, accepted, got) => {
    v.labelled++;
    // Wrong values are listed before values not read: they are the likelier extractor bugs.
    if (got == null) { v.missing++; v.mismatches.push({ file, label, got }); } else if (accepted(got)) v.right++;
    else { v.wrong++; v.mismatches.splice(v.wrong - 1, 0, { file, label, got }); }
  };
  let scored = 0;
  for (const c of contracts) {
    const rec = records.get(pathOf(c));
    if (!rec || rec.status !== 'ok') continue; // unreadable files are counted as errors, not scored
    scored++;
    const text = withBaseline ? readFileSync(c.txt, 'utf8') : '';
    for (const cat of CATEGORIES) {
      const labelled = presenceLabel(column(c.labels, `${cat.name}-Answer`));
      if (labelled === null) continue;
      const says = cat.says(rec);
      tally(counts[cat.name], says, labelled);
      if (says !== labelled) examples[cat.name][says ? 'fp' : 'fn'].push(c.name);
      if (withBaseline) tally(base[cat.name], baselineSays(cat.name, text), labelled);
    }
    const gov = column(c.labels, 'Governing Law-Answer');
    if (governingLawLabelKeys(gov).length) {
      scoreValue(values.gov, c.name, gov, (got) => governingLawMatches(gov, got), rec.facts?.['governing_law.jurisdiction']?.value ?? null);
    }
    const term = column(c.labels, 'Renewal Term-Answer');
    const months = renewalTermMonths(term);
    if (months.length) scoreValue(values.renewal, c.name, term, (got) => months.includes(got), rec.facts?.['renewal.term_months']?.value ?? null);
    const notice = column(c.labels, 'Notice Period To Terminate Renewal-Answer');
    const days = noticeDays(notice);
    if (days.length) scoreValue(values.notice, c.name, notice, (got) => days.includes(got), rec.facts?.['renewal.notice_days']?.value ?? null);
  }
  const rows = CATEGORIES.map((c) => ({ name: c.name, ...metrics(counts[c.name]) }));
  const baseRows = withBaseline ? CATEGORIES.map((c) => ({ name: c.name, ...metrics(base[c.name]) })) : null;
  return { scored, rows, macro: macroF1(rows), baseRows, baseMacro: baseRows ? macroF1(baseRows) : null, values: Object.values(values), examples };
}

// ---------- Yardstick ----------

function loadYardstick(dir, factNames) {
  if (!existsSync(dir)) return { docs: [], problems: [`${rel(dir)}/ does not exist`] };
  const docs = [];
  const problems = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.truth.yaml')).sort()) {
    const name = file.slice(0, -'.truth.yaml'.length);
    const truth = parseYaml(readFileSync(join(dir, file), 'utf8'));
    const facts = truth?.facts ?? {};
    for (const p of checkTruthFile(facts, factNames)) problems.push(`${file}: ${p}`);
    const versions = ['md', 'docx', 'pdf', 'yaml']
      .filter((ext) => existsSync(join(dir, `${name}.${ext}`)))
      .map((ext) => ({ format: ext, path: rel(join(dir, `${name}.${ext}`)) }));
    if (versions.length === 0) problems.push(`${file}: no document ${name}.{md,docx,pdf,yaml}`);
    // topics/phrases (optional) score require/forbid/forbid_phrases rules in the findings score.
    docs.push({ name, stance: truth?.stance ?? null, facts, topics: truth?.topics ?? null, phrases: truth?.phrases ?? null, versions });
  }
  return { docs, problems };
}

/**
 * The dev-split figures below include contracts the rule tables and the classifier were developed on; the
 * classifier report's nested cross-validation gives the estimate for contracts outside the split.
 */
function heldOutEstimate() {
  const file = join(ROOT, 'EVAL.classifier.md');
  if (!existsSync(file)) return [];
  const m = /rules alone (\d\.\d{3}), rules \+ classifier \d\.\d{3}; as shipped \([^)]*\) (\d\.\d{3})/.exec(readFileSync(file, 'utf8'));
  return m ? [`**Estimate for contracts outside the dev split (nested cross-validation by contract, EVAL.classifier.md): CUAD presence macro F1 ${m[2]}** (rule tables alone ${m[1]}). The dev-split tables below are higher because the tables and the classifier were developed on these contracts.`] : [];
}

/** Extract and score one yardstick folder: Markdown lines for EVAL.md, summary lines, and the raw scores. */
async function scoreYardstickFolder({ dir, label, intro, typeOf, factNames }) {
  const { docs, problems } = loadYardstick(dir, factNames);
  const paths = docs.flatMap((d) => d.versions.map((v) => v.path));
  const records = await extractAll(CLI, paths, { cwd: ROOT, onBatch: progress(label) });
  const cases = docs.flatMap((d) => d.versions.map((v) => {
    const rec = records.get(v.path);
    return { doc: d.name, format: v.format, truth: d.facts, facts: rec?.status === 'ok' ? rec.facts : {} };
  }));
  const errors = countErrors([...records.values()]);
  const all = scoreYardstick(cases, typeOf);
  const formats = [...new Set(cases.map((c) => c.format))];
  const byFormat = formats.map((f) => [f, scoreYardstick(cases.filter((c) => c.format === f), typeOf)]);
  const byDoc = docs.map((d) => [d, scoreYardstick(cases.filter((c) => c.doc === d.name), typeOf)]);
  const md = [`## ${label} (${rel(dir)})`, '',
    `${docs.length} ${intro}; ${paths.length} files (md, docx, pdf, term sheets); errors by code: ${errorsLine(errors)}.`,
    'A stated fact is right when read with the right value (numbers exact, lists as sets, money as amount + currency, jurisdictions exact; business/working days also need the business flag). An absent fact reported as present is a false fact.', '',
    ...(problems.length ? ['Truth-file problems:', '', ...problems.map((p) => `- ${p}`), ''] : []),
    `**Stated facts read right: ${all.right}/${all.stated} = ${pct(all.accuracy)}; absent facts reported: ${all.falseFacts}/${all.absent} = ${pct(all.falseFactRate)}.** Goals: ≥ ${pct(GOALS.accuracy)} right (${all.accuracy >= GOALS.accuracy ? 'met' : 'not met'}), ≤ ${pct(GOALS.falseFactRate)} false facts (${all.falseFactRate <= GOALS.falseFactRate ? 'met' : 'not met'}).`, '',
    table(['format', 'stated', 'right', 'wrong', 'missed', 'accuracy', 'absent', 'false facts', 'false-fact rate'],
      byFormat.map(([f, s]) => [f, s.stated, s.right, s.wrong, s.missed, pct(s.accuracy), s.absent, s.falseFacts, pct(s.falseFactRate)])), '',
    table(['document', 'stance', 'stated', 'right', 'accuracy', 'false facts'],
      byDoc.map(([d, s]) => [d.name, d.stance ?? '', s.stated, s.right, pct(s.accuracy), s.falseFacts])), '',
    '### Per fact', '',
    table(['fact', 'stated', 'right', 'accuracy', 'absent', 'false facts'],
      Object.entries(all.perFact).sort((a, b) => (a[1].right / (a[1].stated || 1)) - (b[1].right / (b[1].stated || 1)))
        .map(([f, r]) => [f, r.stated, r.right, r.stated ? pct(r.right / r.stated) : '–', r.absent, r.falseFacts])), '',
    '### Misses', '',
    'Every wrong, missed or false fact (∅ = absent).', '',
    all.misses.length ? missesTable(all.misses) : 'None.', ''];
  const say = [`${label}: ${docs.length} documents, ${paths.length} files; stated facts right ${all.right}/${all.stated} = ${pct(all.accuracy)}; false facts ${all.falseFacts}/${all.absent} = ${pct(all.falseFactRate)}; errors: ${errorsLine(errors)}`];
  for (const [f, s] of byFormat) say.push(`  ${f.padEnd(5)} accuracy ${pct(s.accuracy)}, false-fact rate ${pct(s.falseFactRate)}`);
  if (problems.length) say.push(`  truth-file problems: ${problems.length} (see EVAL.md)`);
  return { md, say, all, docs, records };
}

// ---------- main ----------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('eval: no build found; run `npx tsc -p .` first\n');
    process.exit(2);
  }
  try {
    execFileSync(process.execPath, [CLI, '--version'], { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
  } catch (err) {
    process.stderr.write(`eval: the built CLI does not start (${String(err?.stderr ?? err?.message ?? err).trim().split('\n').pop()}); rebuild with \`npx tsc -p .\`\n`);
    process.exit(2);
  }
  const { FACTS } = await import(pathToFileURL(join(ROOT, 'dist', 'vocabulary.js')).href);
  const typeOf = (name) => FACTS.find((f) => f.name === name)?.type ?? 'number';
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  let commit = 'unknown';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
  const command = ['node scripts/eval.mjs', ...process.argv.slice(2)].join(' ');
  const started = Date.now();
  const md = [];
  const say = [];
  md.push('# termlint evaluation', '',
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- termlint ${pkg.version}, commit ${commit}`,
    `- command: \`${command}\``, '',
    'Trained clause classifier, held-out 5-fold cross-validation by contract: see [EVAL.classifier.md](EVAL.classifier.md) (`node scripts/train-classifier.mjs`).', '',
    ...heldOutEstimate(), '');

  const corpus = resolve(process.env.TERMLINT_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
  const cuadDir = join(corpus, 'cuad_v1');
  const details = {};

  if (opts.txt || opts.pdf) {
    if (!existsSync(join(cuadDir, 'master_clauses.dev.csv'))) {
      process.stderr.write(`eval: CUAD not found at ${cuadDir} (set TERMLINT_CORPUS)\n`);
      process.exit(2);
    }
    const contracts = loadCuad(cuadDir, opts.limit);
    const txtRecords = await extractAll(CLI, contracts.map((c) => rel(c.txt)), { cwd: ROOT, onBatch: progress('CUAD txt') });
    const txt = scoreCuad(contracts, txtRecords, (c) => rel(c.txt), true);
    const txtErrors = countErrors([...txtRecords.values()]);
    details.txt = { examples: txt.examples, values: txt.values };
    md.push('## CUAD dev split (txt)', '',
      `Contracts: ${contracts.length} read, ${txt.scored} scored; errors by code: ${errorsLine(txtErrors)}.`,
      `termlint says "Yes" as in facts.md "Evaluation against CUAD". The baseline says "Yes" when the raw text contains one of a few keywords per category (\`scripts/eval/baseline.mjs\`, written once and not tuned).`, '',
      `**Macro F1 over ${CATEGORIES.length} categories: termlint ${txt.macro.toFixed(3)}, keyword baseline ${txt.baseMacro.toFixed(3)}.**`, '',
      categoryTable(txt.rows, txt.baseRows), '',
      '### Values', '',
      'Counted only over contracts with a usable label (perpetual, blank and "[]" labels are skipped). Months of notice count 30 days, a year 365.', '',
      valueTable(txt.values), '');
    for (const v of txt.values) {
      if (v.mismatches.length) md.push(`<details><summary>${v.name}: first misses</summary>`, '', valueMismatchTable(v.mismatches), '', '</details>', '');
    }
    say.push(`CUAD txt: ${contracts.length} contracts, macro F1 ${txt.macro.toFixed(3)} (baseline ${txt.baseMacro.toFixed(3)}); errors: ${errorsLine(txtErrors)}`);
    for (const r of txt.rows) say.push(`  ${r.name.padEnd(30)} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(3)}`);
    for (const v of txt.values) say.push(`  ${v.name}: ${v.right}/${v.labelled} right (${pct(v.labelled ? v.right / v.labelled : null)}), ${v.wrong} wrong, ${v.missing} not read`);

    if (opts.pdf) {
      const withPdf = contracts.filter((c) => c.pdf);
      const pdfRecords = await extractAll(CLI, withPdf.map((c) => rel(c.pdf)), { cwd: ROOT, batchSize: 10, onBatch: progress('CUAD pdf') });
      const pdf = scoreCuad(withPdf, pdfRecords, (c) => rel(c.pdf), false);
      const pdfErrors = countErrors([...pdfRecords.values()]);
      details.pdf = { examples: pdf.examples, values: pdf.values };
      md.push('## CUAD dev split (pdf)', '',
        `Contracts: ${withPdf.length} read, ${pdf.scored} scored; errors by code: ${errorsLine(pdfErrors)}.`, '',
        `**Macro F1: pdf ${pdf.macro.toFixed(3)} vs txt ${txt.macro.toFixed(3)} (difference ${(pdf.macro - txt.macro).toFixed(3)}).**`, '',
        categoryTable(pdf.rows, null), '',
        table(['CUAD category', 'txt F1', 'pdf F1', 'pdf − txt'], txt.rows.map((t) => {
          const p = pdf.rows.find((r) => r.name === t.name);
          return [t.name, t.f1.toFixed(3), p.f1.toFixed(3), (p.f1 - t.f1).toFixed(3)];
        }).concat([['**macro**', txt.macro.toFixed(3), pdf.macro.toFixed(3), (pdf.macro - txt.macro).toFixed(3)]])), '',
        valueTable(pdf.values), '');
      say.push(`CUAD pdf: ${withPdf.length} contracts, macro F1 ${pdf.macro.toFixed(3)} (txt ${txt.macro.toFixed(3)}); errors: ${errorsLine(pdfErrors)}`);
    }
  }

  if (opts.yardstick) {
    const tuned = await scoreYardstickFolder({ dir: YARDSTICK, label: 'Yardstick', typeOf, factNames: FACTS.map((f) => f.name),
      intro: 'documents written for this purpose (the extractors were developed against them, so these are development numbers)' });
    md.push(...tuned.md);
    say.push(...tuned.say);
    details.yardstick = tuned.all;
    const findings = await evaluateFindings({ root: ROOT, cli: CLI, docs: tuned.docs, extracted: tuned.records });
    md.push(...findingsMarkdown(findings, FINDINGS_GOALS));
    details.findings = findings.map(({ label, policy, result }) => ({ label, policy, ...result }));
    say.push(...findingsSummary(findings));
    details.unseenYardsticks = {};
    md.push(...firstScoringsTable(UNSEEN_YARDSTICKS.filter((u) => existsSync(u.dir))));
    for (const { dir, label, note } of UNSEEN_YARDSTICKS.filter((u) => existsSync(u.dir))) {
      const unseen = await scoreYardstickFolder({ dir, label, typeOf, factNames: FACTS.map((f) => f.name),
        intro: `documents written without looking at the extractors (${note}; see its README for its first scoring)` });
      md.push(...unseen.md);
      say.push(...unseen.say);
      details.unseenYardsticks[label] = unseen.all;
    }
  }

  md.push('## Keyword baseline', '', 'Case-insensitive patterns over the raw contract text; "Yes" when any matches.', '',
    table(['CUAD category', 'patterns'], Object.entries(BASELINE_KEYWORDS).map(([c, res]) => [c, res.map((r) => `\`${r.source}\``).join(', ')])), '',
    `Run time: ${Math.round((Date.now() - started) / 1000)} s.`, '');
  writeFileSync(resolve(ROOT, opts.out), md.join('\n'));
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  writeFileSync(join(ROOT, 'tmp', 'eval-details.json'), JSON.stringify(details, null, 1));
  process.stdout.write(`${say.join('\n')}\nWrote ${opts.out} (details: tmp/eval-details.json)\n`);
}

main().catch((err) => {
  process.stderr.write(`eval: ${err?.message ?? err}\n`);
  process.exit(1);
});
