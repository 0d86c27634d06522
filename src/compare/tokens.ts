// Word tokens for comparing a contract with its template. Differences a reader would not call a
// change are normalised away: typographic quotes and dashes, non-breaking spaces, letter case,
// runs of whitespace, Markdown emphasis. Each token keeps where it sits in the original text, so
// a diff can quote the document's own words.

export interface Token {
  /** The normalised form that is compared. */
  key: string;
  /** Offsets of the token in the original text (end exclusive). */
  start: number;
  end: number;
}

/** Characters that print alike and say the same thing, mapped to one form. */
const SAME_CHARACTER: ReadonlyArray<[RegExp, string]> = [
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/[\u00A0\u2007\u202F]/g, ' '],
];

/** A word (letters/digits, joined by inner apostrophes, dots, commas or hyphens: "1,000,000", "non-exclusive") or one punctuation mark. */
const TOKEN = /[\p{L}\p{N}]+(?:['.,\-/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}*_`#]/gu;

export function normaliseCharacters(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SAME_CHARACTER) out = out.replace(pattern, replacement);
  return out;
}

/** Tokens of `text` in order. Every mapped character is one code unit, so offsets stay valid. */
export function tokenize(text: string): Token[] {
  const normal = normaliseCharacters(text);
  const tokens: Token[] = [];
  for (const m of normal.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ key: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

/** "1." / "1" / "Section 1" / "§ 1" -> "1"; "5(a)" / "5.a" / "5 (a)" -> "5.a"; null stays null. */
export function normaliseNumber(number: string | null): string | null {
  if (number === null) return null;
  const key = number
    .toLowerCase()
    .replace(/^(section|article|clause|§+)\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '.')
    .replace(/^\.+|\.+$/g, '');
  return key === '' ? null : key;
}

/** Headings compare by their words only: case, punctuation and spacing are formatting. */
export function normaliseHeading(heading: string | null): string | null {
  if (heading === null) return null;
  const key = tokenize(heading)
    .map((t) => t.key)
    .filter((k) => /[\p{L}\p{N}]/u.test(k))
    .join(' ');
  return key === '' ? null : key;
}
