// `.termlintignore`: gitignore syntax, read from the current folder, applied to folder walks and
// globs (a file named on the command line is always linted). Supported: `#` comments, blank lines,
// `!` negation, `\#`/`\!` escapes, trailing `/` (folders only), leading or middle `/` (anchored to
// the ignore file's folder), `*`, `?`, `[a-z]`, `**/`, `/**`, `/**/`. The last matching line wins,
// and, as in git, a file cannot be re-included when a parent folder is excluded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const IGNORE_FILE = '.termlintignore';

interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  regex: RegExp;
  /** The line as written, for debugging and tests. */
  source: string;
}

export interface IgnoreMatcher {
  /** `path` is relative to the ignore file's folder, with forward slashes. */
  ignores(path: string, isDir?: boolean): boolean;
  readonly rules: number;
}

/** One gitignore glob (without `!` and trailing `/`) as a regular expression source. */
function globSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) {
      re += glob[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const afterIdx = i + 2;
        if (atStart && glob[afterIdx] === '/') {
          re += '(?:.*/)?'; // "**/" : zero or more folders
          i = afterIdx;
          continue;
        }
        if (atStart && afterIdx === glob.length) {
          re += '.*'; // trailing "/**": everything inside
          i = afterIdx;
          continue;
        }
        // Any other "**" is an ordinary "*".
        while (glob[i + 1] === '*') i++;
      }
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else {
      re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return re;
}

/** One line of an ignore file as a rule, or null for blanks and comments. */
export function parseIgnoreLine(raw: string): IgnoreRule | null {
  // Trailing spaces are dropped unless escaped with a backslash.
  let line = raw.replace(/(?<!\\)\s+$/, '').replace(/\\(\s)$/, '$1');
  if (line === '' || line.startsWith('#')) return null;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/') && line.length > 1) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return null;
  // A slash at the start or in the middle anchors the pattern to the ignore file's folder.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = globSource(line);
  const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
  return { negate, dirOnly, regex, source: raw };
}

export function parseIgnore(text: string): IgnoreMatcher {
  const rules = text
    .split(/\r?\n/)
    .map(parseIgnoreLine)
    .filter((r): r is IgnoreRule => r !== null);

  const lastVerdict = (path: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const rule of rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.regex.test(path)) ignored = !rule.negate;
    }
    return ignored;
  };

  return {
    rules: rules.length,
    ignores(path: string, isDir = false): boolean {
      if (rules.length === 0) return false;
      const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
      // Outside the ignore file's folder nothing applies (as in git).
      if (clean === '' || clean === '.' || clean.startsWith('../') || clean === '..') return false;
      const parts = clean.split('/');
      for (let i = 1; i < parts.length; i++) {
        if (lastVerdict(parts.slice(0, i).join('/'), true)) return true;
      }
      return lastVerdict(clean, isDir);
    },
  };
}

const NONE: IgnoreMatcher = { rules: 0, ignores: () => false };

/** The `.termlintignore` in `cwd`, or a matcher that ignores nothing. */
export function loadIgnore(cwd: string): IgnoreMatcher {
  let text: string;
  try {
    text = readFileSync(join(cwd, IGNORE_FILE), 'utf8');
  } catch {
    return NONE;
  }
  return parseIgnore(text);
}
