// The check command's per-file extras that need a document's analysis (its clauses and facts),
// run in the main thread after judging: comparison findings (--against, --termsheet) and the
// clauses an HTML report shows. Documents are judged on worker threads and cached as results
// only, so a document is analysed again here, and only when one of these was asked for; the
// result cache keeps plain judged results, untouched by the template or term sheet in use.
import { resolve } from 'node:path';
import { analyseFile, type Compiled } from '../pipeline.js';
import type { ReportClause } from '../report/types.js';
import type { AnalysedDocument, FileResult } from '../types.js';
import { mergeFindings, type CompareDocument } from './index.js';

export type ReportDocuments = Record<string, { clauses: ReportClause[] }>;

export interface AttachOptions {
  compare: CompareDocument | null;
  /** Collect each document's clauses for the report (the html format). */
  clauses: boolean;
  compiled: Compiled;
  cwd: string;
  /** Analyses already at hand (stdin), by result path. */
  known?: Record<string, AnalysedDocument>;
}

/** Add comparison findings to each readable result (in place); the clauses per path when asked. */
export async function attachExtras(results: FileResult[], opts: AttachOptions): Promise<ReportDocuments | undefined> {
  if (!opts.compare && !opts.clauses) return undefined;
  const documents: ReportDocuments = {};
  for (const result of results) {
    if (result.status !== 'ok') continue;
    let doc = opts.known && Object.hasOwn(opts.known, result.path) ? opts.known[result.path] : null;
    if (!doc) {
      const analysis = await analyseFile(resolve(opts.cwd, result.path), opts.compiled);
      if (!analysis.ok) continue; // read fine a moment ago; a file changed under us keeps its judged result
      doc = analysis.doc;
    }
    if (opts.compare) result.findings = mergeFindings(result.findings, opts.compare(doc));
    if (opts.clauses) {
      documents[result.path] = {
        clauses: doc.clauses.map((c) => ({ number: c.number, heading: c.heading, text: c.text, location: c.location })),
      };
    }
  }
  return opts.clauses ? documents : undefined;
}
