// Money: "$1,000,000", "US$5 million", "EUR 500,000", "£1m", "one million dollars ($1,000,000)".
import { COUNTRIES } from './countries.js';
import { parseNumeral, readNumberWordsAt } from './numbers.js';
import { CURRENCY_SYMBOLS, adjacent, isPunct, isWord, matchPhrase, span, tokenize, type Token } from './tokens.js';

export interface MoneyMatch {
  amount: number;
  currency: string;
  index: number;
  length: number;
  text: string;
}

/** ISO 4217 codes read before or after an amount ("USD 250,000", "10,000 CHF"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  // Shared by several countries (EUR, XOF, XAF), an alias (RMB), and Georgia's lari (the country has no record: its
  // name is the US state's). Every other code lives in its country's record (countries.ts).
  'EUR', 'RMB', 'XOF', 'XAF', 'GEL',
  ...COUNTRIES.flatMap((c) => (c.currency ? [c.currency.code] : [])),
]);
// Codes that are also English words are only read in capitals.
const WORDLIKE_CODES: ReadonlySet<string> = new Set(['TRY', 'PHP']);

function codeOf(t: Token | undefined): string | null {
  if (t === undefined || t.kind !== 'word') return null;
  const upper = t.text.toUpperCase();
  if (!CURRENCY_CODES.has(upper)) return null;
  if (WORDLIKE_CODES.has(upper) && t.text !== upper) return null;
  return upper === 'RMB' ? 'CNY' : upper;
}

// Rupees named by their country before an amount ("Nepalese Rupees Twenty-Five Lakh").
const RUPEE_COUNTRIES: Readonly<Record<string, string>> = { indian: 'INR', nepalese: 'NPR', nepali: 'NPR', pakistani: 'PKR', mauritian: 'MUR' };

// Letters written against a "$" that say which dollar: "US$", "C$", "A$".
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  nz: 'NZD', hk: 'HKD', s: 'SGD', sg: 'SGD', r: 'BRL', mx: 'MXN', nt: 'TWD',
};

// Currency words after an amount. Bare "pounds" is not read (it is also a weight).
const CURRENCY_PHRASES: readonly (readonly [string, string])[] = [
  ['euros', 'EUR'], ['euro', 'EUR'], ['cfa francs', 'XOF'], ['west african cfa francs', 'XOF'], ['central african cfa francs', 'XAF'], ['lari', 'GEL'], ['georgian lari', 'GEL'],
  ...COUNTRIES.flatMap((c) => (c.currency?.words ?? []).map((w) => [w, c.currency!.code] as const)),
];
const CURRENCY_PHRASE_TOKENS = CURRENCY_PHRASES.map(([p]) => p.split(' '));

const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Abbreviations only read written against the digits: "$2.5M", "$500K", "£1bn".
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mil: 1e6, b: 1e9, bn: 1e9 };

// Indian scales: "INR 5 crore", "Rs. 4.2 crore", "Rupees Four Crore Twenty Lakh" (1 lakh = 100,000; 1 crore = 10,000,000).
const INDIAN_SCALES: Readonly<Record<string, number>> = { lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7 };

/** After "N crore": a smaller Indian scale may follow ("four crore twenty lakh"). */
function readIndianScaleAt(tokens: Token[], amount: number, end: number, scale: number, allowWords: boolean): AmountRead {
  const t = tokens[end];
  const part = t?.kind === 'num' ? { value: parseNumeral(t.text), end: end + 1 } : allowWords && isWord(t) ? readNumberWordsAt(tokens, end) : null;
  const unit = part?.value != null ? tokens[part.end] : undefined;
  if (part && part.value != null && unit !== undefined && isWord(unit) && unit.lower in INDIAN_SCALES && INDIAN_SCALES[unit.lower] < scale) {
    return { amount: amount + part.value * INDIAN_SCALES[unit.lower], end: part.end + 1 };
  }
  return { amount, end };
}

interface AmountRead {
  amount: number;
  end: number;
}

/** An amount at token i: digits or words, then an optional scale ("2.5 million", "$1m"). */
function readAmountAt(tokens: Token[], i: number, allowWords: boolean): AmountRead | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let base: number | null;
  let end: number;
  let european = false;
  if (t.kind === 'num') {
    base = parseNumeral(t.text);
    // "R2 500 000", "NOK 1 250 000": thousands grouped by single spaces (South Africa, Scandinavia, France).
    const spaced = spaceGroupedAt(tokens, i);
    if (spaced !== null) return scaled(tokens, t, spaced.value, spaced.end, allowWords, false);
    // "€500.000": a single dot followed by exactly three digits is European grouping.
    european = /^\d{1,3}\.\d{3}$/.test(t.text);
    end = i + 1;
  } else if (allowWords) {
    const words = readNumberWordsAt(tokens, i);
    base = words?.value ?? null;
    end = words?.end ?? i;
  } else {
    return null;
  }
  if (base === null) return null;
  return scaled(tokens, t, base, end, allowWords, european);
}

