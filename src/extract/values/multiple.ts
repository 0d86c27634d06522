// A liability cap stated relative to fees: "two times (2x) the annual fees" = 2,
// "the fees paid or payable in the twelve months preceding the claim" = 1, "150% of the fees" = 1.5.
import { parseNumeral, readQuantityAt } from './numbers.js';
import { readPercentAt } from './percent.js';
import { isPunct, isWord, span, tokenize, type Token } from './tokens.js';

export interface MultipleMatch {
  value: number;
  index: number;
  length: number;
  text: string;
}

const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { twice: 2, double: 2, thrice: 3, triple: 3, treble: 3 };

// Words that name fees outright, and words that do so only with "paid"/"payable" after them.
const FEE_WORDS: ReadonlySet<string> = new Set(['fee', 'fees', 'charges']);
const PAID_AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'amount', 'amounts', 'sum', 'sums', 'consideration', 'payments', 'price', 'prices', 'compensation', 'monies', 'moneys',
  'commissions', 'remuneration', 'royalties',
]);
const PAID_WORDS: ReadonlySet<string> = new Set(['paid', 'payable', 'received', 'invoiced', 'earned', 'collected']);
// After a multiplier only: "three times (3x) the total value of the work order".
const VALUE_WORDS: ReadonlySet<string> = new Set(['value']);
// Words before a fee reference that make a bare "the fees" a cap ("shall not exceed the annual fees").
const CAP_CUES: ReadonlySet<string> = new Set(['exceed', 'exceeds', 'exceeding', 'limited', 'equal', 'equals', 'equivalent']);
// Words before a fee reference that make it an obligation to pay, not a cap.
const PAYING_WORDS: ReadonlySet<string> = new Set(['pay', 'pays', 'paying', 'payment', 'obligation', 'obligations', 'invoice', 'invoices']);
const PERIOD_WORDS: ReadonlySet<string> = new Set(['month', 'months', 'year', 'years']);

function readMultiplierAt(tokens: Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (isWord(t) && t.lower in MULTIPLIER_WORDS) {
    // "twice (2x) the fees", "double (2) the fees": the figures in brackets repeat the word.
    let end = i + 1;
    if (isPunct(tokens[end], '(') && tokens[end + 1]?.kind === 'num') {
      const close = isWord(tokens[end + 2], 'x') ? end + 3 : end + 2;
      if (isPunct(tokens[close], ')')) end = close + 1;
    }
    return { value: MULTIPLIER_WORDS[t.lower], end };
  }
  const pct = readPercentAt(tokens, i);
  if (pct !== null) return isWord(tokens[pct.end], 'of') ? { value: pct.value / 100, end: pct.end + 1 } : null;
  const q = readQuantityAt(tokens, i);
  if (q === null) return null;
  let j = q.end;
  if (isWord(tokens[j], 'times')) j++;
  else if (t.kind === 'num' && isWord(tokens[j], 'x')) return { value: q.value, end: j + 1 };
  else return null;
  let value = q.value;
  // "two times (2x)", "three (3) times", "two times (2)"
  if (isPunct(tokens[j], '(') && tokens[j + 1]?.kind === 'num') {
    const digits = parseNumeral(tokens[j + 1].text);
    let k = j + 2;
    if (isWord(tokens[k], 'x', 'times')) k++;
    if (digits !== null && isPunct(tokens[k], ')')) {
      value = digits;
      j = k + 1;
    }
  }
  return { value, end: j };
}

/** A fee reference at token k: "fees", or "amounts paid"; returns its exclusive end. */
function readFeeRefAt(tokens: Token[], k: number): { end: number; paid: boolean } | null {
  const t = tokens[k];
  if (!isWord(t)) return null;
  const fee = FEE_WORDS.has(t.lower);
  if (!fee && !PAID_AMOUNT_WORDS.has(t.lower)) return null;
  // "paid", "actually paid", "paid or payable", "then paid": up to three words on.
  for (let j = k + 1; j <= k + 3 && isWord(tokens[j]); j++) {
    if (!PAID_WORDS.has(tokens[j].lower)) continue;
    // "any amount paid in settlement" is a payment, not a measure of fees.
    if (isWord(tokens[j + 1], 'in') && isWord(tokens[j + 2], 'settlement')) return null;
    return { end: j + 1, paid: true };
  }
  return fee ? { end: k + 1, paid: false } : null;
}

/** The first fee reference within a few words after a multiplier, in the same sentence. */
function findFeeRefAfter(tokens: Token[], from: number): { end: number } | null {
  for (let k = from; k < from + 8 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'word') {
      const ref = readFeeRefAt(tokens, k);
      if (ref !== null) return ref;
      if (VALUE_WORDS.has(t.lower) && isWord(tokens[k + 1], 'of')) return { end: k + 1 };
    } else if (!isPunct(t, '-', "'", '’')) {
      return null;
    }
  }
  return null;
}

/** Words before token k (same clause, no figures) include one of `words`. */
function precededBy(tokens: Token[], k: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** "twelve months of fees", "twelve months' fees", "one month's fees" */
function followsPeriod(tokens: Token[], k: number): boolean {
  if (isWord(tokens[k - 1], 'of')) return isWord(tokens[k - 2]) && PERIOD_WORDS.has(tokens[k - 2].lower);
  if (isPunct(tokens[k - 1], "'", '’')) return isWord(tokens[k - 2]) && PERIOD_WORDS.has(tokens[k - 2].lower);
  if (isWord(tokens[k - 1], 's') && isPunct(tokens[k - 2], "'", '’')) return isWord(tokens[k - 3]) && PERIOD_WORDS.has(tokens[k - 3].lower);
  return false;
}

/** Every cap stated relative to fees, in order of position. */
export function findFeeMultiples(text: string): MultipleMatch[] {
  const tokens = tokenize(text);
  const found: MultipleMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const multiplier = readMultiplierAt(tokens, i);
    if (multiplier !== null) {
      const fee = findFeeRefAfter(tokens, multiplier.end);
      if (fee !== null) {
        found.push({ value: multiplier.value, ...span(text, tokens, i, fee.end) });
        i = fee.end;
        continue;
      }
    }
    // No multiplier: "the fees paid", "an amount equal to the fees", "twelve months of fees" read as 1x.
    const ref = readFeeRefAt(tokens, i);
    if (ref !== null && !precededBy(tokens, i, 3, PAYING_WORDS)) {
      if (ref.paid || followsPeriod(tokens, i) || precededBy(tokens, i, 5, CAP_CUES)) {
        found.push({ value: 1, ...span(text, tokens, i, ref.end) });
        i = ref.end;
        continue;
      }
    }
    i++;
  }
  return found;
}
