// Rule kind "forbid_phrases": none of the phrases may appear (inside clauses of `topic` when given).
// Plain substring search on case- and whitespace-folded text: linear time whatever the policy says.
import { excerptAround, locate } from '../extract/locate.js';
import { foldSameLength, normalise } from '../extract/text.js';
import { clauseRef } from './clause-excerpt.js';
import type { RuleKind, Violation } from './types.js';

function fold(text: string): { folded: string; offsets: number[] } {
  // Case, quotes and dashes folded like the phrase tables; runs of whitespace collapsed,
  // remembering where each folded character came from so the finding points into the source.
  const same = foldSameLength(text);
  let folded = '';
  const offsets: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < same.length; i++) {
    const ch = same[i];
    const space = ch === ' ';
    if (space && lastSpace) continue;
    folded += ch;
    offsets.push(i);
    lastSpace = space;
  }
  return { folded, offsets };
}

export const forbidPhrasesRule: RuleKind = {
  name: 'forbid_phrases',
  appliesTo: (rule) => Array.isArray(rule.forbid_phrases),
  check(rule, ctx) {
    const phrases = (rule.forbid_phrases ?? []).map((p) => normalise(p).trim()).filter(Boolean);
    const clauses = ctx.doc.clauses.filter((c) => !rule.topic || c.topics.includes(rule.topic));
    const out: Violation[] = [];
    for (const clause of clauses) {
      const { folded, offsets } = fold(clause.text);
      for (const phrase of phrases) {
        const at = folded.indexOf(phrase);
        if (at < 0) continue;
        const start = offsets[at];
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
