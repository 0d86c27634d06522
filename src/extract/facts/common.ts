// The shared shape of fact extractors: each family looks at one sentence at a time and proposes candidates;
// src/extract/facts.ts picks one per fact.
import type { Clause, FactValue } from '../../types.js';
import { startsWithRoleWord, type Roles } from '../parties.js';
import { durationIn, findDurations, type DurationMatch } from '../values/index.js';

/** One sentence of one clause, with what extractors need to judge it. */
export interface SentenceView {
  clause: Clause;
  clauseIndex: number;
  /** Sentence text as written. */
  text: string;
  /** Same length as `text`: lowercased, quotes straightened, whitespace as single spaces one-for-one. */
  norm: string;
  /** Offset of the sentence inside clause.text. */
  index: number;
  /** Position of the sentence in its clause (0 = first). */
  position: number;
  /** The clause's topics (classification already ran). */
  topics: ReadonlySet<string>;
  /** Topics named by the clause's own heading (or its nearest parent's): the strongest signal. */
  headingTopics: ReadonlySet<string>;
  /** The clause's heading and its parents' headings, normalised, joined with " / ". */
  headings: string;
  roles: Roles;
  /** Clause number ("7", "11.2") -> its normalised heading, for reading cross-references ("Section 7"). */
  sectionHeadings: ReadonlyMap<string, string>;
  /** Defined term (normalised, e.g. "excluded claims") -> its definition, normalised ("(a) ...; (b) ..."). */
  definitions: ReadonlyMap<string, string>;
  /** The following sentences of the same clause (for list items that continue an opener). */
  next: readonly SentenceView[];
}

export interface Candidate {
  fact: string;
  value: FactValue;
  at: SentenceView;
  /** Where the value was read inside the sentence (for the excerpt window). */
  matchIndex: number;
  matchLength: number;
  business?: boolean;
  conflict?: string;
  /** Lower is preferred among candidates of the same topic class (default 0). */
  rank?: number;
  /** The value is that of another fact of the document ("renewal terms equal in length to the Initial Term"). */
  sameAs?: string;
}

export type Extractor = (s: SentenceView) => Candidate[];

export function candidate(
  fact: string,
  value: FactValue,
  at: SentenceView,
  where: { index: number; length: number } = { index: 0, length: 0 },
  extra: Partial<Pick<Candidate, 'business' | 'conflict' | 'rank'>> = {},
): Candidate {
  const c: Candidate = { fact, value, at, matchIndex: where.index, matchLength: where.length };
  if (extra.business) c.business = true;
  if (extra.conflict !== undefined) c.conflict = extra.conflict;
  if (extra.rank !== undefined) c.rank = extra.rank;
  return c;
}

/** Up to `n` normalised characters before position `i`. */
export function before(s: SentenceView, i: number, n = 60): string {
  return s.norm.slice(Math.max(0, i - n), i);
}

/** Up to `n` normalised characters after a match. */
export function after(s: SentenceView, i: number, length: number, n = 60): string {
  return s.norm.slice(i + length, i + length + n);
}

/** First index of a regex match in the normalised sentence, or -1. */
export function indexOf(s: SentenceView, re: RegExp): number {
  const m = re.exec(s.norm);
  return m ? m.index : -1;
}

export type DurationUnitOut = 'hours' | 'days' | 'months' | 'years';

/** A duration read from the sentence, converted, with its flags. */
export interface ReadDuration {
  value: number;
  index: number;
  length: number;
  business: boolean;
  conflict?: string;
}

// Several extractors read the durations of the same sentence in turn: keep the last sentence's (never handed out).
let durationsText: string | null = null;
let durationsFound: DurationMatch[] = [];

export function durations(s: SentenceView, unit: DurationUnitOut): ReadDuration[] {
  if (s.text !== durationsText) {
    durationsFound = findDurations(s.text);
    durationsText = s.text;
  }
  return durationsFound.map((d) => {
    const r: ReadDuration = { value: durationIn(d, unit), index: d.index, length: d.length, business: d.business };
    if (d.conflict !== undefined) r.conflict = d.conflict;
    return r;
  });
}

export function durationCandidate(fact: string, d: ReadDuration, s: SentenceView, rank?: number): Candidate {
  const extra: Partial<Pick<Candidate, 'business' | 'conflict' | 'rank'>> = { business: d.business };
  if (d.conflict !== undefined) extra.conflict = d.conflict;
  if (rank !== undefined) extra.rank = rank;
  return candidate(fact, d.value, s, d, extra);
}

/** True when the sentence or its clause is about the topic (heading or classification). */
export function about(s: SentenceView, topic: string): boolean {
  return s.topics.has(topic);
}

