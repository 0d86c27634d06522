// `--cache`: skip documents whose bytes, policy, tool version and check options are unchanged.
// One JSON file (default `.termlintcache` in the cwd) maps each path to the key its result was
// computed under; any change to an input of the key makes the entry miss. Results of documents
// that could not be read (status "error") are never stored, so a fixed reader retries them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileResult, Policy } from '../types.js';
import { writeAtomic } from './output.js';

export const DEFAULT_CACHE_FILE = '.termlintcache';
/** Bumped when the cache file's layout changes. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  key: string;
  result: FileResult;
}

interface CacheFile {
  termlintCache: number;
  entries: Record<string, CacheEntry>;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What every entry's key shares: the effective policy (its own sha256, its extends chain, and the
 * merged rules, so an edit to a base policy counts too), the tool version and any check options
 * that change findings.
 */
export function runKey(policy: Policy, toolVersion: string, options: Record<string, unknown> = {}): string {
  return sha256(JSON.stringify({ format: CACHE_FORMAT, tool: toolVersion, policy, options }));
}

export class ResultCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;
  readonly file: string;

  constructor(
    file: string,
    private readonly runKeyHex: string,
  ) {
    this.file = resolve(file);
  }

  /** Load the cache file; a missing or damaged file is an empty cache, never an error. */
  load(): this {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed && parsed.termlintCache === CACHE_FORMAT && typeof parsed.entries === 'object' && parsed.entries) {
        this.entries = parsed.entries;
      }
    } catch {
      this.entries = {};
    }
    return this;
  }

  /** The key for one document's bytes under this run's policy, tool and options; null when unreadable. */
  async keyFor(path: string): Promise<string | null> {
    try {
      return sha256(`${this.runKeyHex}:${sha256(await readFile(path))}`);
    } catch {
      return null;
    }
  }

  get(path: string, key: string | null): FileResult | null {
    if (key === null) return null;
    const entry = this.entries[path];
    return entry && entry.key === key ? structuredClone(entry.result) : null;
  }

  set(path: string, key: string | null, result: FileResult): void {
    if (key === null || result.status !== 'ok') {
      if (this.entries[path]) {
        delete this.entries[path];
        this.dirty = true;
      }
      return;
    }
    this.entries[path] = { key, result: structuredClone(result) };
    this.dirty = true;
  }

  get size(): number {
    return Object.keys(this.entries).length;
  }

  /** Write atomically (temp file + rename). A cache that cannot be written is a warning, not a failure. */
  save(): string | null {
    if (!this.dirty) return null;
    const body: CacheFile = { termlintCache: CACHE_FORMAT, entries: this.entries };
    try {
      writeAtomic(this.file, JSON.stringify(body));
      this.dirty = false;
      return null;
    } catch (err) {
      // writeAtomic's message already names the file.
      return `termlint: warning: the cache was not saved: ${(err as Error).message}`;
    }
  }
}
