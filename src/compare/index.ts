// Comparisons `check` runs on each document after judging it: against the company's template
// (`--against`) and against the deal's term sheet (`--termsheet`). The reference documents are
// analysed once, with the same pipeline as the documents, and a bad reference is a usage error:
// a run that silently skipped the comparison asked for would look clean.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { analyseFile, type Compiled } from '../pipeline.js';
import type { AnalysedDocument, Finding, Location, Policy } from '../types.js';
import { compareWithTemplate } from './template.js';
import { compareWithTermSheet } from './termsheet.js';

export { compareWithTemplate, TEMPLATE_RULE_ID, clauseName } from './template.js';
export { compareWithTermSheet, TERMSHEET_RULE_ID } from './termsheet.js';
export { diffClauses, diffKeys, MAX_LCS_TOKENS, type ClauseDiff, type Hunk } from './diff.js';
export { matchClauses, jaccard, type ClauseMatch } from './match.js';
export { sameFactValue, describeValue } from '../fact-values.js';
export { normaliseNumber, normaliseHeading, tokenize } from './tokens.js';

export interface ComparisonOptions {
  against?: string;
  termsheet?: string;
}

/** Findings to add for one analysed document. */
export type CompareDocument = (doc: AnalysedDocument) => Finding[];

async function analyseReference(flag: string, path: string, compiled: Compiled, cwd: string): Promise<AnalysedDocument> {
  const full = resolve(cwd, path);
  const analysis = await analyseFile(full, compiled);
  if (!analysis.ok) {
    // The reader names the resolved path; the user knows the file by what they typed.
    throw new UsageError(`${flag} ${path}: ${analysis.error.code}: ${analysis.error.message.split(full).join(path)}`);
  }
  return analysis.doc;
}

/** Analyse the template and term sheet once; null when neither option is given. */
export async function prepareComparisons(
  opts: ComparisonOptions,
  policy: Policy,
  compiled: Compiled,
  cwd: string,
): Promise<CompareDocument | null> {
  if (!opts.against && !opts.termsheet) return null;
  const template = opts.against ? await analyseReference('--against', opts.against, compiled, cwd) : null;
  if (template && template.format === 'termsheet') {
    throw new UsageError(`--against ${opts.against}: a template is a contract (docx, pdf, md or txt), not a term sheet; use --termsheet`);
  }
  const sheet = opts.termsheet ? await analyseReference('--termsheet', opts.termsheet, compiled, cwd) : null;
  if (sheet && sheet.format !== 'termsheet') {
    throw new UsageError(`--termsheet ${opts.termsheet}: not a YAML term sheet (it must start with "termsheet: 1")`);
  }
  return (doc) => [
    // A term sheet has no clauses to hold against a template.
    ...(template && doc.format !== 'termsheet' ? compareWithTemplate(doc, template, policy) : []),
    ...(sheet ? compareWithTermSheet(doc, sheet, policy) : []),
  ];
}

function position(location: Location | null): number[] | null {
  return location ? [location.page ?? 0, location.paragraph ?? 0, location.line ?? 0] : null;
}

function compareByPosition(a: Finding, b: Finding): number {
  const pa = position(a.location);
  const pb = position(b.location);
  if (pa === null || pb === null) return Number(pa === null) - Number(pb === null);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Judged findings and comparison findings in one list, in document order (findings without a location last); the sort is stable. */
export function mergeFindings(judged: Finding[], extra: Finding[]): Finding[] {
  return [...judged, ...extra].sort(compareByPosition);
}
