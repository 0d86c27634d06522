// Line-level heuristics shared by the text and PDF readers: where a new block starts,
// and how wrapped lines are put back together.

/** Dotted decimal numbers at the start of a line: "1.", "1.1", "12.3.4.", "4.2(a)". Rarely start a wrapped line. */
const DOTTED_NUMBER = /^\d{1,3}\.(\d{1,3}\.?)*(\([a-z0-9]{1,4}\))?(\s|$)|^\d{1,3}(\.\d{1,3})+(\s|$)/;

/** Weaker clause starts: these words or markers also appear inside a sentence that wrapped, e.g. "... set out in\nSection 5". */
const WORDED_NUMBER = [
  /^(section|clause|article|schedule|exhibit|annex|appendix)\s+([0-9]+|[ivxlc]+\b|[A-Z]\b)/i,
  /^§\s*\d/,
  /^\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s/i,
  /^[a-z]\)\s/,
  /^[ivx]{1,5}\.\s/i,
];

/** ARTICLE/SECTION followed by a number, in capitals, is a heading wherever it appears at a line start. */
const CAPS_ARTICLE = /^(ARTICLE|SECTION|PART|SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\s+([0-9]+|[IVXLC]+)\b/;

/** Line ends a sentence or a list entry ("...; and"), so a worded clause number after it is a new clause. */
const ENDS_ENTRY = /([.:;!?)"”’]|;\s*(and|or)|,\s*(and|or))$/i;

export function startsWithStrongNumber(line: string): boolean {
  return DOTTED_NUMBER.test(line) || CAPS_ARTICLE.test(line);
}

export function startsWithWordedNumber(line: string): boolean {
  return WORDED_NUMBER.some((re) => re.test(line));
}

/** "... DURING THE TWELVE (12)" + "MONTHS BEFORE ...": digits restating a number word; the unit is still to come. */
const NUMBER_RESTATED = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\s*\(\d[\d,.]*\)$/i;

export function endsWithRestatedNumber(line: string): boolean {
  return NUMBER_RESTATED.test(line.trimEnd());
}

export function endsEntry(line: string): boolean {
  return ENDS_ENTRY.test(line.trimEnd()) && !endsWithRestatedNumber(line);
}

/** A short line written in capitals ("PAYMENT TERMS", "ARTICLE IV - FEES"): a heading in plain text. */
export function isCapsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 70) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (letters !== letters.toUpperCase()) return false;
  if (t.split(/\s+/).length > 10) return false;
  // "(GBP 750,000)." wrapped onto its own line is an amount, not a heading: more figures than letters.
  if (t.replace(/\D/g, '').length > letters.length) return false;
  // A caps line ending in a comma or hyphen is part of a wrapped caps sentence, not a heading.
  return !/[,\-–]$/.test(t);
}

/** A long line in capitals: a disclaimer paragraph in caps, whose short last line must not become a heading. */
export function isLongCaps(line: string): boolean {
  // Clause references keep their small letters in caps text ("SECTION 9(b) DOES NOT LIMIT ..."): nearly all capitals.
  const letters = line.replace(/\([a-z]{1,4}\)/g, '').replace(/[^\p{L}]/gu, '');
  return line.length > 45 && line.trim().split(/\s+/).length >= 8 && letters === letters.toUpperCase();
}

/**
 * Does `line` start a new block, given the previous line `prev` of the current block?
 * Clause numbers and caps headings start blocks; a worded number ("Section 5", "(a)") only
 * after a line that ended a sentence or entry, because it is often a cross-reference that wrapped.
 */
/** A line that stops on a word a sentence cannot end with ("... OBLIGATIONS UNDER"): the next line continues it. */
const ENDS_MID_PHRASE = /\b(?:under|of|to|in|with|by|per|pursuant|and|or|the|than|see|within|from)\s*$/i;

export function startsNewBlock(prev: string, line: string): boolean {
  if (startsWithStrongNumber(line)) return !ENDS_MID_PHRASE.test(prev);
  if (startsWithWordedNumber(line) && (endsEntry(prev) || isCapsHeading(prev))) return true;
  if (isCapsHeading(line) && !isLongCaps(prev)) return true;
  // The line after a caps heading is the heading's body, not part of the heading.
  if (isCapsHeading(prev) && !isLongCaps(prev) && !/^[a-z]/.test(line)) return true;
  return false;
}

/**
 * First parts of hyphenated compounds: a line break after "non-" or "third-" keeps the hyphen
 * ("non-exclusive", "third-party"); after any other lowercase fragment the hyphen is taken as
 * a layout break and dropped ("obliga-" + "tion" -> "obligation").
 */
export const KEEP_HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'non', 'self', 'co', 'pre', 're', 'sub', 'anti', 'multi', 'cross', 'third', 'first', 'long',
  'short', 'full', 'part', 'well', 'high', 'low', 'ex', 'post', 'semi', 'quasi', 'inter', 'intra',
  'mid', 'half', 'all', 'built', 'end', 'opt', 'sign', 'start', 'follow', 'roll', 'set', 'year',
  'month', 'day', 'out', 'on', 'off', 'up', 'fee', 'cost', 'time', 'best', 'worst', 'court', 'case',
  // Number words: "forty-" + "eight (48) hours" is "forty-eight", not "fortyeight".
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

/**
 * Join a wrapped line onto the text so far. A trailing hyphen joins without a space; the hyphen is
 * dropped only when the next line starts lowercase and the fragment is a plain lowercase piece that
 * is not a known compound prefix (see KEEP_HYPHEN_PREFIXES).
 */
export function joinWrapped(text: string, next: string): string {
  if (text === '') return next;
  // Only the tail can hold the broken word: scanning the whole growing paragraph per line was quadratic.
  const hyphen = text.endsWith('-') ? /([\p{L}\d]+)-$/u.exec(text.slice(-64)) : null;
  if (hyphen && !/--$/.test(text)) {
    const fragment = hyphen[1];
    const compoundBefore = text.length > fragment.length + 1 && text[text.length - fragment.length - 2] === '-';
    const drop =
      /^\p{Ll}/u.test(next) && /^\p{Ll}+$/u.test(fragment) && !KEEP_HYPHEN_PREFIXES.has(fragment) && !compoundBefore;
    return drop ? text.slice(0, -1) + next : text + next;
  }
  return `${text} ${next}`;
}

/** Collapse runs of spaces and tabs (tabs separate a number from its text in many PDFs). */
export function tidy(line: string): string {
  return line.replace(/[\t\u00a0 ]+/g, ' ').trim();
}
