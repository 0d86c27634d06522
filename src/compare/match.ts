// Pair each clause of the template with its counterpart in the document.
// Passes, each over what earlier passes left unpaired:
//   1. identical wording (after formatting is normalised away), wherever it moved to;
//   2. same number and heading, when the wording is still broadly alike;
//   3. greedy best text similarity (token Jaccard) above a threshold, nearest position first on ties;
//   4. same number and heading, however much the wording changed (a rewritten clause).
// Whatever is left is a clause removed from the template or added to it.
import type { Clause } from '../types.js';
import { normaliseHeading, normaliseNumber, tokenize } from './tokens.js';

/** Pass 2: a same-numbered clause still shares this much vocabulary. */
const SAME_PLACE_SIMILARITY = 0.35;
/** Pass 3: clauses this alike are the same clause moved or renumbered. */
const SIMILAR = 0.5;
/** Pass 3 compares each template clause with the document clauses this near its expected place. */
const SEARCH_WINDOW = 150;

export interface ClauseMatch {
  /** [template index, document index] pairs, in template order. */
  pairs: Array<[number, number]>;
  /** Template clauses with no counterpart. */
  removed: number[];
  /** Document clauses with no counterpart. */
  added: number[];
}

interface Prepared {
  place: string | null;
  words: Set<string>;
  wording: string;
}

/** What is compared of a clause: its text, or its heading when it is only a heading. */
export function clauseWording(clause: Clause): string {
  return clause.text.trim() === '' ? (clause.heading ?? '') : clause.text;
}

function prepare(clause: Clause): Prepared {
  const keys = tokenize(clauseWording(clause)).map((t) => t.key);
  const number = normaliseNumber(clause.number);
  return {
    place: number === null ? null : `${number}\u0000${normaliseHeading(clause.heading) ?? ''}`,
    words: new Set(keys.filter((k) => /[\p{L}\p{N}]/u.test(k))),
    wording: keys.join(' '),
  };
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function matchClauses(template: Clause[], doc: Clause[]): ClauseMatch {
  const t = template.map(prepare);
  const d = doc.map(prepare);
  const docOf = new Array<number>(t.length).fill(-1);
  const taken = new Array<boolean>(d.length).fill(false);
  const pair = (i: number, j: number) => {
    docOf[i] = j;
    taken[j] = true;
  };

  // 1. Identical wording: first unpaired occurrence, in order.
  const byWording = new Map<string, number[]>();
  d.forEach((p, j) => {
    const queue = byWording.get(p.wording);
    if (queue) queue.push(j);
    else byWording.set(p.wording, [j]);
  });
  t.forEach((p, i) => {
    const queue = byWording.get(p.wording);
    const j = queue?.shift();
    if (j !== undefined && p.wording !== '') pair(i, j);
  });

  // 2 and 4. Same number and heading (the first unpaired such clause).
  const byPlace = (minSimilarity: number) => {
    const places = new Map<string, number[]>();
    d.forEach((p, j) => {
      if (taken[j] || p.place === null) return;
      const list = places.get(p.place);
      if (list) list.push(j);
      else places.set(p.place, [j]);
    });
    t.forEach((p, i) => {
      if (docOf[i] !== -1 || p.place === null) return;
      const j = places.get(p.place)?.find((c) => !taken[c]);
      if (j !== undefined && jaccard(p.words, d[j].words) >= minSimilarity) pair(i, j);
    });
  };
  byPlace(SAME_PLACE_SIMILARITY);

  // 3. Greedy best similarity among the rest.
  const candidates: Array<{ i: number; j: number; score: number; distance: number }> = [];
  const scale = t.length > 0 ? d.length / t.length : 1;
  t.forEach((p, i) => {
    if (docOf[i] !== -1) return;
    const expected = Math.round(i * scale);
    const from = Math.max(0, expected - SEARCH_WINDOW);
    const to = Math.min(d.length, expected + SEARCH_WINDOW + 1);
    for (let j = from; j < to; j++) {
      if (taken[j]) continue;
      const score = jaccard(p.words, d[j].words);
      if (score >= SIMILAR) candidates.push({ i, j, score, distance: Math.abs(j - expected) });
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i);
  for (const c of candidates) if (docOf[c.i] === -1 && !taken[c.j]) pair(c.i, c.j);

  byPlace(0);

  const pairs: Array<[number, number]> = [];
  const removed: number[] = [];
  docOf.forEach((j, i) => (j === -1 ? removed.push(i) : pairs.push([i, j])));
  const added = taken.flatMap((isTaken, j) => (isTaken ? [] : [j]));
  return { pairs, removed, added };
}
