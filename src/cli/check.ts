// `termlint check`: lint documents against the policy and report findings per file.
// Stages: options -> policy -> file list -> analyse + judge each file -> per-file extras
// (template, term sheet, waivers) -> filters -> formatter -> output -> exit code.
import { UsageError } from '../errors.js';
import { judge } from '../judge.js';
import { analyseFile, compilePolicy } from '../pipeline.js';
import type { Analysis, Compiled } from '../pipeline.js';
import type { DocFormat, FileResult, Finding, Policy, Severity } from '../types.js';
import { toolVersion } from '../version.js';
import { expandPaths } from './files.js';
import { loadPolicyOrExplain } from './load-policy.js';
import { emit, useColor } from './output.js';

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
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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

/** One analysed (or failed) document as a result with its policy findings. */
export function resultOf(path: string, analysis: Analysis, policy: Policy): FileResult {
  if (!analysis.ok) {
    return { path, format: analysis.format, status: 'error', error: analysis.error, findings: [], warnings: analysis.warnings };
  }
  return { path, format: analysis.doc.format, status: 'ok', error: null, findings: judge(analysis.doc, policy), warnings: analysis.doc.warnings };
}

function notFound(path: string): FileResult {
  return {
    path, format: null, status: 'error', findings: [],
    error: { code: 'NOT_FOUND', message: `${path}: no such file, folder or matching document` },
  };
}

/** Analyse and judge every file, in order. */
async function lintFiles(files: string[], policy: Policy, compiled: Compiled): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const path of files) results.push(resultOf(path, await analyseFile(path, compiled), policy));
  return results;
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
  const compiled = await compilePolicy(policy);
  const { files, missing } = expandPaths(inputs.filter((p) => p !== '-'), cwd);

  const results: FileResult[] = missing.map(notFound);
  if (inputs.includes('-')) {
    const data = await readStdin();
    const analysis = await analyseFile('<stdin>', compiled, { data, format: opts.stdinFormat as DocFormat });
    results.push(resultOf('<stdin>', analysis, policy));
  }
  results.push(...(await lintFiles(files, policy, compiled)));
  if (results.length === 0) throw new UsageError(`no documents found in ${inputs.join(', ')}`);

  for (const r of results) r.findings = r.findings.filter((f) => keepFinding(f, minSeverity, opts.owner ?? null));

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
  });
  emit(report, opts.output, files);
  return exitCodeFor(results, maxWarnings);
}
