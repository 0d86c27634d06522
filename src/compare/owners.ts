// Whom to consult about a clause or a fact, from the vocabulary's usual owners (facts.md),
// resolved through the policy's owners so reports show names and contacts.
import type { Clause, FactMap, Owner, Policy } from '../types.js';
import { resolveOwner } from '../judge.js';
import { FACTS, FACT_BY_NAME } from '../vocabulary.js';

/** Owner when nothing more specific is known: contract wording is Legal's by default. */
export const DEFAULT_OWNER = 'legal';

/** Topic -> the owner of most of its facts (first listed wins a tie): payment -> finance, sla -> support. */
export const TOPIC_OWNER: ReadonlyMap<string, string> = (() => {
  const counts = new Map<string, Map<string, number>>();
  for (const f of FACTS) {
    const perOwner = counts.get(f.topic) ?? new Map<string, number>();
    perOwner.set(f.owner, (perOwner.get(f.owner) ?? 0) + 1);
    counts.set(f.topic, perOwner);
  }
  const owners = new Map<string, string>();
  for (const [topic, perOwner] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [owner, count] of perOwner) if (count > bestCount) [best, bestCount] = [owner, count];
    owners.set(topic, best);
  }
  return owners;
})();

/** The usual owner of a fact: the vocabulary's, else that of the custom fact's topic, else Legal. */
export function factOwnerId(name: string, policy: Policy): string {
  const spec = FACT_BY_NAME.get(name);
  if (spec) return spec.owner;
  const topic = Object.hasOwn(policy.facts, name) ? policy.facts[name].topic : undefined;
  return (topic && TOPIC_OWNER.get(topic)) || DEFAULT_OWNER;
}

/** Facts the document read from this very clause, in vocabulary order. */
export function factsInClause(clause: Clause, facts: FactMap): string[] {
  if (clause.number === null) return [];
  return Object.entries(facts).flatMap(([name, hit]) =>
    hit && hit.clause === clause.number && hit.heading === clause.heading ? [name] : [],
  );
}

/**
 * The clause's owner and the topic it was chosen by: the owner of a fact read from the clause
 * (the most direct evidence of what the clause decides), else of its first topic that has facts,
 * else Legal.
 */
export function clauseOwner(clause: Clause, facts: FactMap, policy: Policy): { owner: Owner; topic: string | null } {
  const fact = factsInClause(clause, facts).find((name) => FACT_BY_NAME.has(name));
  if (fact) {
    const spec = FACT_BY_NAME.get(fact);
    return { owner: resolveOwner(factOwnerId(fact, policy), policy), topic: spec?.topic ?? clause.topics[0] ?? null };
  }
  const topic = clause.topics.find((t) => TOPIC_OWNER.has(t));
  if (topic) return { owner: resolveOwner(TOPIC_OWNER.get(topic) ?? DEFAULT_OWNER, policy), topic };
  return { owner: resolveOwner(DEFAULT_OWNER, policy), topic: clause.topics[0] ?? null };
}
