// Clause-number markers at the start of a line: "4.2", "1.1(a)", "Section 5(a)", "ARTICLE IV",
// "§ 7.2", "(a)", "(iv)", "a)", "A.". Every pattern is anchored and bounded, so a look at a
// block costs a few hundred characters at most, whatever the block's length.

/** How a marker numbers things; 'paren' markers are sub-clause items composed with a parent. */
export type MarkerKind = 'decimal' | 'article' | 'section' | 'roman' | 'paren';

/** Style of a sub-clause item: (a) lower, (A) upper, (iv) roman, (IV) upper-roman, (1) digit. */
export type ItemStyle = 'lower' | 'upper' | 'roman' | 'upper-roman' | 'digit';

export interface NumberMarker {
  kind: MarkerKind;
  /** Normalised number: "4.2", "5(a)", "IV", "7"; for 'paren' the bare token ("a", "iv", "3"). */
  number: string;
  /** The line after the marker, trimmed at the start. */
  rest: string;
  /** Depth implied by the number alone: "1" 0, "1.1" 1, "1.1(a)" 2, ARTICLE 0; 'paren' 1. */
  level: number;
  /** For 'paren' markers. i/v/x are ambiguous (letter or roman); the segmenter settles them from siblings. */
  style?: ItemStyle;
}

/** Words that follow a number in a quantity or a date, never a heading ("2.5 Million", "1. January"). */
const QUANTITY_WORDS = new Set([
  'million', 'billion', 'thousand', 'hundred', 'percent', 'per', 'times', 'x',
  'dollars', 'euros', 'pounds', 'days', 'months', 'years', 'hours', 'weeks', 'minutes',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'am', 'pm', 'a.m.', 'p.m.',
]);

const WORD_NUMERALS = new Set([
  'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN',
  'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN', 'TWENTY',
]);

const ROMAN = /^[IVXLC]{1,7}$/;
const ROMAN_LOWER = /^[ivxlc]{1,7}$/;

