// The evidence for clause-level findings: the clause's first sentence, trimmed.
import { excerptAround } from '../extract/locate.js';
import type { Clause } from '../types.js';

export function clauseExcerpt(clause: Clause): string {
  return excerptAround(clause.text, 0, 0);
}

export function clauseRef(clause: Clause): { number: string | null; heading: string | null } {
  return { number: clause.number, heading: clause.heading };
}
