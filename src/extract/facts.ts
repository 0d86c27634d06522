// Fact extraction: every sentence of every clause goes through each fact family's extractor; then one
// candidate is chosen per fact, deterministically:
//   1. candidates from a clause whose heading names the fact's topic beat those from a clause classified
//      on the topic by its text, which beat the rest;
//   2. then the extractor's rank (0 = the most specific wording, e.g. "Net 30" over "within 30 days");
//   3. then document order (the first statement wins).
// Some facts reduce differently (REDUCE below): the most severe support response is the smallest
// number of hours; list facts join every statement of the best class; some booleans are true as soon
// as any clause creates the right (a "no termination for convenience" elsewhere does not undo it).
import type { Change, Clause, CompiledFact, FactHit, FactMap, FactValue } from '../types.js';
import { FACTS, FACT_BY_NAME, LIST_VALUES } from '../vocabulary.js';
import { assignmentFacts } from './facts/assignment.js';
import { clauseKey, collectDefinition, type Candidate, type Extractor, type SentenceView } from './facts/common.js';
import { dataFacts } from './facts/data.js';
import { indemnityFacts } from './facts/indemnity.js';
import { insuranceFacts } from './facts/insurance.js';
import { lawFacts } from './facts/law.js';
import { liabilityFacts } from './facts/liability.js';
import { miscFacts } from './facts/misc.js';
import { paymentFacts } from './facts/payment.js';
import { pricingFacts } from './facts/pricing.js';
import { serviceFacts } from './facts/service.js';
import { termFacts } from './facts/term.js';
import { terminationFacts } from './facts/termination.js';
import { warrantyFacts } from './facts/warranty.js';
import { excerptAround, locate } from './locate.js';
import { resolveRoles } from './parties.js';
import { splitSentences } from './sentences.js';
import { foldSameLength, normalise } from './text.js';
import { headingChain, headingTopics } from './topics.js';
import { COUNTRIES } from './values/countries.js';

/** One extractor per fact family. */
export const EXTRACTORS: readonly Extractor[] = [
  paymentFacts,
  pricingFacts,
  termFacts,
  terminationFacts,
  liabilityFacts,
  indemnityFacts,
  warrantyFacts,
  serviceFacts,
  dataFacts,
  lawFacts,
  assignmentFacts,
  insuranceFacts,
  miscFacts,
];

type Reduce = 'first' | 'min' | 'union' | 'any-true';

const REDUCE: Readonly<Record<string, Reduce>> = {
  // The most severe incident tier has the shortest response time.
  'support.response_hours': 'min',
  'liability.uncapped_for': 'union',
  'indemnity.scope': 'union',
  'data.residency': 'union',
  'termination.for_convenience': 'any-true',
  'termination.refund_prepaid': 'any-true',
  'liability.uncapped': 'any-true',
  'indemnity.uncapped': 'any-true',
  'assignment.consent_required': 'any-true',
  'assignment.change_of_control_termination': 'any-true',
  'ip.assignment_to_customer': 'any-true',
  'exclusivity.present': 'any-true',
  'publicity.logo_use': 'any-true',
  'security.customer_audit': 'any-true',
  'audit.financial_records': 'any-true',
  'mfn.present': 'any-true',
  'escrow.source_code': 'any-true',
};

/** Clause kinds that never state terms. */
const SKIPPED_KINDS: ReadonlySet<Clause['kind']> = new Set(['signature', 'title']);

/** A real signature block is short; a long "signature" clause is body text the segmenter could not split. */
const SIGNATURE_MAX_CHARS = 3000;

function skipped(clause: Clause): boolean {
  if (clause.kind === 'signature') return clause.text.length <= SIGNATURE_MAX_CHARS;
  return SKIPPED_KINDS.has(clause.kind);
}

/** Sentence views for every clause, in document order. */
export function sentenceViews(clauses: readonly Clause[]): SentenceView[] {
  const roles = resolveRoles(clauses);
  const chains = headingChain(clauses);
  const sectionHeadings = new Map<string, string>();
  for (const c of clauses) {
    const key = clauseKey(c.number);
    if (key && c.heading && !sectionHeadings.has(key)) sectionHeadings.set(key, normalise(c.heading));
  }
  // Filled once every sentence is known: a definition may come after the sentences that use it.
  const definitions = new Map<string, string>();
  const all: SentenceView[] = [];
  clauses.forEach((clause, clauseIndex) => {
    if (skipped(clause)) return;
    const topics = new Set(clause.topics);
    const named = new Set(headingTopics(clause.heading ?? chains[clauseIndex]![0] ?? null));
    const headings = chains[clauseIndex]!.map(normalise).join(' / ');
    const views: SentenceView[] = [];
    const sentences = splitSentences(clause.text);
    const next: SentenceView[][] = sentences.map(() => []);
    sentences.forEach((s, position) => {
      views.push({
        clause, clauseIndex, text: s.text, norm: foldSameLength(s.text), index: s.index, position,
        topics, headingTopics: named, headings, roles, sectionHeadings, definitions, next: next[position]!,
      });
    });
    views.forEach((_, i) => next[i]!.push(...views.slice(i + 1, i + 6)));
    all.push(...views);
  });
  all.forEach((view, i) => {
    // "The Company shall indemnify the Merchant against ... arising from:" whose items the segmenter made sub-clauses
    // ("10.1(a)", "10.1(b)"): the opener goes on in the deeper clauses that follow.
    if (view.next.length === 0 && /:\s*$/.test(view.norm)) {
      const items: SentenceView[] = [];
      for (const later of all.slice(i + 1, i + 7)) {
        if (later.clause.level <= view.clause.level) break;
        items.push(later);
      }
      (view.next as SentenceView[]).push(...items);
    }
    // Only a sentence with a quoted term can define one; the check spares the slice for all others.
    if (view.norm.includes('"')) collectDefinition(view, definitions, all.slice(i + 1, i + 8));
  });
  return all;
}

