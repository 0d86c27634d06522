// `termlint check`: lint documents against the policy and report findings per file.
// Stages: options -> policy -> file list -> analyse + judge each file -> per-file extras
// (template, term sheet, waivers) -> filters -> formatter -> output -> exit code.
import { UsageError } from '../errors.js';
import { analyseFile, compilePolicy, resultOf } from '../pipeline.js';
import type { AnalysedDocument, DocFormat, FileResult, Finding, Severity } from '../types.js';
import { toolVersion } from '../version.js';
import { expandPaths } from './files.js';
import { loadPolicyOrExplain } from './load-policy.js';
import { emit, useColor } from './output.js';
import { lintFilesAtScale, selectShard } from './scale.js';

export interface CheckOptions {
  policy?: string;
  format: string;
  output?: string;
  maxWarnings?: string;
  minSeverity?: string;
  owner?: string;
  stdinFormat?: string;
  color?: boolean;
  quiet?: boolean;
  /** Waivers file (default: the nearest termlint.waivers.yaml); --verbose prints the extends chain. */
  waivers?: string;
  verbose?: boolean;
  /** Scale options (src/cli/scale.ts). */
  jobs?: string;
  timeout?: string;
  cache?: boolean;
  cacheLocation?: string;
  shard?: string;
  /** Template to compare each document with, and the deal's term sheet (src/compare/). */
  against?: string;
  termsheet?: string;
  /** Write a copy of the one .docx checked with each finding as a Word comment (src/annotate/). */
  annotate?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const STDIN_FORMATS: DocFormat[] = ['docx', 'pdf', 'md', 'txt', 'termsheet'];

function parseMaxWarnings(raw: string | undefined): number {
  if (raw === undefined) return Infinity;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings must be a whole number, got "${raw}"`);
  return n === -1 ? Infinity : n;
}

function keepFinding(f: Finding, minSeverity: Severity | null, owner: string | null): boolean {
  if (minSeverity && SEVERITY_RANK[f.severity] < SEVERITY_RANK[minSeverity]) return false;
  if (owner && f.owner?.id !== owner) return false;
  return true;
}

async function readStdin(): Promise<Uint8Array> {
  // Stop just past the file size limit: the reader then says TOO_LARGE, and an endless stream cannot fill memory.
  const { limitsFromEnv, resolveLimits } = await import('../read/limits.js');
  const max = resolveLimits(limitsFromEnv()).maxFileBytes;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > max) break;
  }
  return Buffer.concat(chunks);
}

/** Exit code per cli.md: 2 unreadable document, 1 errors or too many warnings, else 0. */
export function exitCodeFor(files: FileResult[], maxWarnings: number): number {
  if (files.some((f) => f.status === 'error')) return 2;
  const active = files.flatMap((f) => f.findings).filter((f) => !f.waived);
  if (active.some((f) => f.severity === 'error')) return 1;
  if (active.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

function notFound(path: string): FileResult {
  return {
    path, format: null, status: 'error', findings: [],
    error: { code: 'NOT_FOUND', message: `${path}: no such file, folder or matching document` },
  };
}

export async function runCheck(paths: string[], opts: CheckOptions, cwd = process.cwd()): Promise<number> {
  const { getFormatter, formatterNames } = await import('../report/index.js');
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new UsageError(`unknown format "${opts.format}" (available: ${formatterNames().join(', ')})`);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const minSeverity = (opts.minSeverity ?? null) as Severity | null;
  if (minSeverity && !(minSeverity in SEVERITY_RANK)) {
    throw new UsageError(`--min-severity must be info, warning or error, got "${minSeverity}"`);
  }
  if (opts.stdinFormat && !STDIN_FORMATS.includes(opts.stdinFormat as DocFormat)) {
    throw new UsageError(`--stdin-format must be one of ${STDIN_FORMATS.join(', ')}`);
  }
  const inputs = paths.length ? paths : opts.stdinFormat ? ['-'] : [];
  if (inputs.length === 0) throw new UsageError('no documents given: termlint check <file|folder|glob>...');
  if (inputs.includes('-') && !opts.stdinFormat) {
    throw new UsageError("reading from stdin ('-') needs --stdin-format <docx|pdf|md|txt|termsheet>");
  }

  const policy = await loadPolicyOrExplain(opts.policy, cwd);
  const lifecycle = await import('./lifecycle.js');
  const waivers = lifecycle.beforeCheck(policy, opts, cwd);
  const compiled = await compilePolicy(policy);
  const compare = await (await import('../compare/index.js')).prepareComparisons(opts, policy, compiled, cwd);
  const { files, missing } = selectShard(expandPaths(inputs.filter((p) => p !== '-'), cwd), opts.shard);
  if (opts.annotate) await (await import('../annotate/cli.js')).checkAnnotateTarget(opts.annotate, inputs, files);

  const results: FileResult[] = missing.map(notFound);
  let stdinDoc: AnalysedDocument | null = null;
  if (inputs.includes('-')) {
    const data = await readStdin();
    const analysis = await analyseFile('<stdin>', compiled, { data, format: opts.stdinFormat as DocFormat });
    results.push(resultOf('<stdin>', analysis, policy));
    if (analysis.ok) stdinDoc = analysis.doc;
  }
  // Analyse and judge every file, in the order of `files` (cache, workers, progress: scale.ts).
  results.push(...(await lintFilesAtScale(files, policy, opts, cwd)));
  // An empty shard (more shards than files) is a clean run, not a usage error.
  if (results.length === 0 && !opts.shard) throw new UsageError(`no documents found in ${inputs.join(', ')}`);

  const documents = await (await import('../compare/attach.js')).attachExtras(results, {
    compare, clauses: opts.format === 'html', compiled, cwd, known: stdinDoc ? { '<stdin>': stdinDoc } : {},
  });
  const staleWaivers = lifecycle.afterJudging(results, waivers, cwd);
  for (const r of results) r.findings = r.findings.filter((f) => keepFinding(f, minSeverity, opts.owner ?? null));
  if (opts.annotate) (await import('../annotate/cli.js')).writeAnnotated(opts.annotate, files[0], results.find((r) => r.path === files[0]));

  const report = formatter({
    tool: { name: 'termlint', version: toolVersion() },
    policy: {
      name: policy.name, version: policy.version, source: policy.source, sha256: policy.sha256,
      builtin: policy.builtin, effective: policy.effective,
    },
    files: results,
    owners: policy.owners,
    color: useColor(opts.color, Boolean(opts.output)),
    cwd,
    ...(staleWaivers ? { staleWaivers } : {}),
    ...(documents ? { documents } : {}),
    rules: policy.rules.filter((r) => r.severity !== 'off').map((r) => ({
      id: r.id, severity: r.severity, owner: r.owner ?? null,
      message: r.message, why: r.why, docs: r.docs, fallback: r.fallback,
    })),
  });
  emit(report, opts.output, files);
  return exitCodeFor(results, maxWarnings);
}
