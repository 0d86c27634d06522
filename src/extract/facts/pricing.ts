// pricing.increase_cap_percent and pricing.fixed_months.
import { findPercents, parseNumberWords, parseNumeral } from '../values/index.js';
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const INCREASE = /\b(?:indexation|var(?:y|ies|ied|iations?)|index(?= (?:the|all|its|their|any|each) )|increase[sd]?|increasing|raise[sd]?|(?<!\bgiv\w* )rise[sn]?|rising|go(?:es)? up|climb\w*|uplift\w*|escalat\w*|plus (?:no|not) more than|adjust(?:ed|ment|ments)?|change (?:the |its |any )?(?:fees|prices|pricing|rates|charges))\b/;
// An "uplift" is always a price uplift.
const PRICE_WORDS = /\b(?:fees?|prices?|pricing|rates?|charges?|subscription|royalt(?:y|ies)|uplift|remuneration)\b/;
/** Words that make a percent a ceiling: "shall not exceed 5%", "by no more than 3%", "capped at 4%", "up to 5%". */
// Also "no such change may raise any rate by more than", "never by more than", "at most" and label rows ("Uplift cap | 6%").
const CAP_BEFORE = /(?:not (?:to )?exceed|\b(?:cannot|can not|may not|shall not|will not|must not) (?:be )?(?:over|above|higher than|superior to)|\b(?:not|no|never|nor)\b[^.;%]{0,50}\b(?:by )?(?:more|greater) than|at (?:the )?most|\b(?:cap|ceiling|limit|max(?:imum)?)\s*[:|]\s*|\b(?:increase|uplift|escalation|adjustment|raise|revision|indexation)\w*\b[^.;%]{0,50}\bexceed(?:s|ing)?|no more than|not more than|not (?:\w+ ){0,2}by more than|capped at|cap of|maximum of|ceiling of|up to|limited to|in excess of|greater than|lesser of|lower of|max(?:imum)?\.?)[^.;%]{0,40}$/;
const ORDINAL_YEARS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const FIXED = /\b(?:fixed|(?:is|are|be|remains?|held|stays?) firm|firm(?= (?:prices?|pricing|fees?|rates?))|locked|frozen|freeze|price[- ]protected|price hold|held (?:constant|firm|fixed|flat|steady)|(?:prices?|pricing|fees?|rates?) (?:is |are |shall be |will be )?guaranteed|(?:will|shall|may) not (?:be )?(?:increased?|changed?|raised?|revised?|adjust(?:ed)?|escalated?|varied|vary)|no (?:price |fee )?increases?|(?:remains?|stays?|is kept|are kept|will be kept) (?:unchanged|the same|constant))\b(?! (?:by )?(?:exceeding|of more than|more than|greater than|above|in excess|beyond)|(?: \w+)? (?:shall|may|will|can) (?:not )?exceed)/;

