// One document through the pipeline: read -> segment/classify/extract (-> judge, by the caller).
// Every failure becomes a coded error for that file, so one bad document never sinks a run.
import { DocumentError } from './errors.js';
import { judge } from './judge.js';
import type { AnalysedDocument, CompiledFact, CompiledTopic, DocError, DocFormat, FileResult, Policy } from './types.js';
import type { ReadOptions } from './read/index.js';

export interface Compiled {
  topics: CompiledTopic[];
  facts: CompiledFact[];
}

export type Analysis =
  | { ok: true; doc: AnalysedDocument }
  | { ok: false; format: DocFormat | null; error: DocError; warnings: string[] };

export async function compilePolicy(policy: Policy): Promise<Compiled> {
  const { compileTopics, compileFacts } = await import('./policy/patterns.js');
  return { topics: compileTopics(policy), facts: compileFacts(policy) };
}

function toDocError(err: unknown, path: string): DocError {
  if (err instanceof DocumentError) return { code: err.code, message: err.message };
  const detail = err instanceof Error ? err.message : String(err);
  return {
    code: 'INTERNAL',
    message: `${path}: internal error while reading (${detail}); please report this with the file if you can share it`,
  };
}

/** Read and analyse a file (or stdin bytes when `bytes` is given). */
export async function analyseFile(
  path: string,
  compiled: Compiled,
  bytes?: { data: Uint8Array; format?: DocFormat },
  readOptions?: ReadOptions,
): Promise<Analysis> {
  const { readDocument, readBuffer } = await import('./read/index.js');
  // Without explicit options, the limits the command line set (they reach worker threads too).
  const readOpts = readOptions ?? { limits: (await import('./read/limits.js')).limitsFromEnv() };
  const { analyse, analyseTermSheet } = await import('./extract/index.js');
  let format: DocFormat | null = null;
  try {
    const read = bytes ? await readBuffer(bytes.data, path, bytes.format, readOpts) : await readDocument(path, readOpts);
    format = read.format;
    const doc = read.format === 'termsheet' ? analyseTermSheet(read) : analyse(read, compiled);
    if (process.env.TERMLINT_DEBUG) process.stderr.write(`termlint: analysed ${path}\n`);
    return { ok: true, doc };
  } catch (err) {
    if (process.env.TERMLINT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return { ok: false, format, error: toDocError(err, path), warnings: [] };
  }
}

/** One analysed (or failed) document as a result with its policy findings. */
export function resultOf(path: string, analysis: Analysis, policy: Policy): FileResult {
  if (!analysis.ok) {
    return { path, format: analysis.format, status: 'error', error: analysis.error, findings: [], warnings: analysis.warnings };
  }
  return { path, format: analysis.doc.format, status: 'ok', error: null, findings: judge(analysis.doc, policy), warnings: analysis.doc.warnings };
}
