// Small plain-text helpers shared by the human-readable formatters (stylish, extract text/yaml).
import { isAbsolute, relative, sep } from 'node:path';
import type { Location } from '../types.js';

/** Terminal width the human formats are laid out for. */
export const WIDTH = 80;

/** "1 error", "2 errors". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Collapse runs of whitespace (newlines from the source) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shorten to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word unless that throws away most of the text (one very long token).
  const head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.trimEnd()}…`;
}

/**
 * Word-wrap `text` to `width` columns. The first line starts with `firstPrefix`, later lines
 * with `restPrefix` (both count toward the width). Runs of spaces inside a line are kept (so
 * padded columns stay aligned); line breaks in the text become spaces. A word longer than a
 * line stays whole.
 */
export function wrap(text: string, width: number, firstPrefix: string, restPrefix = firstPrefix): string[] {
  const tokens = text.replace(/\s*[\r\n\t]\s*/g, ' ').trim().split(/( +)/);
  const lines: string[] = [];
  let current = firstPrefix;
  let hasWord = false;
  // tokens alternate: word, spaces, word, spaces, ...
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i];
    const gap = i > 0 ? tokens[i - 1] : '';
    if (word === '') continue;
    if (hasWord && current.length + gap.length + word.length > width) {
      lines.push(current);
      current = restPrefix + word;
    } else {
      current = hasWord ? current + gap + word : current + word;
    }
    hasWord = true;
  }
  lines.push(current);
  return lines;
}

/** "p. 3, ¶ 41", "line 12"; null when nothing is known. */
export function locationLabel(location: Location | null | undefined): string | null {
  if (!location) return null;
  const parts: string[] = [];
  if (location.page !== null && location.page !== undefined) parts.push(`p. ${location.page}`);
  if (location.paragraph !== null && location.paragraph !== undefined) parts.push(`¶ ${location.paragraph}`);
  if (location.line !== null && location.line !== undefined) parts.push(`line ${location.line}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "4.2 Payment", "4.2", "Payment"; null when the clause has neither number nor heading. */
export function clauseLabel(clause: { number: string | null; heading: string | null } | null | undefined): string | null {
  if (!clause) return null;
  const parts = [clause.number, clause.heading].filter((p): p is string => p !== null && p !== undefined && p !== '');
  return parts.length > 0 ? oneLine(parts.join(' ')) : null;
}

/**
 * A document path as the user should see it: relative to `cwd` when it is inside it, with
 * forward slashes on every platform so reports are the same on Windows and in CI.
 */
export function displayPath(path: string, cwd: string): string {
  if (path === '-') return path; // stdin
  let shown = path;
  if (isAbsolute(path) && cwd) {
    const rel = relative(cwd, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) shown = rel;
  }
  return sep === '\\' ? shown.split('\\').join('/') : shown;
}

/** The date part of an ISO timestamp ("2026-01-02T10:00:00Z" -> "2026-01-02"); other text unchanged. */
export function shortDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}

/** Pad to `width` visible characters (plain text only; colour is applied after padding). */
export function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
