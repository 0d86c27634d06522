// The registry of rule kinds. A policy rule is data; the first kind whose keys it uses checks it.
import { factRule } from './fact.js';
import { forbidPhrasesRule } from './forbid-phrases.js';
import { forbidRule } from './forbid.js';
import { requireRule } from './require.js';
import type { RuleKind } from './types.js';

export const RULE_KINDS: readonly RuleKind[] = [factRule, requireRule, forbidRule, forbidPhrasesRule];

export function ruleKindOf(rule: Parameters<RuleKind['appliesTo']>[0]): RuleKind | null {
  return RULE_KINDS.find((k) => k.appliesTo(rule)) ?? null;
}

export type { RuleKind, RuleContext, Violation } from './types.js';
