// Typed holes for policy-written patterns ("set-up fee of {money}"). Each hole is an RE2
// source (linear time, non-capturing groups only) matching the spellings the readers read;
// parseHole then reads the matched text with the same readers, so hole and reader agree.
import { durationIn, findDurations } from './duration.js';
import { findJurisdictions, jurisdictionSpellings, normaliseJurisdiction } from './jurisdiction.js';
import { CURRENCY_CODES, findMoney } from './money.js';
import { parseNumberWords, parseNumeral } from './numbers.js';
import { findPercents } from './percent.js';

export const HOLE_KINDS = ['days', 'months', 'years', 'hours', 'percent', 'money', 'number', 'jurisdiction'] as const;
export type HoleKind = (typeof HOLE_KINDS)[number];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
const anyOf = (words: readonly string[]) => `(?:${longestFirst(words).map(escape).join('|')})`;

const NUMBER_WORD = anyOf([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
]);
const FRACTION = String.raw`(?:(?:one|an?)[\s\-‐‑–]*half|half|one[\s\-‐‑–]*quarter|three[\s\-‐‑–]*quarters)`;
// "thirty", "twenty-four", "one hundred and twenty", "a hundred", "one and one-half".
const WORD_NUMBER = String.raw`(?:\b(?:an?\s+(?:hundred|thousand|million|billion)|${NUMBER_WORD})(?:(?:\s*[\-‐‑–]\s*|\s+)(?:and\s+)?${NUMBER_WORD})*(?:\s+and\s+${FRACTION})?\b|\b${FRACTION}\b)`;
// Mirrors the tokenizer: digit groups joined by "," or "." ("1,000,000.00").
const DIGITS = String.raw`(?:\b\d+(?:[.,]\d+)*)`;
// "thirty (30)", "30 (thirty)", "thirty", "30"
const QUANTITY = String.raw`(?:${WORD_NUMBER}(?:\s*\(\s*${DIGITS}\s*\))?|${DIGITS}(?:\s*\(\s*${WORD_NUMBER}\s*\))?)`;

const DURATION_UNIT = String.raw`(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b`;
const DURATION_MODIFIER = anyOf([
  'business', 'working', 'banking', 'calendar', 'consecutive', 'additional', 'successive', 'full',
  'further', 'complete', 'subsequent', 'renewal', 'more',
]);
const DURATION = String.raw`(?:\bnet[\s\-‐‑–]*${QUANTITY}(?:[\s\-‐‑–]*(?:${DURATION_MODIFIER}[\s\-‐‑–]+){0,2}${DURATION_UNIT})?|${QUANTITY}[\s\-‐‑–]*(?:${DURATION_MODIFIER}[\s\-‐‑–]+){0,2}${DURATION_UNIT}|\bfortnight\b)`;

const PERCENT = String.raw`(?:${QUANTITY}\s*(?:%|percent\b|per\s*cent(?:um)?\b|pct\b)(?:\s*\(\s*${DIGITS}\s*(?:%|percent\b)\s*\))?)`;

const CODE = String.raw`(?:\b${anyOf([...CURRENCY_CODES])}\b)`;
const SYMBOL = String.raw`(?:(?:(?:U\.?\s?S\.?|USD|CAN|CAD|AUD|NZ|HK|SG|MX|NT)\s?|\b(?:CA|C|AU|A|S|R))?\$|[€£¥₹₩₪])`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|trillion)\b|(?:k|m|mm|mn|mil|b|bn)\b)`;
const CURRENCY_WORDS = String.raw`(?:(?:(?:u[.\s]*s[.\s]*|united\s+states\s+|canadian\s+|australian\s+|new\s+zealand\s+|hong\s+kong\s+|singapore\s+)?dollars?|euros?|pounds?\s+sterling|british\s+pounds|sterling|swiss\s+francs|(?:japanese\s+)?yen|(?:indian\s+)?rupees|renminbi|(?:chinese\s+)?yuan)\b)`;
const MONEY_CORE = String.raw`(?:${CODE}\s*${SYMBOL}?\s*(?:${DIGITS}|${WORD_NUMBER})${SCALE}?|${SYMBOL}\s*${DIGITS}${SCALE}?(?:\s+${CODE})?|(?:${DIGITS}|${WORD_NUMBER})${SCALE}?(?:\s*\(\s*${DIGITS}\s*\))?\s*(?:${CODE}|${CURRENCY_WORDS}))`;
const MONEY = String.raw`(?:${MONEY_CORE}(?:\s*\(\s*(?:${MONEY_CORE}|${DIGITS})\s*\))?)`;

const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})`;

function jurisdictionSource(): string {
  const spellings = longestFirst([...new Set(jurisdictionSpellings().map((s) => s.toLowerCase()))]);
  // Words joined by spaces or the punctuation a name may carry: "Washington, D.C.", "People's".
  const alternatives = spellings.map((s) =>
    s
      .split(/[\s.,'’]+/)
      .filter((w) => w.length > 0)
      .map(escape)
      .join(String.raw`[\s.,'’()]*`),
  );
  return String.raw`(?:\b(?:${alternatives.join('|')})\b)`;
}
const JURISDICTION = jurisdictionSource();

const SOURCES: Readonly<Record<HoleKind, string>> = {
  days: DURATION,
  months: DURATION,
  years: DURATION,
  hours: DURATION,
  percent: PERCENT,
  money: MONEY,
  number: NUMBER,
  jurisdiction: JURISDICTION,
};

/** The RE2 source of a hole; meant to be compiled case-insensitively and wrapped in one named group. */
export function holeSource(kind: HoleKind): string {
  return SOURCES[kind];
}

/** The value a hole matched, in the hole's unit: {days} of "two months" = 60, {months} of "1 year" = 12. */
export function parseHole(kind: HoleKind, matched: string): number | { amount: number; currency: string } | string | null {
  switch (kind) {
    case 'days':
    case 'months':
    case 'years':
    case 'hours': {
      const d = findDurations(matched)[0];
      return d === undefined ? null : durationIn(d, kind);
    }
    case 'percent':
      return findPercents(matched)[0]?.value ?? null;
    case 'money': {
      const m = findMoney(matched)[0];
      return m === undefined ? null : { amount: m.amount, currency: m.currency };
    }
    case 'number':
      return parseNumeral(matched) ?? parseNumberWords(matched);
    case 'jurisdiction':
      return normaliseJurisdiction(matched) ?? findJurisdictions(matched)[0]?.value ?? null;
  }
}