/** Kebab-case list items whose patterns occur in the text, in table order. */
export function listItems(text: string, table: ReadonlyArray<readonly [string, RegExp]>): string[] {
  return table.filter(([, re]) => re.test(text)).map(([item]) => item);
}

const CROSS_REFERENCE = /\b(?:sections?|articles?|clauses?|paragraphs?)\s+((?:\d+(?:\.\d+)*(?:\([a-z0-9]+\))?)(?:\s*(?:,|and|or|to|through|-|–)\s*\d+(?:\.\d+)*(?:\([a-z0-9]+\))?)*)/g;

/**
 * The headings of the sections a text refers to ("obligations under Section 7" -> "indemnification"), each
 * number also tried without its sub-parts ("9.2(b)" -> "9.2" -> "9"), so a carve-out by number can be read by subject.
 */
/** A clause number as cross-references name it: "9.2." and "9.2)" are both "9.2". */
export function clauseKey(number: string | null | undefined): string | undefined {
  return number?.replace(/[.)]+$/, '');
}

export function referencedHeadings(s: SentenceView, text: string): string {
  if (s.sectionHeadings.size === 0) return '';
  const found: string[] = [];
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    for (const raw of m[1]!.match(/\d+(?:\.\d+)*/g) ?? []) {
      for (let key = raw; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
        const heading = s.sectionHeadings.get(key);
        if (heading) { found.push(heading); break; }
      }
    }
  }
  return found.join(' / ');
}

/** `"Excluded Claims" means (a) ...`: the defined term and where its definition starts. */
const DEFINITION = /^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)*"([a-z][a-z0-9 &'-]{1,48})"\s+(?:means|shall mean|will mean|refers to|is defined as|has the meaning)\b/;

/** Records the sentence's definition, if it defines a term (with the list items that continue it). */
export function collectDefinition(s: SentenceView, into: Map<string, string>, following: readonly SentenceView[] = []): void {
  const m = DEFINITION.exec(s.norm);
  if (!m || into.has(m[1]!)) return;
  let text = s.norm.slice(m[0].length);
  for (const item of s.next) {
    if (!/^\s*\(?[a-z0-9ivx]{1,4}[.)]/.test(item.norm)) break;
    text += ' ' + item.norm;
  }
  // A list the segmenter cut into sub-clauses ("...; (ii) ...;" then clause "(iii) ... and (iv) ..."): the
  // definition goes on in the deeper clauses that follow while the text so far ends mid-list.
  for (const later of following) {
    if (later.clause === s.clause) continue;
    if (!/(?:[;,]|\b(?:and|or))\s*$/.test(text) || later.clause.level <= s.clause.level) break;
    text += ' ' + later.norm;
  }
  into.set(m[1]!, text);
}

/** A sentence that carries on the list `s` opens: a marked item ("(a) ...", "- ...") or a deeper clause's sentence. */
export function continuesList(s: SentenceView, item: SentenceView): boolean {
  return item.clause !== s.clause || /^\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[•*-])/i.test(item.text);
}

/** The defined terms a text uses, with their index in the text and their definitions. */
export function referencedDefinitions(s: SentenceView, text: string): Array<{ term: string; index: number; definition: string }> {
  const found: Array<{ term: string; index: number; definition: string }> = [];
  for (const [term, definition] of s.definitions) {
    const at = text.indexOf(term);
    if (at < 0 || /\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + term.length] ?? '')) continue;
    // The definition's own sentence does not use the term.
    if (/"$/.test(text.slice(0, at))) continue;
    found.push({ term, index: at, definition });
  }
  return found;
}

/** Right after a duration: "'s prior written notice", "days' notification" — the duration is a notice period. */
export const NOTICE_AFTER = /^\W*(?:'|s|s')?\W*\s*(?:advance |prior |written |advance written |prior written )*(?:notice|notification)/;

/** "audit Client's use", "review the Merchant's records": the word right after `end` names the customer as the one audited. */
export function customerIsObjectAt(s: SentenceView, end: number): boolean {
  const object = s.text.slice(end, end + 40);
  return /^\s+\w/.test(object) && startsWithRoleWord(object, s.roles.customer);
}

/** `"Software" means ...`: a definition, which names things and grants nothing. */
export function isDefinitionSentence(n: string): boolean {
  return DEFINITION.test(n);
}

/** An audit word naming a kind of record ("inspection records", "audit trail"), not an audit. */
export const AUDIT_NOUN_USE = /^(?:inspections? (?:records?|reports?|certificates?|results?|schedules?|history)|audit (?:trails?|logs?|history))\b/;
