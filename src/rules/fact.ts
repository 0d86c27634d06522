// Rule kind "fact": compare a stated fact with max / min / equals / in / not_in; `when_absent` for silence.
import { FACT_BY_NAME } from '../vocabulary.js';
import type { FactHit, FactValue, Rule } from '../types.js';
import { formatValue, sameFactValue } from '../fact-values.js';
import type { RuleContext, RuleKind, Violation } from './types.js';

/** Numbers compare as numbers; money compares by amount (currencies are shown in the message). */
function numeric(value: FactValue): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return value.amount;
  return null;
}

function listOf(values: FactValue[]): string {
  return values.map((v) => formatValue(v)).join(', ');
}

/** The first operator the value breaks, with the expectation in words; null when it complies. */
export function compareFact(rule: Rule, value: FactValue): { expected: string; broken: string } | null {
  const n = numeric(value);
  const type = FACT_BY_NAME.get(rule.fact ?? '')?.type ?? null;
  const same = (a: FactValue, b: FactValue) => sameFactValue(a, b, type);
  const items = Array.isArray(value) ? value : [value];
  if (rule.max !== undefined && n !== null && n > rule.max) return { expected: `<= ${rule.max}`, broken: 'max' };
  if (rule.min !== undefined && n !== null && n < rule.min) return { expected: `>= ${rule.min}`, broken: 'min' };
  if (rule.equals !== undefined && !same(value, rule.equals)) {
    return { expected: `= ${formatValue(rule.equals)}`, broken: 'equals' };
  }
  if (rule.in !== undefined) {
    const allowed = rule.in;
    const outside = items.filter((item) => !allowed.some((a) => same(item, a)));
    if (outside.length) return { expected: `one of ${listOf(allowed)}`, broken: 'in' };
  }
  if (rule.not_in !== undefined) {
    const banned = rule.not_in;
    const inside = items.filter((item) => banned.some((b) => same(item, b)));
    if (inside.length) return { expected: `none of ${listOf(banned)}`, broken: 'not_in' };
  }
  return null;
}

/** The expectation in words for messages about an absent fact. */
export function describeExpectation(rule: Rule): string {
  const parts: string[] = [];
  if (rule.max !== undefined) parts.push(`<= ${rule.max}`);
  if (rule.min !== undefined) parts.push(`>= ${rule.min}`);
  if (rule.equals !== undefined) parts.push(`= ${formatValue(rule.equals)}`);
  if (rule.in !== undefined) parts.push(`one of ${listOf(rule.in)}`);
  if (rule.not_in !== undefined) parts.push(`none of ${listOf(rule.not_in)}`);
  return parts.join(' and ');
}

function templateValues(rule: Rule, hit: FactHit | null, expected: string): Record<string, string> {
  return {
    value: formatValue(hit?.value),
    max: rule.max !== undefined ? String(rule.max) : '',
    min: rule.min !== undefined ? String(rule.min) : '',
    expected,
    fact: rule.fact ?? '',
    clause: hit?.clause ?? '',
  };
}

export const factRule: RuleKind = {
  name: 'fact',
  appliesTo: (rule) => typeof rule.fact === 'string',
  check(rule: Rule, ctx: RuleContext): Violation[] {
    const name = rule.fact as string;
    const hit = ctx.doc.facts[name] ?? null;
    const topic = FACT_BY_NAME.get(name)?.topic ?? ctx.policy.facts[name]?.topic ?? null;
    const expectation = describeExpectation(rule);
    if (!hit) {
      if (!rule.when_absent || rule.when_absent === 'off') return [];
      return [{
        severity: rule.when_absent,
        values: templateValues(rule, null, expectation),
        defaultMessage: `${name} is not stated; the policy expects ${expectation || 'it to be stated'}.`,
        // A message about the stated value ("Payment due in {value} days") cannot describe silence.
        useRuleMessage: !(rule.message ?? '').includes('{value}'),
        topic,
        fact: { name, value: null, expected: expectation || null },
        clause: null,
        location: null,
        excerpt: null,
        change: null,
      }];
    }
    const broken = compareFact(rule, hit.value);
    if (!broken) return [];
    const conflict = hit.conflict ? ` (note: ${hit.conflict})` : '';
    return [{
      values: templateValues(rule, hit, broken.expected),
      defaultMessage: `${name} is ${formatValue(hit.value)}; the policy expects ${broken.expected}.${conflict}`,
      topic,
      fact: { name, value: hit.value, expected: broken.expected },
      clause: hit.clause !== null || hit.heading !== null ? { number: hit.clause, heading: hit.heading } : null,
      location: hit.location,
      excerpt: hit.excerpt,
      change: hit.change ?? null,
    }];
  },
};