/** Groups of exactly three digits after a one-to-three-digit lead, each after one space: "2 500 000" -> 2500000. */
function spaceGroupedAt(tokens: Token[], i: number): { value: number; end: number } | null {
  if (!/^\d{1,3}$/.test(tokens[i]!.text)) return null;
  let j = i + 1;
  let digits = tokens[i]!.text;
  while (tokens[j]?.kind === 'num' && /^\d{3}(?:[.,]\d{1,2})?$/.test(tokens[j]!.text) && tokens[j]!.start - tokens[j - 1]!.end === 1) {
    digits += tokens[j]!.text.replace(',', '.');
    j++;
    if (/[.,]/.test(tokens[j - 1]!.text)) break;
  }
  return j > i + 1 ? { value: Number(digits), end: j } : null;
}

/** An amount followed by a scale word ("million", "crore") or abbreviation ("M"). */
function scaled(tokens: Token[], t: Token, base: number, end: number, allowWords: boolean, european: boolean): AmountRead {
  const next = tokens[end];
  if (isWord(next) && next.lower in SCALE_WORDS) {
    return { amount: base * SCALE_WORDS[next.lower], end: end + 1 };
  }
  if (isWord(next) && next.lower in INDIAN_SCALES) return readIndianScaleAt(tokens, base * INDIAN_SCALES[next.lower], end + 1, INDIAN_SCALES[next.lower], allowWords);
  if (t.kind === 'num' && isWord(next) && next.lower in SCALE_ABBREVIATIONS && adjacent(tokens[end - 1], next)) {
    return { amount: base * SCALE_ABBREVIATIONS[next.lower], end: end + 1 };
  }
  if (european) base = Number(t.text.replace('.', ''));
  return { amount: base, end };
}

interface Read {
  amount: number;
  currency: string;
  end: number;
}

/** "$", "US$", "U.S.$", "C$", "€" at token i (i is the first token of the prefix). */
function readSymbolAt(tokens: Token[], i: number): { currency: string; end: number } | null {
  const t = tokens[i];
  if (isPunct(t) && t.text in CURRENCY_SYMBOLS) return { currency: CURRENCY_SYMBOLS[t.text], end: i + 1 };
  if (!isWord(t)) return null;
  // "U.S.$" / "U.S. $"
  const us = matchPhrase(tokens, i, [['u', 's']]);
  if (us !== null) {
    let j = us.end;
    if (isPunct(tokens[j], '.')) j++;
    if (isPunct(tokens[j], '$')) return { currency: 'USD', end: j + 1 };
  }
  // "Nepalese Rupees Twenty-Five Lakh": whose rupee, before the amount.
  if (t.lower in RUPEE_COUNTRIES && isWord(tokens[i + 1]) && tokens[i + 1]!.lower === 'rupees') {
    return { currency: RUPEE_COUNTRIES[t.lower]!, end: i + 2 };
  }
  // "Rs. 50,00,000", "Rs 5 lakh", "Rupees Fifty Lakh": rupees written before the amount.
  if ((t.lower === 'rs' || t.lower === 'rupees') && (tokens[i + 1]?.kind === 'num' || (isPunct(tokens[i + 1], '.') && tokens[i + 2]?.kind === 'num') || t.lower === 'rupees')) {
    return { currency: 'INR', end: isPunct(tokens[i + 1], '.') ? i + 2 : i + 1 };
  }
  // "R2 500 000", "R4 850": the South African rand, written against the figures.
  if (t.text === 'R' && tokens[i + 1]?.kind === 'num' && adjacent(t, tokens[i + 1]) && (/[.,]/.test(tokens[i + 1]!.text) || spaceGroupedAt(tokens, i + 1) !== null || Number(tokens[i + 1]!.text) >= 100)) {
    return { currency: 'ZAR', end: i + 1 };
  }
  // "RM2,000,000", "RM 3,000,000": the Malaysian ringgit; "Ringgit Malaysia Two Million" in words.
  if (t.text === 'RM' && tokens[i + 1]?.kind === 'num' && (/[.,]/.test(tokens[i + 1]!.text) || Number(tokens[i + 1]!.text) >= 100)) {
    return { currency: 'MYR', end: i + 1 };
  }
  if (t.lower === 'ringgit' && isWord(tokens[i + 1]) && tokens[i + 1]!.lower === 'malaysia') return { currency: 'MYR', end: i + 2 };
  if (t.lower in DOLLAR_PREFIXES && isPunct(tokens[i + 1], '$')) {
    // Single letters ("C$") must touch the symbol; "US $" may have a space.
    if (t.text.length > 1 || adjacent(t, tokens[i + 1])) return { currency: DOLLAR_PREFIXES[t.lower], end: i + 2 };
  }
  return null;
}

