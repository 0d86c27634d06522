// `termlint policy validate` and `termlint policy test`.
import { formatDiagnostic, UsageError } from '../errors.js';
import { judge } from '../judge.js';
import { compilePolicy } from '../pipeline.js';
import type { Policy, ReadDocument, Rule } from '../types.js';

async function policyPath(file: string | undefined, cwd: string): Promise<string | null> {
  if (file) return file;
  const { findPolicyFile } = await import('../policy/load.js');
  return findPolicyFile(cwd);
}

export async function runValidate(file: string | undefined, cwd = process.cwd()): Promise<number> {
  const { validatePolicyFile } = await import('../policy/validate.js');
  const { BUILTIN_POLICY_PATH } = await import('../policy/load.js');
  const path = (await policyPath(file, cwd)) ?? BUILTIN_POLICY_PATH;
  const { diagnostics, policy } = await validatePolicyFile(path);
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors > 0) {
    process.stdout.write(`✖ ${path}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    return 2;
  }
  process.stdout.write(`✔ ${path}: valid policy "${policy?.name}" ${policy?.version} (${policy?.rules.length} rules)${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
  return 0;
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
      const detail = ok ? '' : kind === 'fail' ? 'no finding was raised' : `raised: ${findings[0].message}`;
      results.push({ ruleId: rule.id, kind, text, ok, detail });
    }
  }
  return results;
}

export async function runPolicyTest(file: string | undefined, cwd = process.cwd()): Promise<number> {
  const { loadPolicy } = await import('../policy/load.js');
  const path = await policyPath(file, cwd);
  let policy: Policy;
  try {
    policy = await loadPolicy(path, cwd);
  } catch (err) {
    throw new UsageError(`invalid policy:\n${(err as Error).message}`);
  }
  const active = policy.rules.filter((r) => r.severity !== 'off');
  let failed = 0;
  let tested = 0;
  const untested: string[] = [];
  const width = Math.max(...active.map((r) => r.id.length), 4);
  for (const rule of active) {
    const results = await runRuleExamples(rule, policy);
    if (results.length === 0) {
      untested.push(rule.id);
      continue;
    }
    tested++;
    const bad = results.filter((r) => !r.ok);
    failed += bad.length;
    process.stdout.write(`${bad.length ? '✖' : '✔'} ${rule.id.padEnd(width)}  ${results.length - bad.length}/${results.length} examples\n`);
    for (const r of bad) process.stdout.write(`    ${r.kind} example of ${r.ruleId} failed (${r.detail}): "${r.text}"\n`);
  }
  const coverage = active.length ? Math.round((100 * tested) / active.length) : 100;
  if (untested.length) process.stdout.write(`Rules without examples: ${untested.join(', ')}\n`);
  process.stdout.write(`${failed ? '✖' : '✔'} ${policy.name} ${policy.version}: ${failed} failing example${failed === 1 ? '' : 's'}; ${tested}/${active.length} rules have examples (${coverage}% coverage)\n`);
  return failed ? 1 : 0;
}
