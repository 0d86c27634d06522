// A word-level diff of two clauses, short enough for a report line: the longest common
// subsequence of their tokens, then each changed region with a few words of context.
// Linear-ish: the common head and tail are cut first (most redlines touch a few words), and the
// quadratic LCS runs on at most MAX_LCS_TOKENS tokens per side; past that the middle is shown as
// one replaced region.
import { tokenize, type Token } from './tokens.js';

/** Token ranges (end exclusive) that differ: old[oldFrom, oldTo) became new[newFrom, newTo). */
export interface Hunk {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

export const MAX_LCS_TOKENS = 2000;
/** Unchanged words shown either side of a change. */
const CONTEXT_WORDS = 4;
/** Changes shown in a message before "and N more". */
const MAX_HUNKS_SHOWN = 3;
/** Longest quoted side of one change, in characters. */
const MAX_SIDE = 120;

export function diffKeys(a: readonly string[], b: readonly string[], maxTokens = MAX_LCS_TOKENS): Hunk[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n > maxTokens || m > maxTokens) {
    return [{ oldFrom: head, oldTo: head + n, newFrom: head, newTo: head + m }];
  }
  // lcs[i][j] = LCS length of a[head+i..] and b[head+j..], row-major in one typed array.
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[head + i] === b[head + j]
        ? lcs[(i + 1) * width + j + 1] + 1
        : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  const close = () => {
    if (open) hunks.push(open);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { oldFrom: head + i, oldTo: head + i, newFrom: head + j, newTo: head + j };
    if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      j++;
      open.newTo = head + j;
    } else {
      i++;
      open.oldTo = head + i;
    }
  }
  close();
  return hunks;
}

export interface ClauseDiff {
  hunks: Hunk[];
  /** `"thirty (30)" → "ninety (90)"; deleted "and its affiliates"`, at most three changes. */
  summary: string;
  /** The new text around the changes: `… payable within [thirty (30) → ninety (90)] days of …`. */
  excerpt: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  if (text.length <= MAX_SIDE) return text;
  const half = Math.floor((MAX_SIDE - 1) / 2);
  return `${text.slice(0, half).trimEnd()} … ${text.slice(text.length - half).trimStart()}`;
}

function span(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return '';
  return clip(collapse(text.slice(tokens[from].start, tokens[to - 1].end)));
}

function describe(h: Hunk, oldText: string, oldTokens: Token[], newText: string, newTokens: Token[]): { summary: string; marked: string } {
  const removed = span(oldText, oldTokens, h.oldFrom, h.oldTo);
  const added = span(newText, newTokens, h.newFrom, h.newTo);
  if (removed && added) return { summary: `"${removed}" → "${added}"`, marked: `[${removed} → ${added}]` };
  if (added) return { summary: `inserted "${added}"`, marked: `[inserted: ${added}]` };
  return { summary: `deleted "${removed}"`, marked: `[deleted: ${removed}]` };
}

const isWord = (key: string) => /[\p{L}\p{N}]/u.test(key);

/**
 * Make hunks read as a person would mark them up:
 * - slide a pure deletion or insertion right while its first token equals the token after it,
 *   so a deleted sentence ends at its own full stop ("date. [deleted: Late … month.]");
 * - join hunks split only by punctuation or one short word ("thirty (30)" → "ninety (90)" is one change).
 */
export function tidyHunks(hunks: Hunk[], a: readonly string[], b: readonly string[]): Hunk[] {
  const slid = hunks.map((h, k) => {
    const next = hunks[k + 1];
    const out = { ...h };
    if (out.oldFrom === out.oldTo) {
      while (out.newTo < b.length && b[out.newFrom] === b[out.newTo] && (!next || out.newTo + 1 <= next.newFrom)) {
        out.newFrom++;
        out.newTo++;
        out.oldFrom++;
        out.oldTo++;
      }
    } else if (out.newFrom === out.newTo) {
      while (out.oldTo < a.length && a[out.oldFrom] === a[out.oldTo] && (!next || out.oldTo + 1 <= next.oldFrom)) {
        out.oldFrom++;
        out.oldTo++;
        out.newFrom++;
        out.newTo++;
      }
    }
    return out;
  });
  const joined: Hunk[] = [];
  for (const h of slid) {
    const last = joined[joined.length - 1];
    if (last) {
      const gap = b.slice(last.newTo, h.newFrom);
      if (gap.length <= 2 && gap.filter(isWord).length <= (gap.length === 1 ? 1 : 0)) {
        last.oldTo = h.oldTo;
        last.newTo = h.newTo;
        continue;
      }
    }
    joined.push({ ...h });
  }
  return joined.map((h) => balanceBrackets(h, a, b)).filter((h) => !isClosingStopOnly(h, a, b));
}

