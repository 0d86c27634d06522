// `termlint policy validate | test | diff`: the checks a policy change goes through before it is merged.
import { relative, resolve } from 'node:path';
import { formatDiagnostic, PolicyError, UsageError } from '../errors.js';
import { judge } from '../judge.js';
import { displayPath } from '../report/text.js';
import { compilePolicy } from '../pipeline.js';
import type { Diagnostic } from '../errors.js';
import type { FileResult, Policy, ReadDocument, Rule } from '../types.js';
import type { DocumentVerdictChange, PolicyDiff, Verdict, VerdictChanges } from '../policy/diff.js';

async function policyPath(file: string | undefined, cwd: string): Promise<string | null> {
  if (file) return file;
  const { findPolicyFile } = await import('../policy/load.js');
  const found = findPolicyFile(cwd);
  return found === null ? null : relative(cwd, found) || found;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function printDiagnostics(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/**
 * Validate a policy (and a waivers file: `--waivers`, or without [file] the nearest
 * termlint.waivers.yaml). Every problem is printed as file:line:column; exit 2 on any error.
 */
export async function runValidate(file: string | undefined, cwd = process.cwd(), opts: { waivers?: string } = {}): Promise<number> {
  const { validatePolicyFile } = await import('../policy/validate.js');
  const { BUILTIN_POLICY_PATH } = await import('../policy/load.js');
  const path = (await policyPath(file, cwd)) ?? BUILTIN_POLICY_PATH;
  const { diagnostics, policy } = await validatePolicyFile(path);
  const { errors, warnings } = printDiagnostics(diagnostics);
  let failed = errors > 0;
  if (errors > 0) {
    process.stdout.write(`✖ ${path}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  } else if (policy) {
    process.stdout.write(`✔ ${path}: valid policy "${policy.name}" ${policy.version} (${plural(policy.rules.length, 'rule')})${warnings ? `, ${plural(warnings, 'warning')}` : ''}\n`);
  }

  const { findWaiversFile, validateWaiversFile } = await import('../waivers/index.js');
  const found = opts.waivers === undefined && file === undefined ? findWaiversFile(cwd) : null;
  const waiversFile = opts.waivers ?? (found === null ? null : relative(cwd, found));
  if (waiversFile !== null) {
    if (policy === null) {
      process.stdout.write(`- ${waiversFile}: not checked (its rule ids are checked against a valid policy)\n`);
    } else {
      const result = validateWaiversFile(waiversFile, policy, cwd);
      const counts = printDiagnostics(result.diagnostics);
      if (result.set === null) {
        failed = true;
        process.stdout.write(`✖ ${waiversFile}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}\n`);
      } else {
        process.stdout.write(`✔ ${waiversFile}: valid waivers (${plural(result.set.waivers.length, 'waiver')})\n`);
      }
    }
  }
  return failed ? 2 : 0;
}

export interface ExampleResult {
  ruleId: string;
  kind: 'pass' | 'fail';
  text: string;
  ok: boolean;
  /** What happened instead, when not ok. */
  detail: string;
}

/** Run one rule's examples through the real pipeline: a `fail` example must raise the rule, a `pass` one must not. */
export async function runRuleExamples(rule: Rule, policy: Policy): Promise<ExampleResult[]> {
  const { analyse } = await import('../extract/index.js');
  const compiled = await compilePolicy(policy);
  const only: Policy = { ...policy, rules: [rule] };
  const results: ExampleResult[] = [];
  for (const kind of ['pass', 'fail'] as const) {
    for (const text of rule.examples?.[kind] ?? []) {
      const doc: ReadDocument = {
        path: `<example of ${rule.id}>`, format: 'txt', pages: null, warnings: [],
        blocks: [{ text, kind: 'body', location: { page: null, paragraph: null, line: 1 } }],
      };
      const findings = judge(analyse(doc, compiled), only);
      const raised = findings.length > 0;
      const ok = kind === 'fail' ? raised : !raised;
      const detail = ok ? '' : kind === 'fail' ? 'expected a finding, none was raised' : `expected no finding, got "${findings[0].message}"`;
      results.push({ ruleId: rule.id, kind, text, ok, detail });
    }
  }
  return results;
}

async function loadOrUsage(path: string | null, cwd: string, label = 'invalid policy'): Promise<Policy> {
  const { loadPolicy, BUILTIN_POLICY_PATH } = await import('../policy/load.js');
  const { BUILTIN_EXTENDS_NAME } = await import('../policy/paths.js');
  try {
    if (path === BUILTIN_EXTENDS_NAME) return { ...(await loadPolicy(BUILTIN_POLICY_PATH, cwd)), source: BUILTIN_EXTENDS_NAME, builtin: true };
    return await loadPolicy(path, cwd);
  } catch (err) {
    if (err instanceof PolicyError) throw new UsageError(`${label}:\n${err.message}`);
    throw err;
  }
}

const fraction = (results: ExampleResult[], kind: 'pass' | 'fail'): string => {
  const of = results.filter((r) => r.kind === kind);
  return of.length === 0 ? '-' : `${of.filter((r) => r.ok).length}/${of.length}`;
};

/** One line per example text in the failure list, cut so a long clause does not flood the table. */
const quote = (text: string): string => `"${text.length > 160 ? `${text.slice(0, 157)}...` : text}"`;

/**
 * Run every active rule's examples and print a table (rule, pass, fail, result); each failing
 * example is named under its rule. Exit 1 when any example fails.
 */
export async function runPolicyTest(file: string | undefined, cwd = process.cwd()): Promise<number> {
  const policy = await loadOrUsage(await policyPath(file, cwd), cwd);
  const active = policy.rules.filter((r) => r.severity !== 'off');
  const width = Math.max(4, ...active.map((r) => r.id.length));
  const row = (id: string, pass: string, fail: string, result: string): string =>
    `  ${id.padEnd(width)}  ${pass.padEnd(5)}  ${fail.padEnd(5)}  ${result}`.trimEnd();
  const out: string[] = [`Policy test: ${policy.name} ${policy.version} (${policy.source})`, '', row('rule', 'pass', 'fail', 'result')];
  const failingRules: string[] = [];
  const untested: string[] = [];
  let failedExamples = 0;
  for (const rule of active) {
    const results = await runRuleExamples(rule, policy);
    if (results.length === 0) {
      untested.push(rule.id);
      out.push(row(rule.id, '-', '-', 'no examples'));
      continue;
    }
    const bad = results.filter((r) => !r.ok);
    out.push(row(rule.id, fraction(results, 'pass'), fraction(results, 'fail'), bad.length ? 'FAILED' : 'ok'));
    if (bad.length) failingRules.push(rule.id);
    failedExamples += bad.length;
    for (const r of bad) {
      const n = results.filter((x) => x.kind === r.kind).indexOf(r) + 1;
      out.push(`      ✖ ${r.kind} example ${n} of ${r.ruleId}: ${r.detail}`, `        ${quote(r.text)}`);
    }
  }
  const tested = active.length - untested.length;
  const coverage = active.length ? Math.round((100 * tested) / active.length) : 100;
  out.push('');
  if (failedExamples) out.push(`✖ ${plural(failedExamples, 'failing example')} in ${plural(failingRules.length, 'rule')}: ${failingRules.join(', ')}`);
  else out.push(`✔ all examples pass (${plural(tested, 'rule')} tested)`);
  if (untested.length) out.push(`Rules without examples (${untested.length}): ${untested.join(', ')}`);
  out.push(`Coverage: ${tested}/${active.length} rules have examples (${coverage}%)`);
  process.stdout.write(`${out.join('\n')}\n`);
  return failedExamples ? 1 : 0;
}

export interface DiffOptions {
  format?: string;
  against?: string;
  output?: string;
}

/** `policy diff <old> <new>`: the rule changes, and with --against the documents whose result changes. Exit 0. */
export async function runPolicyDiff(oldFile: string, newFile: string, opts: DiffOptions, cwd = process.cwd()): Promise<number> {
  const { diffPolicies, formatDiffText, formatDiffMarkdown } = await import('../policy/diff.js');
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
  const before = await loadOrUsage(oldFile, cwd, `invalid old policy ${oldFile}`);
  const after = await loadOrUsage(newFile, cwd, `invalid new policy ${newFile}`);
  const diff: PolicyDiff = diffPolicies(before, after);
  if (opts.against !== undefined) diff.against = await verdictChanges(opts.against, before, after, cwd);
  const text = format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : format === 'markdown' ? formatDiffMarkdown(diff) : formatDiffText(diff);
  const { emit } = await import('./output.js');
  emit(text, opts.output, []);
  return 0;
}

/** Check every document in `folder` under both policies (the real pipeline) and list what changes. */
export async function verdictChanges(folder: string, before: Policy, after: Policy, cwd: string): Promise<VerdictChanges> {
  const { expandPaths } = await import('./files.js');
  const { exitCodeFor } = await import('./check.js');
  const { analyseFile, resultOf } = await import('../pipeline.js');
  const { files, missing } = expandPaths([folder], cwd);
  if (missing.length > 0 || files.length === 0) throw new UsageError(`--against: no documents found in ${folder}`);
  const compiledOld = await compilePolicy(before);
  // Custom topics and facts change what is read; otherwise one reading serves both policies.
  const sameVocabulary = JSON.stringify([before.topics, before.facts]) === JSON.stringify([after.topics, after.facts]);
  const compiledNew = sameVocabulary ? compiledOld : await compilePolicy(after);
  const verdict = (r: FileResult): Verdict => (r.status === 'error' ? 'unreadable' : exitCodeFor([r], Infinity) === 1 ? 'fail' : 'pass');
  const keys = (r: FileResult): string[] => r.findings.map((f) => `${f.ruleId} (${f.severity})`).sort();
  const changed: DocumentVerdictChange[] = [];
  for (const path of files) {
    const analysisOld = await analyseFile(path, compiledOld);
    const analysisNew = sameVocabulary ? analysisOld : await analyseFile(path, compiledNew);
    const rOld = resultOf(path, analysisOld, before);
    const rNew = resultOf(path, analysisNew, after);
    const added = multisetMinus(keys(rNew), keys(rOld));
    const removed = multisetMinus(keys(rOld), keys(rNew));
    if (verdict(rOld) !== verdict(rNew) || added.length || removed.length) {
      changed.push({ path: displayPath(resolve(cwd, path), cwd), old: verdict(rOld), new: verdict(rNew), added, removed });
    }
  }
  return { folder, documents: files.length, changed };
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
