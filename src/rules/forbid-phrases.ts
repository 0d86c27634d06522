// Rule kind "forbid_phrases": none of the phrases may appear (inside clauses of `topic` when given).
// Plain substring search on case- and whitespace-folded text: linear time whatever the policy says.
import type { Clause, Location } from '../types.js';
import { clauseRef } from './clause-excerpt.js';
import type { RuleKind, Violation } from './types.js';

function fold(text: string): { folded: string; offsets: number[] } {
  // Lowercase and collapse whitespace, remembering where each folded character came from.
  let folded = '';
  const offsets: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const space = /\s/.test(ch);
    if (space && lastSpace) continue;
    folded += space ? ' ' : ch.toLowerCase();
    offsets.push(i);
    lastSpace = space;
  }
  return { folded, offsets };
}

function locationAt(clause: Clause, offset: number): Location {
  let loc = clause.location;
  for (const span of clause.spans ?? []) {
    if (span.offset <= offset) loc = span.location;
    else break;
  }
  return loc;
}

function sentenceAround(text: string, index: number, length: number): string {
  const before = text.lastIndexOf('. ', index);
  const start = before < 0 ? 0 : before + 2;
  const afterDot = text.indexOf('. ', index + length);
  const end = afterDot < 0 ? text.length : afterDot + 1;
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > 240 ? `${s.slice(0, 239)}…` : s;
}

export const forbidPhrasesRule: RuleKind = {
  name: 'forbid_phrases',
  appliesTo: (rule) => Array.isArray(rule.forbid_phrases),
  check(rule, ctx) {
    const phrases = (rule.forbid_phrases ?? []).map((p) => p.toLowerCase().replace(/\s+/g, ' ').trim()).filter(Boolean);
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
          location: locationAt(clause, start),
          excerpt: sentenceAround(clause.text, start, phrase.length),
          change: clause.change ?? null,
        });
      }
    }
    return out;
  },
};
