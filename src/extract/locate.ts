// Where a match sits (via the clause's source spans) and the excerpt shown for it.
import type { Clause, Location } from '../types.js';
import { splitSentences } from './sentences.js';

export const EXCERPT_MAX = 240;

/** The location of the source block that holds `offset` in clause.text. */
export function locate(clause: Clause, offset: number): Location {
  let location: Location | null = null;
  for (const span of clause.spans) {
    if (span.offset <= offset) location = span.location;
    else break;
  }
  return { ...(location ?? clause.location) };
}

/**
 * The sentence containing the match, whitespace collapsed; a long sentence is cut to about
 * EXCERPT_MAX characters around the match at word boundaries, with "…" where it was cut.
 */
export function excerptAround(text: string, index: number, length: number): string {
  const sentences = splitSentences(text);
  const sentence = sentences.filter((s) => s.index <= index).pop() ?? sentences[0];
  if (!sentence) return '';
  const start = sentence.index;
  const raw = sentence.text;
  if (raw.replace(/\s+/g, ' ').length <= EXCERPT_MAX) return raw.replace(/\s+/g, ' ');
  // Centre the window on the match.
  const matchStart = Math.max(0, index - start);
  const matchEnd = Math.min(raw.length, matchStart + Math.max(length, 0));
  const room = Math.max(0, EXCERPT_MAX - (matchEnd - matchStart));
  let from = Math.max(0, matchStart - Math.floor(room / 2));
  let to = Math.min(raw.length, from + EXCERPT_MAX);
  from = Math.max(0, to - EXCERPT_MAX);
  // Snap to word boundaries.
  if (from > 0) {
    const space = raw.indexOf(' ', from);
    if (space !== -1 && space < matchStart) from = space + 1;
  }
  if (to < raw.length) {
    const space = raw.lastIndexOf(' ', to);
    if (space > matchEnd) to = space;
  }
  const body = raw.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < raw.length ? '…' : ''}`;
}
