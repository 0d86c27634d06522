// Findings-level scoring: the findings `termlint check` reports against the findings a careful reader
// would expect, i.e. the same policy applied to the yardstick's truth files. Fact rules are judged with
// the real comparison (dist/rules/fact.js compareFact) on the TRUE value; require/forbid rules with
// the truth file's `topics` (judged by reading); forbid_phrases rules with its `phrases`.
// A finding is matched by (document, ruleId): several findings of one rule in a document count once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { metrics } from './cuad.mjs';
import { table } from './markdown.mjs';
import { truthValue } from './yardstick.mjs';

/** Which check a policy rule runs (same precedence as src/rules/index.ts). */
export function ruleKind(rule) {
  if (typeof rule.fact === 'string') return 'fact';
  if (typeof rule.require === 'string') return 'require';
  if (typeof rule.forbid === 'string') return 'forbid';
  if (Array.isArray(rule.forbid_phrases)) return 'forbid_phrases';
  return null;
}

/** Case- and whitespace-folded phrase, as the forbid_phrases rule compares them. */
export const foldPhrase = (s) => String(s).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The expectation for one rule on one document's truth: { expected: true|false, truth } where `truth`
 * is what the judgement rests on (the true value, or 'present'/'absent'), or null when the truth does
 * not say (a custom fact, an unjudged topic, no `phrases` list): such a rule is not scored there.
 *
 * truth: { facts, topics?, phrases? }; termsheet: a term sheet has no clauses, so clause rules expect nothing.
 * compareFact: the built rule comparison, (rule, value) => {expected, broken} | null.
 */
export function expectRule(rule, truth, { compareFact, termsheet = false }) {
  const kind = ruleKind(rule);
  if (kind === 'fact') {
    if (!truth.facts || !(rule.fact in truth.facts)) return null;
    const value = truthValue(truth.facts[rule.fact]).value;
    if (value == null) {
      const reported = rule.when_absent !== undefined && rule.when_absent !== 'off';
      return { expected: reported, truth: null, expectation: null };
    }
    const broken = compareFact(rule, value);
    return { expected: broken !== null, truth: value, expectation: broken?.expected ?? null };
  }
  if (kind === 'require' || kind === 'forbid') {
    if (termsheet) return { expected: false, truth: 'term sheet' };
    const topic = kind === 'require' ? rule.require : rule.forbid;
    const present = truth.topics?.[topic];
    if (typeof present !== 'boolean') return null;
    return { expected: kind === 'require' ? !present : present, truth: present ? 'present' : 'absent' };
  }
  if (kind === 'forbid_phrases') {
    if (termsheet) return { expected: false, truth: 'term sheet' };
    if (!Array.isArray(truth.phrases)) return null;
    const there = new Set(truth.phrases.map(foldPhrase));
    const found = rule.forbid_phrases.map(foldPhrase).filter((p) => there.has(p));
    return { expected: found.length > 0, truth: found.length ? found.join(', ') : 'absent' };
  }
  return null;
}

/**
 * Expected findings of a policy for one document: `expected` maps ruleId -> expectation (rules that
 * should report), `unscored` holds rule ids the truth cannot judge. Rules switched off are skipped.
 */
export function expectedFindings(rules, truth, opts) {
  const expected = new Map();
  const unscored = new Set();
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    const e = expectRule(rule, truth, opts);
    if (e === null) unscored.add(rule.id);
    else if (e.expected) expected.set(rule.id, { ...e, kind: ruleKind(rule), fact: rule.fact ?? null });
  }
  return { expected, unscored };
}

const zero = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/**
 * Score cases of { doc, format, status, error?, expected: Map, unscored: Set, findings: [check findings],
 * facts?: extract facts map (to show what was read when a finding is missed) }.
 * Returns counts with precision/recall/F1, per-rule counts, and every missed and spurious finding.
 */