export function pricingFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  // "may increase them" right after a sentence on the rates: the text just before says what "them" is.
  // "No annual adjustment may exceed 4%" after a sentence on adjusting the fees: the adjustment is of those fees.
  const aboutPrices = PRICE_WORDS.test(n) || ((/\b(?:them|they|these|those|it)\b/.test(n) || /^\W*(?:no|any|each|the|such|an?) (?:annual |yearly |such )?(?:adjustment|increase|uplift|escalation)s?\b|\bno (?:annual |yearly |such )?(?:adjustment|increase|uplift|escalation)s? (?:may|shall|will) exceed\b/.test(n)) && PRICE_WORDS.test(`${s.headings} ${s.clause.text.slice(Math.max(0, s.index - 150), s.index).toLowerCase()}`));
  // "liability shall not exceed 125% of the Charges ... giving rise to the claim" caps liability, not prices.
  const liabilityCap = /\b(?:liability|liable)\b/.test(n) && !/\b(?:increas\w*|uplift\w*|escalat\w*)\b/.test(n);
  // "The Fees for each year shall not exceed the Fees for the preceding year by more than 3%" names no increase.
  const increase = INCREASE.test(n) || /\bexceed\b[^.;]{0,120}\bby more than\b/.test(n) || /\bno (?:such |single |one |individual )?(?:annual |yearly )?(?:revision|adjustment|increase|variation)s? (?:(?:shall|will|may) exceed|exceeds)\b|\b(?:any|each) (?:such )?(?:revision|adjustment|variation)s? (?:shall|will|may) not exceed\b/.test(n) || /\brevise[sd]?\b[^.;]{0,120}\b(?:no (?:greater|more) than|not (?:to )?exceed)\b/.test(n);
  // Not late interest nor service credits ("the Contracted Credit Price" is a price).
  if (increase && aboutPrices && !liabilityCap && !/\b(?:interest|late|overdue)\b|\bcredits?\b(?! (?:price|rate|pricing|unit price))/.test(n)) {
    for (const p of findPercents(s.text)) {
      const b = before(s, p.index, 80);
      // "the number of Users by up to 10%": an increase in quantity, not in price.
      if (/\b(?:number|quantity|volume|usage|users?|seats?|licen[cs]es|storage|capacity|headcount|units)\b/.test(b) && !PRICE_WORDS.test(b)) continue;
      // "RPI plus two per cent (2%)": a floating measure, not a fixed ceiling.
      if (/\b(?:index|cpi|rpi|inflation)\)? (?:plus|\+)\s*$/.test(b.replace(/\b(?:[a-z-]+ )?per ?cent\s*\(\s*$/, ''))) continue;
      // "If Provider increases the Fees by more than 8%, Customer may terminate": a trigger, not a ceiling.
      if (/\b(?:if|where|should|in the event(?: that)?)\b[^.;,]{0,80}$/.test(b) && !/\bprovided\b/.test(b)) continue;
      const whicheverLower = /^\W{0,3}(?:,\s*)?whichever is (?:the )?(?:lower|less|lesser|smaller)\b/.test(n.slice(p.index + p.length, p.index + p.length + 40));
      // "shall not exceed the Fees for the preceding period by more than 7%".
      // "the lesser of (a) the change in the Consumer Prices Index ... and (b) three per cent (3%)": the figure caps.
      const lesserOf = /\b(?:lesser|lower|smaller) of\b[^.;%]{0,170}$/.test(before(s, p.index, 180));
      // "No revision shall increase the Subscription Fees for any clinic by more than 5%".
      const increaseBy = /\b(?:no|not|never)\b[^.;%]{0,40}\b(?:increase|raise|lift)\w*\b[^.;%]{0,60}\bby (?:more than|over)\s*$/.test(before(s, p.index, 140));
      if (whicheverLower || lesserOf || increaseBy || CAP_BEFORE.test(b) || /\bincrease[sd]? (?:by )?(?:more than|over)\s*$/.test(b) || /\bexceed\b[^.;%]{0,80}\bby more than\s*$/.test(b)) {
        out.push(candidate('pricing.increase_cap_percent', p.value, s, p));
        break;
      }
    }
  }
  // "together with the fixed recovery cost of forty euros": "fixed" before a noun names a kind of charge, not a hold.
  const holds = [...n.matchAll(new RegExp(FIXED.source, 'g'))].some((m) => !(m[0] === 'fixed' && /\b(?:the|a|an|any|its|their)\s+$/.test(n.slice(Math.max(0, m.index! - 8), m.index))));
  // "From the first anniversary of Go-Live, we may revise the subscription", "For any Subscription Year after the first,
  // Vendor may raise the fee": no change in the first year.
  const firstYearHeld = /\b(?:from|after|on or after) the first anniversary\b[^.;]{0,80}\b(?:may|can|is entitled to) (?:revise|raise|increase|adjust|change|vary)\b|\b(?:for|in) (?:any|each|every) (?:subscription |contract |licen[cs]e )?year after the first\b[^.;]{0,60}\b(?:may|can) (?:revise|raise|increase|adjust|change|vary)\b/.exec(n);
  if (firstYearHeld && PRICE_WORDS.test(n)) out.push(candidate('pricing.fixed_months', 12, s, { index: firstYearHeld.index, length: firstYearHeld[0].length }, { rank: 1 }));
  if (PRICE_WORDS.test(n) && holds) {
    for (const d of durations(s, 'months')) {
      const b = before(s, d.index, 40);
      // "no more than once in any twelve (12) month period": how often prices may change, not how long they hold.
      // ...nor "the fees charged for the preceding twelve (12) months" (a lookback).
      if (/\bnotice\b|\bwithin\s*$|\bonce (?:in|per|every|during) (?:any |each |a )?$|\b(?:preceding|previous|prior|last)\s*$/.test(b)) continue;
      // "on 3 months' notice", "invoiced 12 months in advance", "at least 45 days beforehand": a notice or billing
      // period, not a price hold.
      if (/^\W*(?:'|s')?\s*(?:prior |advance |written )*notice|^\s*(?:in advance|beforehand|before|prior to)\b/.test(after(s, d.index, d.length, 30))) continue;
      out.push(durationCandidate('pricing.fixed_months', d, s));
      break;
    }
    // "shall not be varied before the second anniversary of the Commencement Date": held for two years.
    // (The first-year hold without a fixing word is read below.)
    const anniversary = /\b(?:before|until|prior to) the (first|second|third|fourth|fifth) anniversary\b/.exec(n);
    if (anniversary && !out.some((c) => c.fact === 'pricing.fixed_months')) out.push(candidate('pricing.fixed_months', 12 * ORDINAL_YEARS[anniversary[1]!]!, s, { index: anniversary.index, length: anniversary[0].length }));
    // "fixed for your first licence year", "for the first two (2) Subscription Years": years in the contract's words.
    // "The subscription fees for the first two (2) Subscription Years are fixed".
    const forFirstYears = /\bfor the (?:first|initial) (one|two|three|four|five|\d) (?:\(\d+\) )?(?:subscription |contract |licen[cs]e |service )?years? (?:is|are|shall be|will be|remain) (?:fixed|firm|locked|frozen)\b/.exec(n);
    if (forFirstYears && !out.some((c) => c.fact === 'pricing.fixed_months')) {
      const years = parseNumeral(forFirstYears[1]!) ?? parseNumberWords(forFirstYears[1]!);
      if (years) out.push(candidate('pricing.fixed_months', years * 12, s, { index: forFirstYears.index, length: forFirstYears[0].length }));
    }
    const firstYear = /\b(?:is|are|will be|shall be|remains?|stays?) (?:fixed|locked|frozen|firm|guaranteed|held)\b[^.;]{0,20}\bfor (?:the|your|its|their|our) (?:first|initial) (?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:\(\d+\) )?)?(?:licen[cs]e |subscription |contract |billing |service )?years?\b/.exec(n);
    const count = firstYear?.[1] === undefined ? 1 : parseNumeral(firstYear[1]) ?? parseNumberWords(firstYear[1]);
    if (firstYear && count !== null && count > 0 && !out.some((c) => c.fact === 'pricing.fixed_months')) out.push(candidate('pricing.fixed_months', 12 * count, s, { index: firstYear.index, length: firstYear[0].length }));
  }
  return out;
}