/** Value of a roman numeral, or NaN when it is not one. */
export function romanValue(token: string): number {
  const t = token.toUpperCase();
  if (!ROMAN.test(t)) return NaN;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]];
    const next = i + 1 < t.length ? values[t[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The first non-space character of the rest decides whether a number opens a clause. */
function restStartsLikeClause(rest: string): boolean {
  if (rest === '') return true;
  const c = rest[0];
  if (/[A-Z"“‘'(\[*_§]/.test(c)) return true;
  return false;
}

function firstWord(rest: string): string {
  const m = /^[^\s]{1,20}/.exec(rest);
  return m ? m[0].replace(/[.,;:]+$/, '').toLowerCase() : '';
}

/** True for rests such as "shall survive", ", as amended", "of this Agreement": a cross-reference. */
function looksLikeReference(rest: string): boolean {
  if (rest === '') return false;
  const c = rest[0];
  if (/[a-z,;)\]]/.test(c)) return true;
  // "Section 9 (Confidentiality). and Premier shall…", "Section 4 (Fees), 5 (Taxes)": a titled reference.
  const titled = /^\([^()]{1,80}\)\s{0,3}([.,;]?)\s{0,3}(.?)/.exec(rest);
  if (titled && (titled[1] === ',' || titled[1] === ';' || /[a-z]/.test(titled[2]))) return true;
  return false;
}

/** Groups like "(a)(ii)" after a number: the inner tokens. */
function parenGroups(s: string): string[] {
  const out: string[] = [];
  const re = /\(([A-Za-z]{1,4}|\d{1,3})\)/y;
  let pos = 0;
  for (let n = 0; n < 4; n++) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    out.push(m[1]);
    pos = re.lastIndex;
  }
  return out;
}

const KEYWORDS: Record<string, 'article' | 'section'> = {
  article: 'article',
  section: 'section',
  sec: 'section',
  clause: 'section',
};

/** "ARTICLE IV ...", "Section 5(a) ...", "Sec. 5", "§ 7.2", "Clause 3". */
function parseKeywordMarker(line: string): NumberMarker | null {
  let after: string;
  let kind: 'article' | 'section';
  if (line[0] === '§') {
    kind = 'section';
    after = line.replace(/^§{1,2}\s{0,3}/, '');
  } else {
    const m = /^([A-Za-z]{3,7})(\.?)(\s{1,5})/.exec(line);
    if (!m) return null;
    const word = m[1].toLowerCase();
    const k = KEYWORDS[word];
    if (!k || !/^[A-Z]/.test(m[1])) return null;
    if (word === 'sec' && m[2] !== '.') return null;
    if (word !== 'sec' && m[2] === '.') return null;
    kind = k;
    after = line.slice(m[0].length);
  }

  // "Article 10.2 shall not apply ...": a two-level number reads like a section number (and as a reference here).
  if (kind === 'article' && /^\d{1,3}\.\d/.test(after)) kind = 'section';
  if (kind === 'article') {
    const m = /^([IVXLCivxlc]{1,7}|\d{1,3}|[A-Z]{3,9})(?=[\s.:\-–—]|$)\.?/.exec(after);
    if (!m) return null;
    const token = m[1];
    const isRoman = ROMAN.test(token) || ROMAN_LOWER.test(token);
    if (!isRoman && !/^\d/.test(token) && !WORD_NUMERALS.has(token)) return null;
    const rest = stripSeparator(after.slice(m[0].length));
    if (looksLikeReference(rest)) return null;
    return { kind: 'article', number: isRoman ? token.toUpperCase() : token, rest, level: 0 };
  }

  const m = /^(\d{1,3}(?:\.\d{1,3}){0,6})/.exec(after);
  if (!m) return null;
  let pos = m[0].length;
  const groups = parenGroups(after.slice(pos));
  pos += groups.reduce((n, g) => n + g.length + 2, 0);
  if (after[pos] === '.') pos++;
  const next = after[pos];
  if (next !== undefined && !/[\s:\-–—]/.test(next)) return null;
  const rest = stripSeparator(after.slice(pos));
  if (looksLikeReference(rest)) return null;
  const base = m[1];
  const number = base + groups.map((g) => `(${g})`).join('');
  return { kind: 'section', number, rest, level: base.split('.').length - 1 + groups.length };
}

/** Drops a leading "-", "–", ":" or spaces between a number and its title. */
function stripSeparator(s: string): string {
  return s.replace(/^\s{0,20}(?:[:\-–—]\s{0,20})?/, '').replace(/^\s+/, '');
}

/** "(a)", "(iv)", "(1)", "a)", "iv)", "A.", "B.\"PRODUCT\"". */
function parseItemMarker(line: string): NumberMarker | null {
  let token: string;
  let after: string;
  let m = /^\(([A-Za-z]{1,4}|\d{1,2})\)/.exec(line);
  if (m) {
    token = m[1];
    after = line.slice(m[0].length);
  } else if ((m = /^([A-Za-z]{1,4}|\d{1,2})\)/.exec(line))) {
    token = m[1];
    after = line.slice(m[0].length);
  } else if ((m = /^([A-Z])\.(?=\s|["“])/.exec(line))) {
    token = m[1];
    after = line.slice(m[0].length);
  } else {
    return null;
  }
  if (after !== '' && !/^[\s"“]/.test(after)) return null;
  const style = itemStyle(token);
  if (!style) return null;
  const rest = after.replace(/^\s+/, '');
  return { kind: 'paren', number: token, rest, level: 1, style };
}

/** The style a token can have on its own; i/v/x (and I/V/X) answer the letter reading here. */
function itemStyle(token: string): ItemStyle | null {
  if (/^\d+$/.test(token)) return 'digit';
  if (/^[a-z]$/.test(token)) return 'lower';
  if (/^[A-Z]$/.test(token)) return 'upper';
  if (ROMAN_LOWER.test(token)) return 'roman';
  if (ROMAN.test(token)) return 'upper-roman';
  return null;
}

/** "II. TERM" (two or more roman letters, upper case, then a dot): a top-level number. */
function parseRomanTopMarker(line: string): NumberMarker | null {
  const m = /^([IVXLC]{2,7})\.(?=\s|$)/.exec(line);
  if (!m || Number.isNaN(romanValue(m[1]))) return null;
  const rest = line.slice(m[0].length).replace(/^\s+/, '');
  if (!restStartsLikeClause(rest)) return null;
  return { kind: 'roman', number: m[1], rest, level: 0 };
}

/** "1.", "1.1", "1.1.1.", "1.1(a)", "1   TERM". Quantities, years and references are refused. */
function parseDecimalMarker(line: string): NumberMarker | null {
  const m = /^(\d{1,3})((?:\.\d{1,3}){0,6})/.exec(line);
  if (!m) return null;
  const first = Number(m[1]);
  if (first > 300) return null;
  let pos = m[0].length;
  // "1.2.3" reads greedily; a decimal "1.5" followed by a letter ("1.5x") fails below.
  const groups = parenGroups(line.slice(pos));
  pos += groups.reduce((n, g) => n + g.length + 2, 0);
  let trailingDot = false;
  if (line[pos] === '.') {
    trailingDot = true;
    pos++;
  } else if (line[pos] === ')' && m[2] === '' && groups.length === 0) {
    // "1)" is a list item, handled as a 'paren' marker.
    return null;
  }
  const multi = m[2] !== '';
  const next = line[pos];
  // "13.12Counterparts. This Agreement ...": text extraction glued a two-level number to its run-in heading. Only
  // with the heading's full stop: glued table-of-contents entries ("3.33Restricted Entities 37") stay text.
  const glued = multi && !trailingDot && groups.length === 0 && /^[A-Z][a-z]{2,}[\w ,;&'’-]{0,60}\.(?:\s|$)/.test(line.slice(pos));
  if (next !== undefined && !/\s/.test(next) && !glued) return null;
  const after = line.slice(pos);
  const rest = after.replace(/^\s+/, '');
  const bare = !multi && !trailingDot && groups.length === 0;
  if (bare) {
    // "1 Definitions" only with a wide gap or a heading-looking rest; "12" alone is a page number.
    if (rest === '') return null;
    const wideGap = /^(?:\s{2,}|\t)/.test(after);
    if (!wideGap && !/^[A-Z][A-Z'’&\- ]{2,60}$/.test(rest.slice(0, 62))) return null;
  }
  if (!restStartsLikeClause(rest)) return null;
  // "7 HOURS OF WORK" is a caps heading; "7 hours" / "2.5 Million" are quantities.
  const capsHeading = /^[A-Z][A-Z'’&\- ]{2,60}$/.test(rest) && rest.includes(' ');
  if (!capsHeading && QUANTITY_WORDS.has(firstWord(rest))) return null;
  const parts = (m[1] + m[2]).split('.');
  const number = parts.join('.') + groups.map((g) => `(${g})`).join('');
  return { kind: 'decimal', number, rest, level: parts.length - 1 + groups.length };
}

/** Any clause marker at the start of `line` (leading spaces allowed), or null. */
export function parseMarker(line: string): NumberMarker | null {
  const s = line.replace(/^\s+/, '');
  if (s === '') return null;
  const c = s[0];
  if (c >= '0' && c <= '9') return parseDecimalMarker(s) ?? parseItemMarker(s);
  if (c === '(') return parseItemMarker(s);
  if (c === '§') return parseKeywordMarker(s);
  return parseKeywordMarker(s) ?? parseRomanTopMarker(s) ?? parseItemMarker(s);
}

/**
 * The clause number that opens a line, with the rest of the line and the depth the number implies.
 * Sub-clause items come back as printed ("(a)", level 1); the segmenter composes them with their
 * parent ("5.2(a)"). Cross-references ("Section 9.3 shall survive"), quantities ("1.5 times",
 * "2.5 million") and years ("2024.") are not numbers.
 */
export function parseClauseNumber(line: string): { number: string; rest: string; level: number } | null {
  const m = parseMarker(line);
  if (!m) return null;
  const number = m.kind === 'paren' ? `(${m.number})` : m.number;
  return { number, rest: m.rest, level: m.level };
}
