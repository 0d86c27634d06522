// Turn the command line's paths (files, folders, globs) into a sorted list of documents to lint.
import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadIgnore } from './ignore.js';
import type { IgnoreMatcher } from './ignore.js';

export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.md', '.markdown', '.txt', '.yaml', '.yml'];

/** termlint's own configuration files are never documents. */
const CONFIG_NAMES = /(^|[\\/])(\.?termlint(\.policy|\.waivers)?\.ya?ml|[^\\/]*\.policy\.ya?ml|[^\\/]*\.waivers\.ya?ml)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function hasDocExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** In a folder walk, a YAML file counts only if it is a term sheet (policies, CI files etc. are skipped). */
function isTermSheetYaml(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /^termsheet\s*:/m.test(buf.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** Walk a folder; `ignored` gets paths relative to the ignore file's folder (the cwd). */
function walk(dir: string, out: string[], ignored: (full: string, isDir: boolean) => boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') && entry.isDirectory()) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !ignored(full, true)) walk(full, out, ignored);
    } else if (entry.isFile() && hasDocExtension(full) && !CONFIG_NAMES.test(full)) {
      if (ignored(full, false)) continue;
      if (/\.ya?ml$/i.test(full) && !isTermSheetYaml(full)) continue;
      out.push(full);
    }
  }
}

/** A glob (`*`, `**`, `?`, `{a,b}`) as a RegExp over forward-slash paths. Built from a tiny, fixed grammar. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|')})`;
        i = close;
      }
    } else re += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function isGlob(p: string): boolean {
  return /[*?{]/.test(p);
}

/** The fixed folder a glob starts from ("contracts/**\/*.pdf" -> "contracts"). */
function globBase(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.length ? fixed.join('/') : '.';
}

export interface ExpandedPaths {
  files: string[];
  /** Paths that named nothing: reported as NOT_FOUND entries, not usage errors, so the rest still runs. */
  missing: string[];
}

/**
 * Files, folders and globs to a sorted, de-duplicated file list. `.termlintignore` in `cwd`
 * (or `ignore`, when given) filters folder walks and glob matches, never a file named outright.
 */
export function expandPaths(inputs: string[], cwd: string, ignore: IgnoreMatcher = loadIgnore(cwd)): ExpandedPaths {
  const files = new Set<string>();
  const missing: string[] = [];
  const ignored = (full: string, isDir: boolean) =>
    ignore.rules > 0 && ignore.ignores(relative(cwd, full).split(sep).join('/'), isDir);
  for (const input of inputs) {
    if (isGlob(input)) {
      const posix = input.split(sep).join('/').replace(/^\.\//, '');
      const pattern = globToRegExp(posix);
      const base = globBase(posix);
      const found: string[] = [];
      try {
        walk(resolve(cwd, base), found, ignored);
      } catch {
        /* a glob whose base folder does not exist matches nothing */
      }
      // An absolute glob matches (and reports) absolute paths; a relative one, paths from the cwd.
      const matched = found
        .map((f) => (isAbsolute(posix) ? f : relative(cwd, f)).split(sep).join('/'))
        .filter((rel) => pattern.test(rel));
      if (matched.length === 0) missing.push(input);
      matched.forEach((m) => files.add(m));
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, input));
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(resolve(cwd, input), found, ignored);
      found.forEach((f) => files.add(relative(cwd, f) || f));
    } else files.add(input);
  }
  return { files: [...files].sort(), missing };
}
