// The check command's "analyse + judge every file" stage at scale: --shard picks the slice,
// --cache skips unchanged documents, --jobs spreads the rest over worker threads, and a progress
// line shows how far it got. Results always come back in the order of the file list.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { FileResult, Policy } from '../types.js';
import { toolVersion } from '../version.js';
import { DEFAULT_CACHE_FILE, ResultCache, runKey } from './cache.js';
import { lintAll } from './pool.js';
import { createProgress } from './progress.js';
import { parseShard, shardFiles } from './shard.js';
import type { ExpandedPaths } from './files.js';

export const DEFAULT_TIMEOUT_SECONDS = 60;

export interface ScaleOptions {
  jobs?: string;
  timeout?: string;
  cache?: boolean;
  cacheLocation?: string;
  shard?: string;
  quiet?: boolean;
}

export function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number of at least 1, got "${raw}"`);
  return n;
}

export function parseTimeoutMs(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0) throw new UsageError(`--timeout must be a positive number of seconds, got "${raw}"`);
  return s * 1000;
}

/**
 * This shard's part of the expanded paths. Paths that named nothing are reported by shard 1
 * only, so the shards' reports together equal one unsharded report.
 */
export function selectShard(expanded: ExpandedPaths, raw: string | undefined): ExpandedPaths {
  if (raw === undefined) return expanded;
  const shard = parseShard(raw);
  return { files: shardFiles(expanded.files, shard), missing: shard.index === 1 ? expanded.missing : [] };
}

/** Analyse and judge every file: cached results where the key still matches, the rest on the pool. */
export async function lintFilesAtScale(files: string[], policy: Policy, opts: ScaleOptions, cwd: string): Promise<FileResult[]> {
  const jobs = parseJobs(opts.jobs);
  const timeoutMs = parseTimeoutMs(opts.timeout);
  const progress = createProgress(files.length, { quiet: opts.quiet });
  const results: Array<FileResult | undefined> = new Array(files.length);

  let cache: ResultCache | null = null;
  let keys: Array<string | null> = [];
  if (opts.cache || opts.cacheLocation) {
    cache = new ResultCache(resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_FILE), runKey(policy, toolVersion())).load();
    // One file at a time: reading every document at once would hold them all in memory.
    for (const f of files) keys.push(await cache.keyFor(resolve(cwd, f)));
    files.forEach((f, i) => {
      const hit = cache!.get(f, keys[i]);
      if (hit) {
        results[i] = hit;
        progress.tick(hit);
      }
    });
  }

  const todo = files.map((_, i) => i).filter((i) => results[i] === undefined);
  const fresh = await lintAll(todo.map((i) => files[i]), policy, {
    jobs, timeoutMs, onResult: (r) => progress.tick(r),
  });
  todo.forEach((fileIndex, k) => {
    results[fileIndex] = fresh[k];
    cache?.set(files[fileIndex], keys[fileIndex], fresh[k]);
  });
  progress.done();
  const warning = cache?.save();
  if (warning) process.stderr.write(`${warning}\n`);
  return results as FileResult[];
}
