// Numbers written in words ("one hundred and twenty") or digits ("1,000,000").
import { adjacent, isHyphen, isPunct, isWord, tokenize, type Token } from './tokens.js';

// Maps rather than object literals: `w in {...}` is also true for "constructor" or "toString"
// (Object.prototype), and a keyed lookup whose key changes on every call keeps deoptimising.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
}));
const TEENS: ReadonlyMap<string, number> = new Map(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));
const SCALE_WORDS: readonly string[] = [...SCALES.keys()];

function isNumberWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const w = t.lower;
  return UNITS.has(w) || TEENS.has(w) || TENS.has(w) || SCALES.has(w) || w === 'hundred';
}

export interface NumberRead {
  value: number;
  /** Exclusive index of the token after the number. */
  end: number;
}

/**
 * A fraction at token i: "half", "one-half", "one half", "a half", "one-quarter",
 * "three-quarters". Bare "quarter" is not read (it usually means three months).
 */
function readFractionAt(tokens: Token[], i: number): NumberRead | null {
  const first = tokens[i];
  if (isWord(first, 'half')) return { value: 0.5, end: i + 1 };
  if (!isWord(first, 'a', 'an', 'one', 'three')) return null;
  let j = i + 1;
  if (isHyphen(tokens[j]) && adjacent(first, tokens[j])) j++;
  const second = tokens[j];
  if (first.lower === 'three') return isWord(second, 'quarters') ? { value: 0.75, end: j + 1 } : null;
  if (isWord(second, 'half')) return { value: 0.5, end: j + 1 };
  if (isWord(second, 'quarter') && first.lower === 'one') return { value: 0.25, end: j + 1 };
  return null;
}

/**
 * Reads a number in words starting at token i, greedily, following English number
 * grammar so that "one two" or "thirty thirty" stop after the first word. A leading
 * "a"/"an" counts only before "hundred"/"thousand"/... or a fraction ("a half").
 */
export function readNumberWordsAt(tokens: Token[], i: number): NumberRead | null {
  const fraction = readFractionAt(tokens, i);
  if (fraction !== null) return fraction;

  type Last = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let j = i;
  let end = -1;

  if (isWord(tokens[j], 'a', 'an')) {
    const next = tokens[j + 1];
    if (!isWord(next, 'hundred', ...SCALE_WORDS)) return null;
    current = 1;
    last = 'unit';
    j++;
  }

  while (j < tokens.length) {
    const t = tokens[j];
    // "twenty-four", "one-hundred", "forty- five": a hyphen may join any two number words;
    // the grammar below still decides whether the second one belongs.
    if (isHyphen(t)) {
      if (!isNumberWord(tokens[j + 1])) break;
      j++;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    const unit = UNITS.get(w);
    const teen = TEENS.get(w);
    const ten = TENS.get(w);
    const scale = SCALES.get(w);
    if (unit !== undefined) {
      if (!(last === 'none' || last === 'hundred' || last === 'scale' || last === 'ten')) break;
      if (last !== 'none' && unit === 0) break;
      current += unit;
      last = 'unit';
    } else if (teen !== undefined || ten !== undefined) {
      if (!(last === 'none' || last === 'hundred' || last === 'scale')) break;
      current += teen ?? (ten as number);
      last = teen !== undefined ? 'teen' : 'ten';
    } else if (w === 'hundred') {
      if (!(last === 'unit' || last === 'teen') || current % 100 === 0 || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'none' || last === 'scale' || scale >= lastScale || current === 0) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    } else if (w === 'and' && last !== 'none') {
      // "one hundred and twenty", or a fraction: "one and one-half".
      const frac = readFractionAt(tokens, j + 1);
      if (frac !== null) return { value: total + current + frac.value, end: frac.end };
      if ((last === 'hundred' || last === 'scale') && isNumberWord(tokens[j + 1]) && !isWord(tokens[j + 1], 'hundred') && !SCALES.has(tokens[j + 1].lower)) {
        j++;
        // The next word is read as if following "hundred"/a scale.
        continue;
      }
      break;
    } else {
      break;
    }
    j++;
    end = j;
  }
  if (end === -1) return null;
  return { value: total + current, end };
}

// US grouping, plain decimals, and European grouping that cannot be a decimal
// ("1.000.000", "1.000,50").
const US_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// Indian lakh/crore grouping: "5,00,000", "1,00,00,000".
const INDIAN_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
/** Swiss grouping: "CHF 250'000", "1’500’000.50". */
const SWISS_GROUPED = /^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/;
const EU_MULTI_DOT = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const EU_DECIMAL_COMMA = /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/;

/** "1,000,000" -> 1000000, "2.5" -> 2.5, "30" -> 30; null for anything else ("5.2.1", "1,2"). */
export function parseNumeral(text: string): number | null {
  const s = text.trim();
  if (s.length === 0 || s.length > 40) return null;
  let value: number;
  if (US_GROUPED.test(s) || INDIAN_GROUPED.test(s)) value = Number(s.replace(/,/g, ''));
  else if (SWISS_GROUPED.test(s)) value = Number(s.replace(/['’]/g, ''));
  else if (PLAIN.test(s)) value = Number(s);
  else if (EU_MULTI_DOT.test(s) || EU_DECIMAL_COMMA.test(s)) value = Number(s.replace(/\./g, '').replace(',', '.'));
  else return null;
  return Number.isFinite(value) ? value : null;
}

/** "thirty" -> 30, "one hundred and twenty" -> 120, "one and one-half" -> 1.5; null if the whole text is not a number phrase. */
export function parseNumberWords(text: string): number | null {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 40) return null;
  const read = readNumberWordsAt(tokens, 0);
  return read !== null && read.end === tokens.length ? read.value : null;
}

export interface QuantityRead extends NumberRead {
  /** Set when words and digits disagree: "thirty (45)". The digits are taken. */
  conflict?: string;
  /** The quantity was written (at least partly) in words. */
  words: boolean;
}

/**
 * A quantity at token i as contracts write them: "30", "thirty", "thirty (30)",
 * "30 (thirty)". When words and digits disagree the digits win and `conflict` says so.
 */
export function readQuantityAt(tokens: Token[], i: number): QuantityRead | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') {
    const digits = parseNumeral(t.text);
    if (digits === null) return null;
    // "30 (thirty)"
    if (isPunct(tokens[i + 1], '(')) {
      const words = readNumberWordsAt(tokens, i + 2);
      if (words !== null && isPunct(tokens[words.end], ')')) {
        return withConflict(words.value, digits, words.end + 1, true);
      }
    }
    return { value: digits, end: i + 1, words: false };
  }
  const words = readNumberWordsAt(tokens, i);
  if (words === null) return null;
  // "thirty (30)"
  if (isPunct(tokens[words.end], '(') && tokens[words.end + 1]?.kind === 'num' && isPunct(tokens[words.end + 2], ')')) {
    const digits = parseNumeral(tokens[words.end + 1].text);
    if (digits !== null) return withConflict(words.value, digits, words.end + 3, true);
  }
  return { value: words.value, end: words.end, words: true };
}

function withConflict(words: number, digits: number, end: number, hasWords: boolean): QuantityRead {
  const read: QuantityRead = { value: digits, end, words: hasWords };
  if (words !== digits) read.conflict = `words say ${words}, digits say ${digits}`;
  return read;
}
