// Percentages: "99.9%", "1.5 percent", "eighteen percent (18%) per annum", "1.5% per month".
import { parseNumeral, readNumberWordsAt, readQuantityAt } from './numbers.js';
import { isPunct, isWord, matchPhrase, span, tokenize, type Token } from './tokens.js';

export interface PercentMatch {
  value: number;
  /** The period a rate is stated for: "1.5% per month", "18% per annum". */
  per: 'month' | 'year' | null;
  index: number;
  length: number;
  text: string;
}

const PER_PHRASES: readonly (readonly [string, 'month' | 'year'])[] = [
  ['per annum', 'year'], ['per anum', 'year'], ['per year', 'year'], ['per calendar year', 'year'],
  ['a year', 'year'], ['each year', 'year'], ['every year', 'year'], ['annually', 'year'],
  ['yearly', 'year'], ['p a', 'year'], ['/ year', 'year'], ['/ yr', 'year'], ['/ annum', 'year'],
  ['per month', 'month'], ['per calendar month', 'month'], ['a month', 'month'], ['each month', 'month'],
  ['every month', 'month'], ['monthly', 'month'], ['per mensem', 'month'], ['/ month', 'month'],
  ['/ mo', 'month'], ['for each month', 'month'], ['for each calendar month', 'month'],
  ['for each year', 'year'],
];
const PER_TOKENS = PER_PHRASES.map(([p]) => p.split(' '));

// "1.5% of the unpaid balance per month": words that make an "of ..." phrase an amount owed.
const OWED_WORDS: ReadonlySet<string> = new Set([
  'unpaid', 'outstanding', 'overdue', 'past', 'due', 'balance', 'amount', 'amounts', 'sum', 'sums',
  'invoice', 'invoiced', 'late', 'delinquent',
]);

function readPerAt(tokens: Token[], j: number): { per: 'month' | 'year'; end: number } | null {
  if (isWord(tokens[j], 'interest')) j++;
  const hit = matchPhrase(tokens, j, PER_TOKENS);
  return hit === null ? null : { per: PER_PHRASES[hit.which][1], end: hit.end };
}

/** The period of a rate after a percentage, directly or after "of the unpaid amount". */
function readPeriodAt(tokens: Token[], j: number): { per: 'month' | 'year'; end: number } | null {
  const direct = readPerAt(tokens, j);
  if (direct !== null) return direct;
  if (!isWord(tokens[j], 'of')) return null;
  let owed = false;
  for (let k = j + 1; k < j + 10 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && !isPunct(t, '-')) return null;
    const per = readPerAt(tokens, k);
    if (per !== null) return owed ? per : null;
    if (OWED_WORDS.has(t.lower)) owed = true;
  }
  return null;
}

export interface PercentRead {
  value: number;
  end: number;
}

/** A percentage at token i: digits or words, "%"/"percent"/"per cent", and an optional "(18%)". */
function mixedFractionAt(tokens: Token[], i: number): PercentRead | null {
  let j = i + 1;
  if (isPunct(tokens[j], '-')) j++;
  const [num, slash, den] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (num?.kind !== 'num' || !isPunct(slash, '/') || den?.kind !== 'num' || !/^\d$/.test(num.text) || !/^\d{1,2}$/.test(den.text)) return null;
  const fraction = Number(num.text) / Number(den.text);
  if (!(fraction > 0 && fraction < 1) || !isPunct(tokens[j + 3], '%')) return null;
  return { value: Number(tokens[i]!.text) + fraction, end: j + 4 };
}

export function readPercentAt(tokens: Token[], i: number): PercentRead | null {
  // "99,5%", "1,5 per cent": a decimal comma, read only right before a percent sign or word ("sections 3,4" stay out).
  const t = tokens[i];
  if (t?.kind === 'num' && /^\d{1,3},\d{1,2}$/.test(t.text) && (isPunct(tokens[i + 1], '%') || isWord(tokens[i + 1], 'percent') || (isWord(tokens[i + 1], 'per') && isWord(tokens[i + 2], 'cent')))) {
    return { value: Number(t.text.replace(',', '.')), end: i + (isWord(tokens[i + 1], 'per') ? 3 : 2) };
  }
  // "1-1/2% per month", "1 1/2%": a whole number and a fraction.
  const mixed = t?.kind === 'num' && /^\d{1,2}$/.test(t.text) ? mixedFractionAt(tokens, i) : null;
  if (mixed !== null) return mixed;
  const q = readQuantityAt(tokens, i);
  if (q === null) return null;
  let j = q.end;
  if (isPunct(tokens[j], '%')) j++;
  else if (isWord(tokens[j], 'percent', 'pct', 'percentum')) j++;
  else if (isWord(tokens[j], 'per') && isWord(tokens[j + 1], 'cent', 'centum')) j += 2;
  else return null;
  if (isPunct(tokens[j], '.') && tokens[j - 1].lower === 'pct') j++;
  let value = q.value;
  // "one percent and one-half (1.5%)"
  if (isWord(tokens[j], 'and') && q.words) {
    const fraction = readNumberWordsAt(tokens, j + 1);
    if (fraction !== null && fraction.value < 1) {
      value += fraction.value;
      j = fraction.end;
    }
  }
  // "eighteen percent (18%)": the figures win.
  if (isPunct(tokens[j], '(') && tokens[j + 1]?.kind === 'num') {
    const digits = parseNumeral(tokens[j + 1].text);
    let k = j + 2;
    if (isPunct(tokens[k], '%')) k++;
    else if (isWord(tokens[k], 'percent')) k++;
    if (digits !== null && k > j + 2 && isPunct(tokens[k], ')')) {
      value = digits;
      j = k + 1;
    }
  }
  return { value, end: j };
}

/** Every percentage in the text, in order of position, with the period a rate is stated for. */
export function findPercents(text: string): PercentMatch[] {
  const tokens = tokenize(text);
  const found: PercentMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind === 'punct') {
      i++;
      continue;
    }
    const read = readPercentAt(tokens, i);
    if (read === null) {
      i++;
      continue;
    }
    const period = readPeriodAt(tokens, read.end);
    // Only a period written right after the rate is part of the match text.
    const directPer = readPerAt(tokens, read.end);
    const end = directPer !== null ? directPer.end : read.end;
    found.push({ value: read.value, per: period?.per ?? null, ...span(text, tokens, i, end) });
    i = end;
  }
  return found;
}
