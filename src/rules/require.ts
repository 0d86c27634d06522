// Rule kind "require": the document must have at least one clause of the topic.
import type { RuleKind } from './types.js';

export const requireRule: RuleKind = {
  name: 'require',
  appliesTo: (rule) => typeof rule.require === 'string',
  check(rule, ctx) {
    const topic = rule.require as string;
    // A term sheet states facts only; it has no clauses to require.
    if (ctx.doc.format === 'termsheet') return [];
    if (ctx.doc.clauses.some((c) => c.topics.includes(topic))) return [];
    return [{
      values: { value: 'absent', expected: 'present', fact: '', clause: '', max: '', min: '' },
      defaultMessage: `No ${topic} clause found; the policy requires one.`,
      topic,
      fact: null,
      clause: null,
      location: null,
      excerpt: null,
      change: null,
    }];
  },
};
