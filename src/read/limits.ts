// Resource limits for reading documents and YAML. Contracts arrive from outside the company, so
// every reader works under a byte, page and character budget; exceeding one is a TOO_LARGE error
// for that file whose message names the limit and the flag that raises it (SECURITY.md).
import { DocumentError } from '../errors.js';
import { readFileSync, statSync } from 'node:fs';

export interface Limits {
  /** Largest input file, in bytes (--max-file-size, in MB). */
  maxFileBytes: number;
  /** Most pages in a PDF (--max-pages). */
  maxPages: number;
  /** Most characters of text in one document after reading (--max-chars). */
  maxChars: number;
  /** docx: most bytes all zip parts may inflate to, together (a zip-bomb guard). */
  maxDecompressedBytes: number;
  /** docx: most a zip part may inflate relative to its compressed size (a zip-bomb guard). */
  maxCompressionRatio: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxPages: 2_000,
  maxChars: 5_000_000,
  maxDecompressedBytes: 200 * MB,
  maxCompressionRatio: 100,
});

/** What each limit is called in messages, and how a user raises it (null: a fixed zip-bomb guard). */
export const LIMIT_NAMES: Readonly<Record<keyof Limits, { what: string; flag: string | null }>> = {
  maxFileBytes: { what: 'file size limit', flag: '--max-file-size <MB>' },
  maxPages: { what: 'page limit', flag: '--max-pages <n>' },
  maxChars: { what: 'character limit', flag: '--max-chars <n>' },
  maxDecompressedBytes: { what: 'decompressed size limit', flag: null },
  maxCompressionRatio: { what: 'compression ratio limit', flag: null },
};

/** YAML files (policies, waivers, term sheets) are data typed by people: small, shallow, few aliases. */
export const YAML_LIMITS = Object.freeze({
  /** Largest YAML file, in bytes: a big policy is a few tens of KB. */
  maxBytes: 1 * MB,
  /** Deepest nesting of mappings and sequences (a policy needs about 6). */
  maxDepth: 64,
  /** Most alias (*ref) uses; each may copy a whole subtree (the "billion laughs" attack). */
  maxAliases: 100,
});

/** Defaults overridden by whatever the caller set; rejects nonsense so a typo cannot disable a limit. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${key} must be a positive number, got ${value}`);
    limits[key] = value;
  }
  return limits;
}

/** "7.9 KB", "50 MB": sizes as people read them. */
export function humanBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}

function amount(limit: keyof Limits, n: number): string {
  switch (limit) {
    case 'maxFileBytes':
      return humanBytes(n);
    case 'maxDecompressedBytes':
      return `${humanBytes(n)} unzipped`;
    case 'maxPages':
      return `${n.toLocaleString('en-US')} page${n === 1 ? '' : 's'}`;
    case 'maxChars':
      return `${n.toLocaleString('en-US')} character${n === 1 ? '' : 's'}`;
    case 'maxCompressionRatio':
      return `${Number(n.toFixed(1))}:1`;
  }
}

/**
 * The TOO_LARGE error for `path`: what it has, the limit it exceeded, and how to raise it, e.g.
 * "x.pdf is 2,400 pages, over the page limit of 2,000 pages; it was not checked (raise it with
 * --max-pages <n>)". `atLeast` marks a lower bound (inflating stopped at the cap).
 */
export function tooLarge(path: string, limit: keyof Limits, actual: number, max: number, opts: { atLeast?: boolean } = {}): DocumentError {
  const { what, flag } = LIMIT_NAMES[limit];
  const verb = limit === 'maxCompressionRatio' ? 'compresses' : 'is';
  const how = flag ? `raise it with ${flag}` : 'a guard against zip bombs';
  // "is 1 MB, over the limit of 1 MB" reads as a contradiction when rounding hides the excess.
  const over = opts.atLeast || amount(limit, actual) === amount(limit, max) ? 'over ' : '';
  return new DocumentError(
    'TOO_LARGE',
    `${path} ${verb} ${over}${amount(limit, actual)}, over the ${what} of ${amount(limit, max)}; it was not checked (${how})`,
  );
}

/** Throw TOO_LARGE when a document's text is longer than the character limit. */
export function checkChars(path: string, chars: number, limits: Pick<Limits, 'maxChars'>): void {
  if (chars > limits.maxChars) throw tooLarge(path, 'maxChars', chars, limits.maxChars);
}

/**
 * Limits travel from the command line to the readers through this variable, so worker threads
 * (which inherit the environment) read under the same limits as the main thread.
 */
export const LIMITS_ENV = 'TERMLINT_LIMITS';

/** The limits set in TERMLINT_LIMITS (JSON); anything malformed is ignored, keeping the defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<Limits> {
  const raw = env[LIMITS_ENV];
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const limits: Partial<Limits> = {};
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
      const value = parsed[key];
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
    }
    return limits;
  } catch {
    return {};
  }
}

export interface LimitFlags {
  maxFileSize?: string;
  maxPages?: string;
  maxChars?: string;
}

/** Command-line limit flags as limits; a value that is not a positive number is a usage mistake (message). */
export function limitsFromFlags(flags: LimitFlags): { limits: Partial<Limits> } | { error: string } {
  const limits: Partial<Limits> = {};
  const table: Array<[keyof LimitFlags, string, keyof Limits, number, boolean]> = [
    ['maxFileSize', '--max-file-size', 'maxFileBytes', MB, false],
    ['maxPages', '--max-pages', 'maxPages', 1, true],
    ['maxChars', '--max-chars', 'maxChars', 1, true],
  ];
  for (const [flag, name, limit, unit, whole] of table) {
    const raw = flags[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
      return { error: `${name} must be a positive ${whole ? 'whole number' : 'number'}, got "${raw}"` };
    }
    limits[limit] = Math.round(n * unit);
  }
  return { limits };
}

/**
 * Read a small configuration file (policy, waivers) only if it is a regular file within `maxBytes`,
 * so `-p /dev/zero` or a giant file is refused at once instead of hanging or exhausting memory.
 */
export function readSmallFileSync(abs: string, maxBytes: number = YAML_LIMITS.maxBytes): Buffer {
  const stat = statSync(abs);
  if (!stat.isFile()) throw new Error('is not a regular file');
  if (stat.size > maxBytes) throw new Error(`is ${humanBytes(stat.size)}, over the ${humanBytes(maxBytes)} limit for YAML files`);
  return readFileSync(abs);
}
