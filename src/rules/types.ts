// The contract between the judge and the rule kinds: each kind is one file, registered in index.ts.
import type { AnalysedDocument, FactValue, Location, Policy, Rule, Severity, Change } from '../types.js';

export interface RuleContext {
  doc: AnalysedDocument;
  policy: Policy;
}

/** What a rule kind reports; the judge adds owner, fallback and the final message. */
export interface Violation {
  /** Severity override (e.g. `when_absent`); otherwise the rule's severity. */
  severity?: Severity;
  /** Values for the message template: {value}, {max}, {min}, {expected}, {fact}, {clause}. */
  values: Record<string, string>;
  /** The message used when the rule has none of its own. */
  defaultMessage: string;
  /** False when the rule's own message does not describe this case (an absent fact), so the default is used. */
  useRuleMessage?: boolean;
  topic: string | null;
  fact: { name: string; value: FactValue | null; expected: string | null } | null;
  clause: { number: string | null; heading: string | null } | null;
  location: Location | null;
  excerpt: string | null;
  change: Change | null;
}

export interface RuleKind {
  /** Plain name of the kind, as policy authors see it. */
  name: string;
  /** True when the rule is written in this kind (by its keys). */
  appliesTo(rule: Rule): boolean;
  check(rule: Rule, ctx: RuleContext): Violation[];
}
