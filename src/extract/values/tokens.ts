// A linear tokenizer shared by the value readers. Readers walk tokens with bounded
// look-ahead instead of running backtracking regexes over the raw text, so every
// reader stays linear on megabyte inputs.

export interface Token {
  kind: 'num' | 'word' | 'punct';
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Digit groups ("1,000,000.00", "5.2.1", Swiss "250'000"), letter runs (any script), or one other character.
// `\d+(?:[.,]\d+|['’]\d{3}(?!\d))*` cannot backtrack badly: each repetition must start with a separator.
const TOKEN_RE = /\d+(?:[.,]\d+|['’]\d{3}(?!\d))*|\p{L}+|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII decided by char code; only other scripts need the Unicode letter test.
    const letter = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /^\p{L}/u.test(t);
    const kind: Token['kind'] = c >= 48 && c <= 57 ? 'num' : letter ? 'word' : 'punct';
    tokens.push({ kind, text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return tokens;
}

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && (words.length === 0 || words.includes(t.lower));
}

export function isPunct(t: Token | undefined, ...chars: string[]): boolean {
  return t !== undefined && t.kind === 'punct' && (chars.length === 0 || chars.includes(t.text));
}

/** True when b starts right where a ends (no whitespace between). */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * Matches one of `phrases` (lowercase word sequences) starting at token i, ignoring
 * periods and apostrophes between tokens ("U.S." reads as "u s"). Returns the exclusive
 * end token index of the longest phrase that matches, with its index in `phrases`.
 */
export function matchPhrase(
  tokens: Token[],
  i: number,
  phrases: readonly (readonly string[])[],
): { end: number; which: number } | null {
  let best: { end: number; which: number } | null = null;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    let j = i;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (k > 0) while (isPunct(tokens[j], '.', "'", '’')) j++;
      const t = tokens[j];
      if (t === undefined || t.lower !== phrase[k]) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok && (best === null || j > best.end)) best = { end: j, which: p };
  }
  return best;
}

export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that make a following number a reference, not a quantity ("Section 30"). */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'section', 'sections', 'article', 'articles', 'clause', 'clauses', 'paragraph', 'paragraphs',
  'exhibit', 'exhibits', 'schedule', 'schedules', 'appendix', 'annex', '§',
]);

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
};

/** Hyphen, non-breaking hyphen, en dash: all join "twenty-four" and "6-month". */
export const HYPHENS: readonly string[] = ['-', '‐', '‑', '–'];

export function isHyphen(t: Token | undefined): boolean {
  return isPunct(t, ...HYPHENS);
}

export function span(text: string, tokens: Token[], from: number, toExclusive: number) {
  const index = tokens[from].start;
  const end = tokens[toExclusive - 1].end;
  return { index, length: end - index, text: text.slice(index, end) };
}
