// Heading shapes: ALL-CAPS lines, Title Case phrases, run-in headings ("Limitation. Neither party…"),
// bold markdown headings and defined terms. Each test looks at a bounded prefix of the line.

/** Lower-case words a Title Case heading may contain ("Limitation of Liability", "Fees and Payment"). */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per',
  'the', 'to', 'upon', 'under', 'with', 'its', 'vs', 'v', 'non', 'not', 'nor', 'than',
]);

/** Words ending in "." that do not end a heading ("Inc.", "U.S.", "No."). */
const ABBREVIATIONS = new Set([
  'inc', 'co', 'corp', 'ltd', 'llc', 'no', 'nos', 'st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr',
  'vs', 'etc', 'sec', 'art', 'e.g', 'i.e', 'u.s', 'u.k', 'n.v', 's.a', 'b.v', 'p.c', 'l.p',
]);

const MAX_HEADING_CHARS = 140;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

/** Letters/digits of a word without surrounding quotes, brackets and punctuation. */
function core(word: string): string {
  return word.replace(/^[("“‘'\[*_]+/, '').replace(/[)"”’'\],.;:*_!?]+$/, '');
}

/**
 * True for a short Title Case phrase: every word capitalised (or a digit, or a small word such as
 * of/and/the after the first), e.g. "Limitation of Liability", "Fees and Payment", "DEFINITIONS".
 */
export function isTitleCasePhrase(s: string, maxWords: number): boolean {
  const t = s.trim();
  if (t === '' || t.length > MAX_HEADING_CHARS) return false;
  const ws = words(t);
  if (ws.length > maxWords) return false;
  let significant = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = core(ws[i]);
    if (w === '' || /^[&/\-–—+]+$/.test(w)) continue;
    const c = w[0];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || /[À-ÖØ-Þ]/.test(c)) {
      significant++;
      continue;
    }
    if (i > 0 && SMALL_WORDS.has(w.toLowerCase())) continue;
    return false;
  }
  if (significant === 0) return false;
  const last = core(ws[ws.length - 1]).toLowerCase();
  if (ws.length > 1 && SMALL_WORDS.has(last) && last !== 'non') return false;
  return /[A-Za-z]/.test(t);
}

/** Small words that end a phrase in the middle: an ALL-CAPS heading never ends with one. */
const CAPS_SMALL = new Set(['A', 'AN', 'AND', 'AS', 'AT', 'BY', 'FOR', 'FROM', 'IN', 'OF', 'ON', 'OR', 'THE', 'TO', 'WITH', 'UNDER', 'I']);

/** True for an ALL-CAPS line of a few words: "LIMITATION OF LIABILITY", "2. DISTRIBUTORSHIP". */
export function isAllCapsHeading(s: string, maxWords = 12): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > MAX_HEADING_CHARS) return false;
  if (/[a-z]/.test(t)) return false;
  const letters = t.replace(/[^A-Z]/g, '');
  if (letters.length < 3) return false;
  if (/[,;]$/.test(t) || t.startsWith('[')) return false;
  const ws = words(t);
  // A caps sentence broken by a PDF line ends mid-phrase ("... OBLIGATIONS UNDER"); a heading does not.
  // ("EXHIBIT A", "ARTICLE I" do end in a letter or a numeral.)
  const last = ws[ws.length - 1]!.replace(/[^A-Z]/g, '');
  if (ws.length > 1 && last.length > 1 && CAPS_SMALL.has(last)) return false;
  return ws.length <= maxWords;
}

/** Removes a trailing "." or ":" from a heading. */
export function trimHeading(s: string): string {
  return s.trim().replace(/\s*[.:]+$/, '').trim();
}

/** A whole line that is only a heading (after its number): "Definitions", "LIMITATION OF LIABILITY.". */
export function isHeadingOnly(s: string, maxWords = 12): boolean {
  const t = trimHeading(stripBold(s));
  if (t === '' || /\.\s/.test(t)) return false;
  if (isAllCapsHeading(t, maxWords)) return true;
  return isTitleCasePhrase(t, maxWords);
}

/** "**Payment Terms**" -> "Payment Terms"; other text unchanged. */
export function stripBold(s: string): string {
  const m = /^(\*\*|__)([^*_]{1,140})\1\s*$/.exec(s.trim());
  return m ? m[2] : s;
}

export interface RunIn {
  heading: string;
  body: string;
}

