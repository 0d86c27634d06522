// Classify and extract: segment a read document into clauses, give each clause its topics, read the facts.
import type { AnalysedDocument, CompiledFact, CompiledTopic, FactHit, FactMap, FactValue, ReadDocument, TermSheetDocument } from '../types.js';
import { FACTS } from '../vocabulary.js';
import { segment } from '../segment/index.js';
import { extractFacts } from './facts.js';
import { classifyClauses } from './topics.js';

export { classifyClauses } from './topics.js';
export { extractFacts } from './facts.js';
export { excerptAround, locate } from './locate.js';
export { splitSentences } from './sentences.js';

export function analyse(doc: ReadDocument, custom: { topics?: CompiledTopic[]; facts?: CompiledFact[] } = {}): AnalysedDocument {
  const clauses = segment(doc);
  classifyClauses(clauses, custom.topics ?? []);
  const facts = extractFacts(clauses, custom.facts ?? []);
  return { path: doc.path, format: doc.format, clauses, facts, warnings: [...doc.warnings], pages: doc.pages };
}

/** Suffix a term sheet may use to say a day count is in business days ("payment.net_days_business: true"). */
const BUSINESS_SUFFIX = '_business';

function showValue(value: FactValue): string {
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'object') return `${value.currency} ${value.amount}`;
  return String(value);
}

/** Facts stated by a term sheet: every vocabulary fact (null when the sheet is silent) plus the sheet's own keys. */
export function analyseTermSheet(doc: TermSheetDocument): AnalysedDocument {
  const facts: FactMap = {};
  for (const f of FACTS) facts[f.name] = null;
  for (const [key, value] of Object.entries(doc.facts)) {
    if (key.endsWith(BUSINESS_SUFFIX) && typeof value === 'boolean' && key.slice(0, -BUSINESS_SUFFIX.length) in doc.facts) continue;
    const hit: FactHit = {
      value,
      clause: null,
      heading: null,
      location: { page: null, paragraph: null, line: doc.lines[key] ?? null },
      excerpt: `${key}: ${showValue(value)}`,
    };
    if (doc.facts[key + BUSINESS_SUFFIX] === true) hit.business = true;
    facts[key] = hit;
  }
  return { path: doc.path, format: 'termsheet', clauses: [], facts, warnings: [...doc.warnings], pages: null };
}
