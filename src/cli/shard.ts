// `--shard i/n`: lint only the i-th of n slices of the file list, so a CI matrix of n jobs covers
// every file exactly once. Round-robin over the sorted list: every machine that sees the same
// checkout computes the same slices, and slice sizes differ by at most one file.
import { UsageError } from '../errors.js';

export interface Shard {
  /** 1-based, as CI matrices number their jobs. */
  index: number;
  count: number;
}

export function parseShard(raw: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n (e.g. 2/4), got "${raw}"`);
  }
  return { index, count };
}

/** The files of one shard, in sorted order. The n shards of any list are disjoint and cover it. */
export function shardFiles(files: readonly string[], shard: Shard): string[] {
  const sorted = [...new Set(files)].sort();
  return sorted.filter((_, k) => k % shard.count === shard.index - 1);
}