/**
 * A run-in heading at the start of a paragraph: "Limitation of Liability. Neither party…",
 * "Fees and Payment: Customer shall…", "**Payment.** Customer will…". Only the first sentence
 * end is tried, so "Customer shall pay. Then…" is a sentence, not a heading.
 */
export function splitRunInHeading(text: string, maxWords = 8): RunIn | null {
  const s = text.trimStart();
  const bold = /^(\*\*|__)([^*_]{1,140})\1/.exec(s);
  if (bold) {
    const heading = trimHeading(bold[2]);
    const body = s.slice(bold[0].length).replace(/^\s*[.:]?\s*/, '');
    if (heading === '' || words(heading).length > 15) return null;
    return { heading, body };
  }
  const limit = Math.min(s.length, MAX_HEADING_CHARS);
  for (let i = 1; i < limit; i++) {
    const c = s[i];
    let end = -1;
    let bodyStart = -1;
    if ((c === '.' || c === ':') && (i + 1 >= s.length || /\s/.test(s[i + 1]))) {
      if (c === '.' && isAbbreviationEnd(s, i)) continue;
      end = i;
      bodyStart = i + 1;
    } else if (/[-–—]/.test(c) && s[i - 1] === ' ' && s[i + 1] === ' ') {
      end = i - 1;
      bodyStart = i + 1;
    } else {
      continue;
    }
    const heading = s.slice(0, end).trim();
    const body = s.slice(bodyStart).trimStart();
    if (body === '') return null;
    const okHeading = isAllCapsHeading(heading, maxWords + 4) || isTitleCasePhrase(heading, maxWords);
    if (!okHeading) return null;
    // After a period a new sentence starts; after a colon or dash order-form values may be lower case.
    if (c === '.' && !/^[A-Z0-9"“‘'(\[*_$€£]/.test(body) && !/^[a-z]{1,3}[.)]\s/.test(body)) return null;
    return { heading, body };
  }
  return null;
}

function isAbbreviationEnd(s: string, dot: number): boolean {
  let j = dot - 1;
  while (j >= 0 && !/\s/.test(s[j])) j--;
  const word = s.slice(j + 1, dot).replace(/^[("“]+/, '').toLowerCase();
  if (word.length <= 1) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * The term a definition paragraph defines: `"Affiliate" means…`, `“Fees” has the meaning…`,
 * `**Affiliate** means…`. Null when the paragraph does not start with a quoted term and a defining verb.
 */
export function definedTerm(text: string): string | null {
  const s = text.trimStart().slice(0, 300);
  const m = /^(?:["“”]|\*\*|'|‘)([^"“”*'’\n]{1,80})(?:["“”]|\*\*|'|’)/.exec(s);
  if (!m) return null;
  const after = s.slice(m[0].length, m[0].length + 160);
  if (!/^[\s,;:]*(?:(?:or|and)\s+["“][^"”]{1,80}["”][\s,]*)*(?:\([^)]{0,100}\)\s*)?(?:,\s*)?(?:means|(?:shall |will )?mean|(?:shall |will )?ha(?:s|ve) the meanings?|(?:shall )?refers? to|(?:shall )?include|includes|(?:is|are) defined|as used|:)/i.test(after)) {
    return null;
  }
  return m[1].trim();
}

/** Headings that mark a definitions clause ("Definitions", "1. DEFINITIONS AND INTERPRETATION"). */
export function isDefinitionsHeading(heading: string | null): boolean {
  if (!heading) return false;
  return /^(?:certain\s+)?(?:definitions?|defined terms|interpretation)\b/i.test(heading.trim());
}


/**
 * An ALL-CAPS heading run straight into mixed-case text, as plain text does once its layout gap is
 * gone: "PRODUCT DESIGN During the term…" -> "PRODUCT DESIGN". The text must go on in mixed case
 * ("During the"), so "ADAMS GOLF shall…" and caps sentences are left alone.
 */
export function splitCapsRunIn(text: string): RunIn | null {
  const s = text.slice(0, 200);
  const m = /^([A-Z][A-Z0-9'’&\-/]*(?:,? [A-Z0-9][A-Z0-9'’&\-/]*){0,11}) (?=[A-Z][a-z]+ [a-z])/.exec(s);
  if (!m) return null;
  let ws = m[1].split(' ');
  while (ws.length > 0 && CAPS_SMALL.has(ws[ws.length - 1])) ws = ws.slice(0, -1);
  const heading = ws.join(' ');
  if (heading.replace(/[^A-Z]/g, '').length < 4 || !isAllCapsHeading(heading)) return null;
  return { heading, body: text.slice(heading.length).trimStart() };
}