/** A key for every vocabulary fact and every custom fact; null when the document does not state it. */
export function extractFacts(clauses: Clause[], custom: CompiledFact[] = []): FactMap {
  const byFact = new Map<string, Candidate[]>();
  for (const view of sentenceViews(clauses)) {
    for (const extract of EXTRACTORS) {
      for (const c of extract(view)) {
        if (!FACT_BY_NAME.has(c.fact)) continue;
        const list = byFact.get(c.fact) ?? [];
        list.push(c);
        byFact.set(c.fact, list);
      }
    }
  }
  const chains = headingChain(clauses);
  const facts: FactMap = {};
  let dollar: string | null | undefined;
  const prevailing = prevailingPart(clauses, chains);
  for (const spec of FACTS) {
    const all = byFact.get(spec.name) ?? [];
    // Where a signed rider or order form prevails over the base terms, its statement of a fact wins.
    const inPrevailing = prevailing === null ? [] : all.filter((c) => c.at.headings.includes(prevailing));
    const chosen = choose(spec.name, spec.topic, inPrevailing.length > 0 ? inPrevailing : all);
    if (chosen?.candidate.sameAs !== undefined) {
      // Facts come in vocabulary order, so the fact referred to ("term.initial_months") is already chosen.
      const other = facts[chosen.candidate.sameAs];
      if (!other) {
        facts[spec.name] = null;
        continue;
      }
      chosen.value = other.value;
    }
    if (chosen && spec.type === 'money' && bareDollar(chosen.candidate)) {
      dollar ??= localDollar(clauses);
      const money = chosen.value as { amount: number; currency: string };
      if (dollar !== null && money.currency === 'USD') chosen.value = { ...money, currency: dollar };
    }
    facts[spec.name] = chosen ? toHit(chosen.candidate, chosen.value, chains) : null;
  }
  indemnityOutsideCap(facts);
  for (const fact of custom) facts[fact.name] = customFact(fact, clauses, chains);
  return facts;
}

/**
 * An indemnity expressly outside the cap ("The limitation in Clause 12.2 does not apply to this indemnity") is one of the
 * carve-outs wholly outside it (facts.md), though said in the indemnity clause rather than in the cap clause, whose
 * list wins the choice for liability.uncapped_for. The liability facts say so too.
 */
function indemnityOutsideCap(facts: FactMap): void {
  const indemnity = facts['indemnity.uncapped'];
  if (indemnity?.value !== true) return;
  const list = facts['liability.uncapped_for'];
  if (!list) facts['liability.uncapped_for'] = { ...indemnity, value: ['indemnification'] };
  else if (Array.isArray(list.value) && !list.value.includes('indemnification')) facts['liability.uncapped_for'] = { ...list, value: [...list.value, 'indemnification'] };
  facts['liability.uncapped'] ??= { ...indemnity };
}

/** "... where the Enterprise Rider conflicts with these Terms, the Enterprise Rider prevails": the part named. */
const PREVAILS = /\b((?:[a-z-]+ ){0,3}(?:rider|addendum|order form|special terms|statement of work))(?:'s terms)?,? (?:shall |will |is to )?(?:prevail|prevails|control|controls|take precedence|takes precedence)\b/;

/**
 * The part of the document that prevails over the rest ("the Enterprise Rider prevails"), as it appears in the
 * heading chains (lowercased), or null when no part is said to prevail or no heading names it.
 */
function prevailingPart(clauses: readonly Clause[], chains: readonly string[][]): string | null {
  for (const clause of clauses) {
    // Cheap test first: the pattern is costly to try at every word of every clause.
    if (!/prevail|control|precedence/i.test(clause.text)) continue;
    const m = PREVAILS.exec(normalise(clause.text));
    if (!m) continue;
    const name = m[1]!.replace(/^(?:the|this|that|such|any|each|an?) /, '').trim();
    const words = name.split(' ');
    const headings = chains.flat().map(normalise);
    // "the Enterprise Rider" may be headed "Enterprise Rider" or just "Rider": the longest tail a heading holds.
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (headings.some((h) => h.includes(tail))) return tail;
    }
  }
  return null;
}

