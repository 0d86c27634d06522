// `check --against <template>`: compare a document with the company's template clause by clause.
// Clauses added, removed or changed beyond formatting become `template-deviation` findings with
// the clause number, a short word diff and the owner of the clause's topic; unchanged clauses say
// nothing, so a clean redline is quiet. The template's own wording is the fallback.
import type { AnalysedDocument, Clause, FactMap, Finding, Location, Policy } from '../types.js';
import { FACT_BY_NAME } from '../vocabulary.js';
import { diffClauses, type ClauseDiff } from './diff.js';
import { clauseWording, matchClauses } from './match.js';
import { clauseOwner, factsInClause } from './owners.js';
import { tokenize } from './tokens.js';
import { describeValue, sameFactValue } from '../fact-values.js';

export const TEMPLATE_RULE_ID = 'template-deviation';

/** Clause kinds compared. Title, preamble (parties, date) and signature blocks differ in every deal. */
const COMPARED_KINDS: ReadonlySet<Clause['kind']> = new Set(['clause', 'definition', 'exhibit']);
/** Longest template wording offered as the fallback, in characters. */
const MAX_FALLBACK = 600;
/** Longest excerpt of a whole added or removed clause. */
const MAX_EXCERPT = 240;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "3.2 (Fees and Payment)", "3.2", "Fees and Payment", or the clause's first words. */
export function clauseName(clause: Clause): string {
  if (clause.number && clause.heading) return `${clause.number} (${oneLine(clause.heading)})`;
  if (clause.number) return clause.number;
  if (clause.heading) return `"${oneLine(clause.heading)}"`;
  return `"${clip(clause.text, 40)}"`;
}

function isDefinition(clause: Clause): boolean {
  return clause.kind === 'definition' || clause.topics.includes('definitions');
}

/** The source location of the block holding character `offset` of the clause, and its tracked change. */
function whereInClause(clause: Clause, offset: number): { location: Location; change: Finding['change'] } {
  let found = clause.spans[0];
  for (const s of clause.spans) if (s.offset <= offset) found = s;
  return { location: found?.location ?? clause.location, change: found?.change ?? clause.change ?? null };
}

/** The first fact read from this clause whose value the template states differently. */
function changedFact(docClause: Clause, docFacts: FactMap, templateFacts: FactMap): Finding['fact'] {
  for (const name of factsInClause(docClause, docFacts)) {
    const now = docFacts[name];
    const before = templateFacts[name];
    if (!now || !before) continue;
    const type = FACT_BY_NAME.get(name)?.type ?? null;
    if (!sameFactValue(now.value, before.value, type)) {
      return { name, value: now.value, expected: `= ${describeValue(before.value, type, before.business)}` };
    }
  }
  return null;
}

function finding(fields: Pick<Finding, 'severity' | 'owner' | 'message' | 'topic' | 'fact' | 'clause' | 'location' | 'excerpt' | 'fallback' | 'change'>): Finding {
  return { ruleId: TEMPLATE_RULE_ID, waived: null, ...fields };
}

function changed(t: Clause, d: Clause, diff: ClauseDiff, doc: AnalysedDocument, template: AnalysedDocument, policy: Policy): Finding {
  const { owner, topic } = clauseOwner(d, doc.facts, policy);
  // Offset of the first change in the document's wording: locates the finding to its paragraph.
  const firstChanged = d.text.trim() === '' ? undefined : tokenize(d.text)[diff.hunks[0].newFrom];
  const { location, change } = whereInClause(d, firstChanged?.start ?? 0);
  return finding({
    severity: 'warning',
    owner,
    message: `Clause ${clauseName(d)} differs from the template: ${diff.summary}`,
    topic,
    fact: changedFact(d, doc.facts, template.facts),
    clause: { number: d.number, heading: d.heading },
    location,
    excerpt: diff.excerpt,
    fallback: clip(clauseWording(t), MAX_FALLBACK),
    change,
  });
}

function removed(t: Clause, template: AnalysedDocument, policy: Policy): Finding {
  const { owner, topic } = clauseOwner(t, template.facts, policy);
  return finding({
    severity: 'warning',
    owner,
    message: `Clause ${clauseName(t)} of the template is missing from this document`,
    topic,
    fact: null,
    clause: { number: t.number, heading: t.heading },
    location: null,
    excerpt: clip(clauseWording(t), MAX_EXCERPT),
    fallback: clip(clauseWording(t), MAX_FALLBACK),
    change: null,
  });
}

function added(d: Clause, doc: AnalysedDocument, policy: Policy): Finding {
  const { owner, topic } = clauseOwner(d, doc.facts, policy);
  const definition = isDefinition(d);
  return finding({
    severity: definition ? 'info' : 'warning',
    owner,
    message: definition
      ? `Definition ${clauseName(d)} is not in the template`
      : `Clause ${clauseName(d)} is not in the template`,
    topic,
    fact: null,
    clause: { number: d.number, heading: d.heading },
    location: d.location,
    excerpt: clip(clauseWording(d), MAX_EXCERPT),
    fallback: null,
    change: d.change ?? d.spans[0]?.change ?? null,
  });
}

/**
 * Findings for every clause of `doc` that was added, removed or changed relative to `template`,
 * in document order (a removed clause right after the counterpart of the template clause before it).
 */
export function compareWithTemplate(doc: AnalysedDocument, template: AnalysedDocument, policy: Policy): Finding[] {
  const docClauses = doc.clauses.filter((c) => COMPARED_KINDS.has(c.kind));
  const templateClauses = template.clauses.filter((c) => COMPARED_KINDS.has(c.kind));
  const match = matchClauses(templateClauses, docClauses);

  // Each finding is keyed by a document position so removed clauses sit where they were cut.
  const keyed: Array<{ at: number; order: number; finding: Finding }> = [];
  const docIndexOfTemplate = new Map(match.pairs);
  let order = 0;
  for (const [i, j] of match.pairs) {
    const diff = diffClauses(clauseWording(templateClauses[i]), clauseWording(docClauses[j]));
    if (diff.hunks.length > 0) keyed.push({ at: j, order: order++, finding: changed(templateClauses[i], docClauses[j], diff, doc, template, policy) });
  }
  for (const i of match.removed) {
    let before = -1;
    for (let k = i - 1; k >= 0; k--) {
      const j = docIndexOfTemplate.get(k);
      if (j !== undefined) {
        before = j;
        break;
      }
    }
    keyed.push({ at: before + 0.5, order: order++, finding: removed(templateClauses[i], template, policy) });
  }
  for (const j of match.added) keyed.push({ at: j, order: order++, finding: added(docClauses[j], doc, policy) });
  return keyed.sort((a, b) => a.at - b.at || a.order - b.order).map((k) => k.finding);
}
