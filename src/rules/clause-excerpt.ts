// The evidence for clause-level findings: the clause's first sentence, trimmed.
import type { Clause } from '../types.js';

const MAX_EXCERPT = 240;

export function clauseExcerpt(clause: Clause, from = 0): string {
  const text = clause.text.slice(from).replace(/\s+/g, ' ').trim();
  const end = text.search(/[.;](\s|$)/);
  const sentence = end > 0 ? text.slice(0, end + 1) : text;
  return sentence.length > MAX_EXCERPT ? `${sentence.slice(0, MAX_EXCERPT - 1).trimEnd()}…` : sentence;
}

export function clauseRef(clause: Clause): { number: string | null; heading: string | null } {
  return { number: clause.number, heading: clause.heading };
}