/**
 * A clause's closing full stop or colon alone is formatting: a reader may take an all-caps
 * sentence for a heading and drop its stop.
 */
function isClosingStopOnly(h: Hunk, a: readonly string[], b: readonly string[]): boolean {
  if (h.oldTo !== a.length || h.newTo !== b.length) return false;
  const stops = [...a.slice(h.oldFrom, h.oldTo), ...b.slice(h.newFrom, h.newTo)];
  return stops.every((k) => /^[.,;:]$/.test(k));
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Words + unmatched opener inside a hunk pull in the shared closer: "thirty (30)", not "thirty (30". */
function balanceBrackets(h: Hunk, a: readonly string[], b: readonly string[]): Hunk {
  const out = { ...h };
  const open = (keys: readonly string[], from: number, to: number, opener: string) => {
    let depth = 0;
    for (let i = from; i < to; i++) {
      if (keys[i] === opener) depth++;
      else if (keys[i] === PAIRS[opener] && depth > 0) depth--;
    }
    return depth;
  };
  for (const opener of Object.keys(PAIRS)) {
    const closer = PAIRS[opener];
    while (
      out.oldTo < a.length && out.newTo < b.length && a[out.oldTo] === closer && b[out.newTo] === closer &&
      (open(a, out.oldFrom, out.oldTo, opener) > 0 || open(b, out.newFrom, out.newTo, opener) > 0)
    ) {
      out.oldTo++;
      out.newTo++;
    }
  }
  return out;
}

/** Context either side of a change: back or forward until CONTEXT_WORDS words are included. */
function contextStart(keys: readonly string[], from: number): number {
  let words = 0;
  let i = from;
  while (i > 0 && words < CONTEXT_WORDS) if (isWord(keys[--i])) words++;
  // Two words or fewer left: show them rather than an ellipsis.
  if (keys.slice(0, i).filter(isWord).length <= 2) return 0;
  return i;
}

function contextEnd(keys: readonly string[], to: number): number {
  let words = 0;
  let i = to;
  while (i < keys.length && words < CONTEXT_WORDS) if (isWord(keys[i++])) words++;
  if (keys.slice(i).filter(isWord).length <= 2) return keys.length;
  // Punctuation that closes the last context word comes along.
  while (i < keys.length && !isWord(keys[i]) && /^[.,;:)\]"']$/.test(keys[i])) i++;
  return i;
}

/** Diff two clause texts word by word; formatting-only differences give no hunks. */
export function diffClauses(oldText: string, newText: string, maxTokens = MAX_LCS_TOKENS): ClauseDiff {
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  const oldKeys = oldTokens.map((t) => t.key);
  const newKeys = newTokens.map((t) => t.key);
  const hunks = tidyHunks(diffKeys(oldKeys, newKeys, maxTokens), oldKeys, newKeys);
  if (hunks.length === 0) return { hunks, summary: '', excerpt: '' };

  const shown = hunks.slice(0, MAX_HUNKS_SHOWN);
  const described = shown.map((h) => describe(h, oldText, oldTokens, newText, newTokens));
  const more = hunks.length - shown.length;
  const summary = described.map((d) => d.summary).join('; ') + (more > 0 ? `; and ${more} more change${more === 1 ? '' : 's'}` : '');

  // Windows of context in the new text, cut from the text itself so its spacing is kept;
  // hunks whose contexts touch share one window.
  const charAt = (index: number) => (index < newTokens.length ? newTokens[index].start : newText.length);
  const pieces: string[] = [];
  let k = 0;
  while (k < shown.length) {
    let last = k;
    while (last + 1 < shown.length && contextStart(newKeys, shown[last + 1].newFrom) <= contextEnd(newKeys, shown[last].newTo)) last++;
    const from = contextStart(newKeys, shown[k].newFrom);
    const to = contextEnd(newKeys, shown[last].newTo);
    let piece = from > 0 ? '… ' : '';
    let cursor = charAt(from);
    for (let h = k; h <= last; h++) {
      const start = charAt(shown[h].newFrom);
      piece += newText.slice(cursor, start);
      // A marker for deleted words stands apart from the words around it.
      const pad = shown[h].newFrom === shown[h].newTo;
      piece += `${pad ? ' ' : ''}${described[h].marked}${pad ? ' ' : ''}`;
      cursor = shown[h].newFrom < shown[h].newTo ? newTokens[shown[h].newTo - 1].end : start;
    }
    // At the clause's end the rest of the text (its closing stop) comes along.
    const end = to >= newTokens.length ? newText.trimEnd().length : newTokens[to - 1].end;
    if (end > cursor) piece += newText.slice(cursor, end);
    piece += to < newTokens.length ? ' …' : '';
    pieces.push(collapse(piece));
    k = last + 1;
  }
  return { hunks, summary, excerpt: pieces.join(' ') };
}
