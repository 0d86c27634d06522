// Durations: "thirty (30) days", "6-month", "ten (10) business days", "Net 30", "fortnight".
import { readQuantityAt, type QuantityRead } from './numbers.js';
import { CURRENCY_SYMBOLS, MONTH_NAMES, REFERENCE_WORDS, isHyphen, isPunct, isWord, span, tokenize, type Token } from './tokens.js';

export type DurationUnit = 'hours' | 'days' | 'weeks' | 'months' | 'years';

export interface DurationMatch {
  amount: number;
  unit: DurationUnit;
  business: boolean;
  index: number;
  length: number;
  text: string;
  /** "thirty (45) days": words and digits disagree; the digits are taken. */
  conflict?: string;
}

const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = {
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours',
  day: 'days', days: 'days',
  week: 'weeks', weeks: 'weeks', wk: 'weeks', wks: 'weeks',
  month: 'months', months: 'months',
  year: 'years', years: 'years', yr: 'years', yrs: 'years',
};

// Words allowed between the number and the unit ("two (2) additional years").
// Business/working/banking days are counted as stated but flagged.
const MODIFIERS: Readonly<Record<string, boolean>> = {
  // "4 Support Hours" are hours counted within the support window, like business hours.
  business: true, working: true, banking: true, support: true,
  calendar: false, consecutive: false, additional: false, successive: false, full: false,
  further: false, complete: false, subsequent: false, renewal: false, more: false,
  // "three (3) Contract Years", "one (1) Licence Year": a year of the contract is still a year.
  contract: false, subscription: false, licence: false, license: false, billing: false,
  // "three (3) Crop Years", "two (2) Program Years", "one (1) Season Year": named years are years too.
  crop: false, program: false, programme: false, fiscal: false, financial: false,
};

/** Words after which "a"/"an" + unit is a length of one unit. */
const ARTICLE_LEADS: ReadonlySet<string> = new Set(['for', 'within', 'of', 'after', 'than', 'least', 'following', 'over', 'during', 'past', 'about', 'approximately']);

interface UnitRead {
  unit: DurationUnit;
  business: boolean;
  end: number;
}

/** The unit after a quantity: an optional hyphen, up to two modifiers, then the unit word. */
function readUnitAt(tokens: Token[], j: number): UnitRead | null {
  if (isHyphen(tokens[j])) j++;
  let business = false;
  for (let k = 0; k < 2 && isWord(tokens[j]) && tokens[j].lower in MODIFIERS; k++) {
    business ||= MODIFIERS[tokens[j].lower];
    j++;
    if (isHyphen(tokens[j])) j++;
  }
  const t = tokens[j];
  if (!isWord(t) || !(t.lower in UNIT_WORDS)) return null;
  return { unit: UNIT_WORDS[t.lower], business, end: j + 1 };
}

/** A number that is a reference, a price or a date, not a quantity: "Section 30", "$30", "June 30". */
function isGuarded(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (REFERENCE_WORDS.has(prev.lower)) return true;
  if (prev.kind === 'punct' && prev.text in CURRENCY_SYMBOLS) return true;
  return tokens[i].kind === 'num' && prev.kind === 'word' && MONTH_NAMES.has(prev.lower) && /^[A-Z]/.test(prev.text);
}

function match(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  amount: number,
  unit: DurationUnit,
  business: boolean,
  q?: QuantityRead,
): DurationMatch {
  const m: DurationMatch = { amount, unit, business, ...span(text, tokens, from, to) };
  if (q?.conflict !== undefined) m.conflict = q.conflict;
  return m;
}

/** Every duration in the text, in order of position. */
export function findDurations(text: string): DurationMatch[] {
  const tokens = tokenize(text);
  const found: DurationMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      i++;
      continue;
    }

    // "fortnight", "two fortnights" is rare enough to read only the bare word.
    if (isWord(t, 'fortnight')) {
      found.push(match(text, tokens, i, i + 1, 14, 'days', false));
      i++;
      continue;
    }

    // "Net 30", "net thirty (30)", "Net-30 days": days after invoice.
    if (isWord(t, 'net')) {
      let j = i + 1;
      if (isHyphen(tokens[j])) j++;
      const q = readQuantityAt(tokens, j);
      const after = q === null ? undefined : tokens[q.end];
      if (q !== null && Number.isInteger(q.value) && q.value > 0 && q.value <= 365 && !isPunct(after, '%') && !isWord(after, 'percent', 'per')) {
        const unit = readUnitAt(tokens, q.end);
        if (unit !== null) {
          found.push(match(text, tokens, i, unit.end, q.value, unit.unit, unit.business, q));
          i = unit.end;
        } else {
          found.push(match(text, tokens, i, q.end, q.value, 'days', false, q));
          i = q.end;
        }
        continue;
      }
      i++;
      continue;
    }

    // "for a year", "within a month", "for an additional year": the article counts as one, but only after
    // words that introduce a length ("once a year" and "24 hours a day" are rates, not durations).
    if (isWord(t, 'a', 'an') && isWord(tokens[i - 1]) && ARTICLE_LEADS.has(tokens[i - 1]!.lower)) {
      const unit = readUnitAt(tokens, i + 1);
      if (unit !== null) {
        found.push(match(text, tokens, i, unit.end, 1, unit.unit, unit.business));
        i = unit.end;
        continue;
      }
    }

    // "an additional period of half a year".
    if (isWord(t, 'half') && isWord(tokens[i + 1], 'a', 'an')) {
      const unit = readUnitAt(tokens, i + 2);
      if (unit !== null) {
        found.push(match(text, tokens, i, unit.end, 0.5, unit.unit, unit.business));
        i = unit.end;
        continue;
      }
    }

    if (isGuarded(tokens, i)) {
      i++;
      continue;
    }
    const q = readQuantityAt(tokens, i);
    if (q === null) {
      i++;
      continue;
    }
    const unit = readUnitAt(tokens, q.end);
    if (unit !== null && q.value > 0) {
      found.push(match(text, tokens, i, unit.end, q.value, unit.unit, unit.business, q));
      i = unit.end;
    } else {
      // Skip the whole number phrase so "one hundred twenty" is not re-read as "twenty".
      i = q.end;
    }
  }
  return found;
}

const HOURS_PER: Readonly<Record<DurationUnit, number>> = {
  hours: 1,
  days: 24,
  weeks: 7 * 24,
  months: 30 * 24,
  years: 365 * 24,
};
const MONTHS_PER: Readonly<Record<DurationUnit, number>> = {
  hours: 1 / (30 * 24),
  days: 1 / 30,
  weeks: 7 / 30,
  months: 1,
  years: 12,
};

/** The duration in another unit: 1 week = 7 days, 1 month = 30 days, 1 year = 12 months = 365 days, 1 day = 24 hours. */
export function durationIn(d: Pick<DurationMatch, 'amount' | 'unit'>, unit: 'hours' | 'days' | 'months' | 'years'): number {
  let value: number;
  if (unit === 'months') value = d.amount * MONTHS_PER[d.unit];
  else if (unit === 'years') value = d.unit === 'months' ? d.amount / 12 : (d.amount * HOURS_PER[d.unit]) / HOURS_PER.years;
  else value = (d.amount * HOURS_PER[d.unit]) / HOURS_PER[unit];
  // Round away float noise (18 months / 12) without hiding real fractions.
  return Math.round(value * 1e6) / 1e6;
}
