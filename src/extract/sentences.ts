// Sentence splitting for clause text. Facts are read one sentence at a time, so the splitter must not
// cut inside "Sec. 5", "e.g.", "U.S.", "Inc.", "1.5%" or clause numbers such as "4.2".

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character inside the clause text. */
  index: number;
}

/** Words after which a period does not end a sentence (lowercase, without the period). */
const ABBREVIATIONS = new Set([
  'sec', 'secs', 'sect', 'art', 'arts', 'para', 'paras', 'cl', 'no', 'nos', 'vol', 'p', 'pp', 'ch',
  'inc', 'ltd', 'llc', 'llp', 'lp', 'corp', 'co', 'plc', 'gmbh', 'ag', 'bv', 'nv', 'sa', 'pty', 'pte', 'limited',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'messrs', 'esq',
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'viz', 'cf', 'vs', 'v', 'approx', 'incl', 'est', 'ref', 'fig', 'min', 'max',
  'u.s', 'u.k', 'e.u', 'u.s.a', 'n.a', 'a.m', 'p.m', 'dept', 'attn', 'tel', 'fax', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'ave', 'blvd', 'rd',
  // Currency abbreviations before an amount: "Rs. 50,00,000".
  'rs', 'inr',
]);

/** Abbreviations that do not end a sentence only when a number follows. */
const NUMBERED_ABBREVIATIONS = new Set(['cap', 's', 'ss', 'reg', 'r']);

/** Split text into sentences; every sentence keeps its offset, and whitespace between sentences is dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) out.push({ text: body, index: start + lead });
    start = end;
  };
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') {
      // A blank line always ends a sentence (lists, table rows, headings inside a clause).
      push(i);
      lineStart = i + 1;
      continue;
    }
    if (ch === '\n') {
      // A table row ("P4 | 3 business days") is a statement of its own, apart from the text before or after it.
      const lineEnd = text.indexOf('\n', i + 1);
      if (text.slice(lineStart, i).includes(' | ') || text.slice(i + 1, lineEnd < 0 ? text.length : lineEnd).includes(' | ')) push(i);
      lineStart = i + 1;
      continue;
    }
    if (ch === ';' && /\n/.test(text.slice(i + 1, i + 3))) {
      // "(a) ...;\n(b) ..." list items read as separate statements.
      push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && !endsSentenceAt(text, i)) continue;
    // Include closing quotes/brackets that follow the stop.
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    // The next sentence should start with a capital, digit, quote or bracket.
    const rest = text.slice(end).match(/^\s+(\S)/);
    if (rest && !/[A-Z0-9"“'‘(\[•*-]/.test(rest[1]!)) continue;
    push(end);
  }
  push(text.length);
  return out;
}

/** Longest "   12.3.4" prefix of a line checked as a clause label. */
const LABEL_WINDOW = 64;

function endsSentenceAt(text: string, i: number): boolean {
  const next = text[i + 1];
  // Decimals and numbering: "1.5", "4.2", "U.S." inside a token.
  if (next !== undefined && /[0-9A-Za-z]/.test(next)) return false;
  const before = text.slice(Math.max(0, i - 12), i);
  const word = (before.match(/([A-Za-z.]+)$/)?.[1] ?? '').toLowerCase();
  if (word.length > 0) {
    if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^\./, ''))) return false;
    // Statute references: "the Sale of Goods Act (Cap. 31)", "under s. 14" ("subject to the cap." still ends one).
    if (NUMBERED_ABBREVIATIONS.has(word) && /^\s{1,3}\d/.test(text.slice(i + 1, i + 6))) return false;
    // Single capital initials ("J. Smith", "Section A.") are not sentence ends when a capitalised word follows.
    if (/^[a-z]$/.test(word) && /[A-Z]/.test(before.slice(-1))) {
      const after = text.slice(i + 1).match(/^\s+([A-Z][a-z]+)/);
      if (after) return false;
    }
  }
  // A clause number at the start of a line ("4." / "4.2.") is a label, not a stop. Only the last
  // few characters are searched for the line start, so a very long line stays linear-time.
  const recent = text.slice(Math.max(0, i - LABEL_WINDOW), i);
  const newline = recent.lastIndexOf('\n');
  const lineInWindow = newline >= 0 || i <= LABEL_WINDOW;
  if (lineInWindow && /^\s*(?:\d+(?:\.\d+)*|[ivxlc]+|[A-Za-z])$/i.test(recent.slice(newline + 1))) return false;
  return true;
}
