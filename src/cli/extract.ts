// `termlint extract`: show what termlint read — clauses, topics and every fact of the vocabulary.
import { UsageError } from '../errors.js';
import { analyseFile, compilePolicy } from '../pipeline.js';
import { toolVersion } from '../version.js';
import { expandPaths } from './files.js';
import { loadPolicyOrExplain } from './load-policy.js';
import { emit } from './output.js';

export interface ExtractOptions {
  format: string;
  policy?: string;
  output?: string;
}

export async function runExtract(paths: string[], opts: ExtractOptions, cwd = process.cwd()): Promise<number> {
  const report = await import('../report/extract.js');
  const formatters: Record<string, (input: Parameters<typeof report.formatExtractJson>[0]) => string> = {
    json: report.formatExtractJson,
    yaml: report.formatExtractYaml,
    text: report.formatExtractText,
  };
  const format = formatters[opts.format];
  if (!format) throw new UsageError(`unknown extract format "${opts.format}" (json, yaml or text)`);
  // The policy in use may add custom topics and facts, which extract shows too.
  const policy = await loadPolicyOrExplain(opts.policy, cwd);
  const compiled = await compilePolicy(policy);
  const { files, missing } = expandPaths(paths, cwd);
  const out: Parameters<typeof report.formatExtractJson>[0]['files'] = missing.map((path) => ({
    path, format: null, status: 'error' as const, clauses: [], facts: {}, warnings: [],
    error: { code: 'NOT_FOUND', message: `${path}: no such file, folder or matching document` },
  }));
  for (const path of files) {
    const a = await analyseFile(path, compiled);
    if (a.ok) {
      out.push({ path, format: a.doc.format, status: 'ok', error: null, clauses: a.doc.clauses, facts: a.doc.facts, warnings: a.doc.warnings });
    } else {
      out.push({ path, format: a.format, status: 'error', error: a.error, clauses: [], facts: {}, warnings: a.warnings });
    }
  }
  if (out.length === 0) throw new UsageError('no documents given: termlint extract <file>');
  emit(format({ tool: { name: 'termlint', version: toolVersion() }, files: out }), opts.output, files);
  for (const f of out) if (f.status === 'error') process.stderr.write(`termlint: ${f.error?.code}: ${f.error?.message}\n`);
  return out.some((f) => f.status === 'error') ? 2 : 0;
}