export function scoreFindings(cases) {
  const total = zero();
  const perRule = {};
  const missed = [];
  const spurious = [];
  let unscoredFindings = 0;
  for (const c of cases) {
    const actual = new Map();
    for (const f of c.status === 'ok' ? c.findings ?? [] : []) if (!actual.has(f.ruleId)) actual.set(f.ruleId, f);
    for (const [ruleId, e] of c.expected) {
      const row = (perRule[ruleId] ??= zero());
      if (actual.has(ruleId)) { total.tp++; row.tp++; continue; }
      total.fn++; row.fn++;
      const read = e.fact ? c.facts?.[e.fact] ?? null : null;
      missed.push({
        doc: c.doc, format: c.format, ruleId, truth: e.truth, expectation: e.expectation ?? null,
        got: c.status === 'ok' ? read?.value ?? null : `unreadable: ${c.error?.code ?? 'ERROR'}`,
        excerpt: read?.excerpt ?? null,
      });
    }
    for (const [ruleId, f] of actual) {
      if (c.expected.has(ruleId)) continue;
      if (c.unscored.has(ruleId)) { unscoredFindings++; continue; }
      const row = (perRule[ruleId] ??= zero());
      total.fp++; row.fp++;
      spurious.push({
        doc: c.doc, format: c.format, ruleId, truth: c.truths?.get(ruleId) ?? null,
        got: f.fact ? f.fact.value : f.message, excerpt: f.excerpt ?? null,
      });
    }
  }
  return {
    ...metrics(total),
    perRule: Object.fromEntries(Object.entries(perRule).map(([id, r]) => [id, metrics(r)])),
    missed,
    spurious,
    unscoredFindings,
  };
}

/** The truth behind every scored rule of a document, so a spurious finding can say what is true. */
export function truthsOf(rules, truth, opts) {
  const out = new Map();
  for (const rule of rules) {
    const e = expectRule(rule, truth, opts);
    if (e) out.set(rule.id, e.truth);
  }
  return out;
}

// ---------- running the CLI ----------

/**
 * `termlint check --format json` over files (absolute paths), from an empty temporary directory so no
 * termlint.policy.yaml, waivers or .termlintignore of the project applies. Returns a Map path -> file result.
 */