/** The amount was written with a bare "$" ("$5,000,000"), not "US$", "USD" or "C$". */
function bareDollar(c: Candidate): boolean {
  const text = c.at.text.slice(c.matchIndex, c.matchIndex + c.matchLength);
  if (/\b(?:US|U\.S\.)\s*$/.test(c.at.text.slice(Math.max(0, c.matchIndex - 5), c.matchIndex))) return false;
  // "two million dollars ($2,000,000)" names no country either.
  return /^\$\s?\d/.test(text) || (/\bdollars?\b/i.test(text) && !/\b(?:US|U\.S\.|united states|american|canadian|australian|new zealand|singapore|hong kong)\s+dollars?\b/i.test(text));
}

/** Dollars other than the US one, as their country's record names them (countries.ts). */
const LOCAL_DOLLARS: ReadonlyArray<readonly [string, RegExp]> = COUNTRIES.flatMap((c) => (c.currency?.dollar ? [[c.currency.code, c.currency.dollar] as const] : []));
const US_DOLLARS = /\bUSD\b|\bUS\$|\bU\.S\.\s?\$|\b(?:US|U\.S\.|United States) dollars?\b/i;

/**
 * A Canadian contract that states its prices "in Canadian dollars (CAD)" writes later amounts as "$5,000,000":
 * the one non-US dollar the document names, when it never names the US dollar; null otherwise.
 */
function localDollar(clauses: readonly Clause[]): string | null {
  const text = clauses.map((c) => c.text).join('\n');
  if (US_DOLLARS.test(text)) return null;
  const named = LOCAL_DOLLARS.filter(([, re]) => re.test(text)).map(([code]) => code);
  return named.length === 1 ? named[0]! : null;
}

function choose(fact: string, topic: string, list: Candidate[]): { candidate: Candidate; value: FactValue } | null {
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => order(a, topic) - order(b, topic) || (a.rank ?? 0) - (b.rank ?? 0) || a.at.clauseIndex - b.at.clauseIndex || a.at.index - b.at.index || a.matchIndex - b.matchIndex);
  const best = sorted[0]!;
  const bestClass = sorted.filter((c) => order(c, topic) === order(best, topic));
  switch (REDUCE[fact] ?? 'first') {
    case 'min': {
      const min = bestClass.reduce((m, c) => ((c.value as number) < (m.value as number) ? c : m), bestClass[0]!);
      return { candidate: min, value: min.value };
    }
    case 'union': {
      const items = new Set(bestClass.flatMap((c) => c.value as string[]));
      const known = LIST_VALUES[fact] ?? [];
      const value = [...known.filter((x) => items.has(x)), ...[...items].filter((x) => !known.includes(x))];
      return { candidate: best, value };
    }
    case 'any-true': {
      const yes = sorted.find((c) => c.value === true);
      return yes ? { candidate: yes, value: true } : { candidate: best, value: best.value };
    }
    default:
      return { candidate: best, value: best.value };
  }
}

/** 0 when the clause's heading names the fact's topic, 1 when its text is about it, 2 otherwise. */
function order(c: Candidate, topic: string): number {
  if (c.at.headingTopics.has(topic)) return 0;
  return c.at.topics.has(topic) ? 1 : 2;
}

function changeAt(clause: Clause, offset: number): Change | null {
  let change: Change | null | undefined = null;
  for (const span of clause.spans) if (span.offset <= offset) change = span.change;
  return change ?? clause.change ?? null;
}

function hitFor(clause: Clause, chain: string[], offset: number, length: number, value: FactValue): FactHit {
  const hit: FactHit = {
    value,
    clause: clause.number,
    heading: clause.heading ?? chain[0] ?? null,
    location: locate(clause, offset),
    excerpt: excerptAround(clause.text, offset, length),
  };
  const change = changeAt(clause, offset);
  if (change) hit.change = change;
  return hit;
}

function toHit(c: Candidate, value: FactValue, chains: string[][]): FactHit {
  const offset = c.at.index + c.matchIndex;
  const hit = hitFor(c.at.clause, chains[c.at.clauseIndex]!, offset, c.matchLength, value);
  if (c.business) hit.business = true;
  if (c.conflict !== undefined) hit.conflict = c.conflict;
  return hit;
}

/** A policy's own fact: the first match, preferring clauses on the fact's topic. */
function customFact(fact: CompiledFact, clauses: Clause[], chains: string[][]): FactHit | null {
  const indexes = clauses.map((_, i) => i).filter((i) => !skipped(clauses[i]!));
  const onTopic = fact.topic ? indexes.filter((i) => clauses[i]!.topics.includes(fact.topic!)) : [];
  const rest = indexes.filter((i) => !onTopic.includes(i));
  for (const i of [...onTopic, ...rest]) {
    const clause = clauses[i]!;
    const found = fact.find(clause.text);
    if (found) return hitFor(clause, chains[i]!, found.index, found.length, found.value);
  }
  return null;
}