/** "$1,000,000", "US$ 5 million", "USD 2 million", "EUR 500,000", "USD $1,000" at token i. */
function readPrefixedAt(tokens: Token[], i: number): Read | null {
  let currency: string | null = null;
  let j = i;
  const code = codeOf(tokens[i]);
  if (code !== null) {
    currency = code;
    j = i + 1;
    const symbol = readSymbolAt(tokens, j);
    if (symbol !== null) j = symbol.end;
  } else {
    const symbol = readSymbolAt(tokens, i);
    if (symbol === null) return null;
    currency = symbol.currency;
    j = symbol.end;
  }
  const amount = readAmountAt(tokens, j, code !== null || (isWord(tokens[i]) && (tokens[i].lower === 'rupees' || tokens[i].lower === 'ringgit' || tokens[i].lower in RUPEE_COUNTRIES)));
  if (amount === null) return null;
  let end = amount.end;
  // "$1,000 CAD": a trailing code names the dollar.
  const trailing = codeOf(tokens[end]);
  if (trailing !== null && code === null) {
    currency = trailing;
    end++;
  }
  return { amount: amount.amount, currency, end };
}

/** "one million dollars", "1,000,000 euros", "10,000 CHF", "five million (5,000,000) U.S. dollars" at token i. */
function readSuffixedAt(tokens: Token[], i: number): Read | null {
  const amount = readAmountAt(tokens, i, true);
  if (amount === null) return null;
  let end = amount.end;
  let value = amount.amount;
  // "one million (1,000,000) dollars"
  if (isPunct(tokens[end], '(') && tokens[end + 1]?.kind === 'num' && isPunct(tokens[end + 2], ')')) {
    const digits = parseNumeral(tokens[end + 1].text);
    if (digits !== null) {
      value = digits;
      end += 3;
    }
  }
  const code = codeOf(tokens[end]);
  if (code !== null) return { amount: value, currency: code, end: end + 1 };
  const phrase = matchPhrase(tokens, end, CURRENCY_PHRASE_TOKENS);
  if (phrase === null) return null;
  return { amount: value, currency: CURRENCY_PHRASES[phrase.which][1], end: phrase.end };
}

function readMoneyAt(tokens: Token[], i: number): Read | null {
  return readPrefixedAt(tokens, i) ?? readSuffixedAt(tokens, i);
}

/** A restatement in brackets right after an amount: "($1,000,000)", "(one million dollars)", "(1,000,000)". */
function readRestatementAt(tokens: Token[], i: number): (Omit<Read, 'currency'> & { currency: string | null }) | null {
  if (!isPunct(tokens[i], '(')) return null;
  const inner = readMoneyAt(tokens, i + 1);
  if (inner !== null && isPunct(tokens[inner.end], ')')) return { ...inner, end: inner.end + 1 };
  // Bare figures restate in the outer currency.
  const figures = tokens[i + 1]?.kind === 'num' ? readAmountAt(tokens, i + 1, false) : null;
  if (figures !== null && isPunct(tokens[figures.end], ')')) return { amount: figures.amount, currency: null, end: figures.end + 1 };
  return null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every amount of money in the text, in order of position. */
export function findMoney(text: string): MoneyMatch[] {
  const tokens = tokenize(text);
  const found: MoneyMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readMoneyAt(tokens, i);
    if (read === null) {
      i++;
      continue;
    }
    let { amount, currency, end } = read;
    const restated = readRestatementAt(tokens, end);
    if (restated !== null) {
      // Words then figures: the figures are authoritative, as for durations.
      const wordsFirst = tokens[i].kind === 'word' && codeOf(tokens[i]) === null && readSymbolAt(tokens, i) === null;
      if (wordsFirst) {
        amount = restated.amount;
        currency = restated.currency ?? currency;
      }
      end = restated.end;
    }
    found.push({ amount: round2(amount), currency, ...span(text, tokens, i, end) });
    i = end;
  }
  return found;
}