export function checkAll(cliPath, files, { policy, timeoutMs = 600_000 } = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'termlint-eval-'));
  const args = [cliPath, 'check', '--format', 'json', '--quiet', '--no-color', '--jobs', '2', '-p', policy, ...files];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      let json;
      try { json = JSON.parse(Buffer.concat(out).toString('utf8')); } catch {
        return reject(new Error(`check exited ${code} without a JSON report: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      }
      const results = new Map();
      (json.files ?? []).forEach((rec, i) => results.set(files.includes(rec.path) ? rec.path : files[i], rec));
      for (const f of files) {
        if (!results.has(f)) results.set(f, { path: f, status: 'error', error: { code: 'HARNESS_NO_RESULT' }, findings: [] });
      }
      resolve({ policy: json.policy ?? null, results });
    });
  });
}

/**
 * Score one policy over the yardstick. docs: [{ name, facts, topics, phrases, versions: [{format, path}] }]
 * with absolute paths in `absPath`; rules: the loaded policy's rules; extracted: Map path -> extract record.
 * Contracts (md, docx, pdf) make the overall score; term sheets are scored on their own.
 */
export function scorePolicy({ docs, rules, results, extracted, compareFact }) {
  const cases = [];
  for (const d of docs) {
    for (const v of d.versions) {
      const termsheet = v.format === 'yaml';
      const truth = { facts: d.facts, topics: d.topics ?? undefined, phrases: d.phrases ?? undefined };
      const opts = { compareFact, termsheet };
      const { expected, unscored } = expectedFindings(rules, truth, opts);
      const rec = results.get(v.absPath) ?? { status: 'error', error: { code: 'HARNESS_NO_RESULT' }, findings: [] };
      cases.push({
        doc: d.name, format: v.format, status: rec.status, error: rec.error, findings: rec.findings,
        expected, unscored, truths: truthsOf(rules, truth, opts), facts: extracted?.get(v.path)?.facts ?? null,
      });
    }
  }
  const contracts = cases.filter((c) => c.format !== 'yaml');
  const formats = [...new Set(cases.map((c) => c.format))];
  return {
    files: cases.length,
    expectedCount: contracts.reduce((n, c) => n + c.expected.size, 0),
    overall: scoreFindings(contracts),
    byFormat: formats.map((f) => [f, scoreFindings(cases.filter((c) => c.format === f))]),
    byDoc: docs.map((d) => [d.name, scoreFindings(cases.filter((c) => c.doc === d.name))]),
  };
}

// ---------- EVAL.md ----------

const show = (v) => (v == null ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const clip = (s, n = 120) => { const t = String(s ?? '').replace(/\s+/g, ' ').trim(); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };
const n3 = (x) => x.toFixed(3);

export function findingsTable(scored) {
  return table(['policy', 'format', 'expected', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
    scored.flatMap(({ label, result }) => [
      [label, '**contracts**', result.overall.tp + result.overall.fn, result.overall.tp, result.overall.fp, result.overall.fn,
        n3(result.overall.precision), n3(result.overall.recall), n3(result.overall.f1)],
      ...result.byFormat.map(([f, s]) => [label, f === 'yaml' ? 'yaml (term sheet)' : f, s.tp + s.fn, s.tp, s.fp, s.fn, n3(s.precision), n3(s.recall), n3(s.f1)]),
    ]));
}

export function errorsTable(rows, limit = 300) {
  const body = rows.slice(0, limit).map((r) => [r.doc, r.format, r.ruleId, show(r.truth), show(r.got), clip(r.excerpt)]);
  const more = rows.length > limit ? `\n\n… and ${rows.length - limit} more.` : '';
  return `${table(['document', 'format', 'rule', 'truth', 'termlint', 'excerpt'], body)}${more}`;
}

export function perRuleTable(result) {
  const rows = Object.entries(result.perRule)
    .filter(([, r]) => r.fp + r.fn > 0)
    .sort((a, b) => (b[1].fp + b[1].fn) - (a[1].fp + a[1].fn) || a[0].localeCompare(b[0]))
    .map(([id, r]) => [id, r.tp, r.fp, r.fn, n3(r.precision), n3(r.recall)]);
  return rows.length ? table(['rule', 'TP', 'FP', 'FN', 'precision', 'recall'], rows) : 'Every rule right on every file.';
}

/** The EVAL.md section for the findings scores of several policies. */
export function findingsMarkdown(scored, goals) {
  const md = ['### Findings', '',
    'Expected findings: each policy applied to the truth files (fact rules compare the true value with the real',
    '`compareFact`; an absent fact is expected only under `when_absent`; require/forbid use the `topics` judged by',
    'reading each document; forbid_phrases use its `phrases`). Actual findings: `termlint check --format json -p <policy>`',
    'from an empty directory. Matched by (document, rule id); a rule the truth cannot judge is not scored. The',
    'overall line counts contracts (md, docx, pdf); the term sheet is scored on its own line.', '',
    `\`fixtures/yardstick/eval.policy.yaml\` is a different company's playbook, written apart from the default one. Goals: precision ≥ ${goals.precision}, recall ≥ ${goals.recall}.`, '',
    findingsTable(scored), ''];
  for (const { label, result } of scored) {
    md.push(`#### ${label}: rules with errors`, '', perRuleTable(result.overall), '',
      `#### ${label}: missed findings (${result.overall.fn})`, '',
      'termlint = the value `extract` read for that fact (∅: none), or why the file was not read.', '',
      result.overall.missed.length ? errorsTable(result.overall.missed) : 'None.', '',
      `#### ${label}: spurious findings (${result.overall.fp})`, '',
      result.overall.spurious.length ? errorsTable(result.overall.spurious) : 'None.', '');
  }
  return md;
}

/** Console lines for the run summary. */
export function findingsSummary(scored) {
  return scored.flatMap(({ label, result }) => {
    const o = result.overall;
    return [`  findings (${label}): P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)} (TP ${o.tp}, FP ${o.fp}, FN ${o.fn})`,
      ...result.byFormat.map(([f, s]) => `    ${f.padEnd(5)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)];
  });
}


// ---------- the whole step ----------

/** The policies scored: another company's playbook (written apart from the default) and the default one. */
export const FINDINGS_POLICIES = [
  ['eval policy', join('fixtures', 'yardstick', 'eval.policy.yaml')],
  ['default playbook', join('policies', 'default.policy.yaml')],
];
export const FINDINGS_GOALS = { precision: 0.8, recall: 0.7 };

/**
 * Check every yardstick file with each policy and score the findings. docs: as loaded by eval.mjs
 * (versions with project-relative paths); extracted: Map path -> extract record of the same files.
 */
export async function evaluateFindings({ root, cli, docs, extracted, policies = FINDINGS_POLICIES }) {
  const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
  const { compareFact } = await import(dist('rules/fact.js'));
  const { loadPolicy } = await import(dist('policy/load.js'));
  const withAbs = docs.map((d) => ({ ...d, versions: d.versions.map((v) => ({ ...v, absPath: join(root, v.path) })) }));
  const files = withAbs.flatMap((d) => d.versions.map((v) => v.absPath));
  const scored = [];
  for (const [label, rel] of policies) {
    const policyPath = join(root, rel);
    const policy = await loadPolicy(policyPath);
    const { results } = await checkAll(cli, files, { policy: policyPath });
    scored.push({ label, policy: rel, result: scorePolicy({ docs: withAbs, rules: policy.rules, results, extracted, compareFact }) });
  }
  return scored;
}
