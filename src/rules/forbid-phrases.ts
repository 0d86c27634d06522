// Rule kind "forbid_phrases": none of the phrases may appear (inside clauses of `topic` when given).
// Plain substring search on case- and whitespace-folded text: linear time whatever the policy says.
import { excerptAround, locate } from '../extract/locate.js';
import { foldSameLength, normalise } from '../extract/text.js';
import { clauseRef } from './clause-excerpt.js';
import type { RuleKind, Violation } from './types.js';

// Case, quotes and dashes folded like the phrase tables; runs of whitespace collapsed. Each clause is folded once
// for all forbid_phrases rules, and a folded index is mapped back to the source only for a finding.
interface Folded {
  text: string;
  /** foldSameLength(text): indexes match the source. */
  same: string;
  folded: string;
}

const FOLDED = new WeakMap<object, Folded>();

function fold(clause: { text: string }): Folded {
  const known = FOLDED.get(clause);
  if (known !== undefined && known.text === clause.text) return known;
  const same = foldSameLength(clause.text);
  const f: Folded = { text: clause.text, same, folded: same.replace(/ {2,}/g, ' ') };
  FOLDED.set(clause, f);
  return f;
}

/** Where folded character `at` came from in the source (the first space of a collapsed run). */
function sourceOffset(same: string, at: number): number {
  let kept = -1;
  let lastSpace = false;
  for (let i = 0; i < same.length; i++) {
    const space = same[i] === ' ';
    if (space && lastSpace) continue;
    lastSpace = space;
    if (++kept === at) return i;
  }
  return same.length;
}

export const forbidPhrasesRule: RuleKind = {
  name: 'forbid_phrases',
  appliesTo: (rule) => Array.isArray(rule.forbid_phrases),
  check(rule, ctx) {
    const phrases = (rule.forbid_phrases ?? []).map((p) => normalise(p).trim()).filter(Boolean);
    const clauses = ctx.doc.clauses.filter((c) => !rule.topic || c.topics.includes(rule.topic));
    const out: Violation[] = [];
    for (const clause of clauses) {
      const { same, folded } = fold(clause);
      for (const phrase of phrases) {
        const at = folded.indexOf(phrase);
        if (at < 0) continue;
        const start = sourceOffset(same, at);
        out.push({
          values: { value: phrase, expected: 'absent', fact: '', clause: clause.number ?? '', max: '', min: '' },
          defaultMessage: `The phrase "${phrase}" is used; the policy forbids it.`,
          topic: rule.topic ?? null,
          fact: null,
          clause: clauseRef(clause),
          location: locate(clause, start),
          excerpt: excerptAround(clause.text, start, phrase.length),
          change: clause.change ?? null,
        });
      }
    }
    return out;
  },
};
