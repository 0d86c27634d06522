// Rule kind "forbid": the document must not have a clause of the topic. One finding per such clause.
import { clauseExcerpt, clauseRef } from './clause-excerpt.js';
import type { RuleKind } from './types.js';

export const forbidRule: RuleKind = {
  name: 'forbid',
  appliesTo: (rule) => typeof rule.forbid === 'string',
  check(rule, ctx) {
    const topic = rule.forbid as string;
    return ctx.doc.clauses
      .filter((c) => c.topics.includes(topic))
      .map((c) => ({
        values: { value: 'present', expected: 'absent', fact: '', clause: c.number ?? '', max: '', min: '' },
        defaultMessage: `A ${topic} clause is present; the policy forbids it.`,
        topic,
        fact: null,
        clause: clauseRef(c),
        location: c.location,
        excerpt: clauseExcerpt(c),
        change: c.change ?? null,
      }));
  },
};
