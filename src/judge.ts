// Judge: run every active policy rule over an analysed document and turn violations into findings.
import { RULE_KINDS } from './rules/index.js';
import type { Violation } from './rules/index.js';
import { FACT_BY_NAME } from './vocabulary.js';
import type { AnalysedDocument, Finding, Location, Owner, Policy, Rule } from './types.js';

/** Fill `{name}` placeholders; unknown names stay as written so a typo is visible, not silently blank. */
export function renderMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key] : whole));
}

/** The rule's owner, or the fact's usual owner when the rule names none and the policy defines it. */
export function ownerOf(rule: Rule, policy: Policy): Owner | null {
  const id = rule.owner ?? (rule.fact ? FACT_BY_NAME.get(rule.fact)?.owner : undefined);
  return id ? resolveOwner(id, policy) : null;
}

/** An owner id as the policy defines it; an id it does not define still shows, by its id. */
export function resolveOwner(id: string, policy: Policy): Owner {
  return Object.hasOwn(policy.owners, id) ? policy.owners[id] : { id, name: id, contact: null };
}

function toFinding(rule: Rule, v: Violation, policy: Policy): Finding {
  const severity = v.severity ?? (rule.severity === 'off' ? 'info' : rule.severity);
  return {
    ruleId: rule.id,
    severity,
    owner: ownerOf(rule, policy),
    message: renderMessage((v.useRuleMessage !== false && rule.message) || v.defaultMessage, v.values),
    topic: v.topic,
    fact: v.fact,
    clause: v.clause,
    location: v.location,
    excerpt: v.excerpt,
    fallback: rule.fallback ?? null,
    waived: null,
    change: v.change,
  };
}

function position(loc: Location | null): number[] {
  if (!loc) return [Number.MAX_SAFE_INTEGER];
  return [loc.page ?? 0, loc.paragraph ?? 0, loc.line ?? 0];
}

function compareFindings(a: Finding, b: Finding): number {
  const pa = position(a.location);
  const pb = position(b.location);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function judge(doc: AnalysedDocument, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  for (const rule of policy.rules) {
    if (rule.severity === 'off') continue;
    const kind = RULE_KINDS.find((k) => k.appliesTo(rule));
    if (!kind) continue; // validation rejects rules without a check; nothing to run here
    for (const v of kind.check(rule, { doc, policy })) findings.push(toFinding(rule, v, policy));
  }
  // Document order first, document-level findings (a missing clause) last; sort is stable.
  return findings.sort(compareFindings);
}
