// `termlint explain <rule-id>`: the rule, its owner, why it exists, its fallback wording and examples.
import { isAbsolute, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { BUILTIN_EXTENDS_NAME, BUILTIN_POLICY_PATH } from '../policy/paths.js';
import { ownerOf } from '../judge.js';
import { describeExpectation } from '../rules/fact.js';
import { closest } from '../policy/suggest.js';
import type { Rule } from '../types.js';
import { loadPolicyOrExplain } from './load-policy.js';

function checkOf(rule: Rule): string {
  if (rule.fact) return `${rule.fact} ${describeExpectation(rule)}`.trim() + (rule.when_absent ? ` (when not stated: ${rule.when_absent})` : '');
  if (rule.require) return `requires a ${rule.require} clause`;
  if (rule.forbid) return `forbids a ${rule.forbid} clause`;
  if (rule.forbid_phrases) return `forbids the phrases ${rule.forbid_phrases.map((p) => `"${p}"`).join(', ')}${rule.topic ? ` in ${rule.topic} clauses` : ''}`;
  return '(no check)';
}

/** The built-in playbook by the name `extends` uses; files relative to where termlint runs. */
function sourceName(source: string, cwd = process.cwd()): string {
  if (source === BUILTIN_POLICY_PATH) return `${BUILTIN_EXTENDS_NAME} (the built-in playbook)`;
  return isAbsolute(source) ? relative(cwd, source) || source : source;
}

export function explainRule(rule: Rule, ownerLine: string | null): string {
  const lines = [
    `${rule.id}  (${rule.severity})`,
    `  Check:    ${checkOf(rule)}`,
    `  Owner:    ${ownerLine ?? 'none'}`,
  ];
  if (rule.message) lines.push(`  Message:  ${rule.message}`);
  if (rule.why) lines.push(`  Why:      ${rule.why}`);
  if (rule.fallback) lines.push(`  Fallback: ${rule.fallback}`);
  if (rule.docs) lines.push(`  Docs:     ${rule.docs}`);
  for (const s of rule.examples?.pass ?? []) lines.push(`  Passes:   ${s}`);
  for (const s of rule.examples?.fail ?? []) lines.push(`  Fails:    ${s}`);
  if (rule.source) lines.push(`  Defined in ${sourceName(rule.source)}`);
  return `${lines.join('\n')}\n`;
}

export async function runExplain(ruleId: string, opts: { policy?: string }, cwd = process.cwd()): Promise<number> {
  const policy = await loadPolicyOrExplain(opts.policy, cwd);
  const rule = policy.rules.find((r) => r.id === ruleId);
  if (!rule) {
    const guess = closest(ruleId, policy.rules.map((r) => r.id));
    throw new UsageError(`no rule "${ruleId}" in ${policy.source}${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  const owner = ownerOf(rule, policy);
  const ownerLine = owner ? `${owner.name}${owner.contact ? ` <${owner.contact}>` : ''}` : null;
  process.stdout.write(explainRule(rule, ownerLine));
  return 0;
}
