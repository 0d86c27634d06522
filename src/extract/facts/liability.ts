// liability.cap_multiple / cap_amount / cap_lookback_months / uncapped / uncapped_for / consequential_excluded,
// and indemnity.uncapped (which is read from the same carve-out sentences).
import { findFeeMultiples, findMoney } from '../values/index.js';
import { after, before, candidate, durationCandidate, durations, listItems, type Candidate, type SentenceView } from './common.js';

const LIABILITY = /\b(?:liab(?:le|ility|ilities)|damages|recover(?:y|able)?|claims?)\b/;
/** Wording that sets a ceiling. */
const CAP = /\b(?:(?:shall|will|may|does|do) not exceed|not to exceed|exceed|in excess of|(?:is|are|be|shall be|will be) limited to|limited to|capped at|cap(?:ped)? (?:of|on)|maximum (?:aggregate )?(?:liability|amount)|greater than|up to (?:a maximum of|an amount equal to)|in no event (?:shall|will)[^.;]{0,80}\b(?:exceed|more than))\b/;
/** Fees as the measure of a cap: "the fees paid or payable", "amounts paid by Customer", "the purchase price". */
const FEES_MEASURE = /\b(?:fees?|amounts?|sums?|charges?|consideration|compensation|purchase price|price|royalt(?:y|ies)|payments?|contract value|subscription)\b[^.;]{0,60}\b(?:paid|payable|received|due|owed|invoiced|actually paid|paid or payable|hereunder|under this agreement|for the (?:product|services?))\b|\bprice (?:paid|of the)\b|\b(?:annual|yearly|total) (?:contract value|fees|charges)\b/;
const UNCAPPED_ITEMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['confidentiality', /\bconfidential/],
  ['indemnification', /\bindemni/],
  ['data-breach', /\b(?:data (?:breach|protection|security)|security (?:breach|incident)|personal data|privacy)\b/],
  ['gross-negligence', /\bgross(?:ly)? negligen/],
  ['wilful-misconduct', /\bwill?ful (?:misconduct|default|breach)|\bintentional (?:misconduct|breach|wrongdoing)|\bwilful\b|\bwillful\b/],
  ['death-personal-injury', /\b(?:death|bodily injury|personal injury)\b/],
  ['fraud', /\bfraud/],
  ['payment', /\b(?:payment obligations?|obligations? to pay|amounts? (?:due|owed|payable)|fees (?:due|owed|payable)|pay (?:any )?(?:fees|amounts))\b/],
];
/** A sentence that takes things outside the cap. */
const UNCAPPED_SENTENCE: readonly RegExp[] = [
  /\b(?:unlimited|uncapped)\b/,
  /\b(?:limitations?|exclusions?|limits?|caps?|restrictions?|foregoing|section \d+(?:\.\d+)*|article \d+)\b[^.]{0,120}\b(?:shall|will|do|does|is|are) not (?:apply|limit|be subject)\b/,
  /\bnot (?:be )?subject to (?:any|the) (?:limitations?|cap|exclusions?|limits?)\b/,
  /\bno limitation\b[^.]{0,60}\b(?:shall|will) apply\b/,
  /\bnothing (?:in|contained in) (?:this agreement|this section|these terms|this clause)\b[^.]{0,120}\b(?:limit|exclude|restrict)s?\b[^.]{0,80}\bliabilit/,
  // "Except for indemnification obligations, in no event shall liability exceed ...": a carve-out from the limits.
  /\b(?:except|excluding|other than)\b(?! to the extent)[^.]{0,20}\b(?:for|with respect to|in the case of)?\b[^.]{0,40}\b(?:breach of (?:section \S+ |its )?(?:confidential|obligations)|indemnif|gross negligence|wil?lful misconduct|fraud)/,
];
const CONSEQUENTIAL = /\b(?:consequential|indirect|incidental|special|punitive|exemplary)\b[^.]{0,120}\b(?:damages|losses?|loss)\b|\blost profits\b|\bloss of (?:profits?|revenue|business|data|goodwill)\b/;
const EXCLUDING = /\b(?:in no event|not be liable|no liability|not liable|exclude[sd]?|disclaim\w*|waive[sd]?|neither party (?:shall|will) (?:be|have)|shall not be (?:responsible|liable)|will not be (?:responsible|liable)|no party shall|not (?:be )?responsible)\b/;

export function liabilityFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (/\binsur(?:ance|ed|er)\b/.test(n) && !/\bliab\w* (?:shall|will) not exceed\b/.test(n)) return out;

  // Caps.
  const capWord = CAP.exec(n);
  if (capWord && LIABILITY.test(n) && !/\bnotwithstanding\b[^.]{0,40}\bnot (?:apply|limit)\b/.test(n)) {
    const from = Math.max(0, capWord.index - 10);
    const money = findMoney(s.text).filter((m) => m.index >= from && !/\binsurance\b/.test(before(s, m.index, 40)));
    if (money[0]) out.push(candidate('liability.cap_amount', { amount: money[0].amount, currency: money[0].currency }, s, money[0]));
    const multiples = findFeeMultiples(s.text).filter((m) => m.index >= from);
    const tail = n.slice(from);
    const feesAt = FEES_MEASURE.exec(tail);
    if (multiples[0]) {
      out.push(candidate('liability.cap_multiple', multiples[0].value, s, multiples[0]));
    } else if (feesAt) {
      out.push(candidate('liability.cap_multiple', 1, s, { index: from + feesAt.index, length: feesAt[0].length }));
    }
    if (multiples[0] || feesAt) {
      const look = durations(s, 'months').find((d) => {
        const b = before(s, d.index, 40);
        const a = after(s, d.index, d.length, 50);
        return d.index >= from && (/\b(?:in|during|for|over|within|the|prior|preceding|previous|last)\s*(?:\(\s*)?$/.test(b) || /\b(?:the|in|during)\b/.test(b)) && /\b(?:preceding|prior|before|immediately|period|previous|leading up|giving rise|during)\b/.test(a + ' ' + b);
      });
      if (look) out.push(durationCandidate('liability.cap_lookback_months', look, s));
      else if (/\b(?:annual|yearly|per year|in any (?:one )?(?:contract |calendar )?year|twelve-month|12-month)\b/.test(tail)) {
        const m = /\b(?:annual|yearly|per year|in any (?:one )?(?:contract |calendar )?year|twelve-month|12-month)\b/.exec(n)!;
        out.push(candidate('liability.cap_lookback_months', 12, s, { index: m.index, length: m[0].length }));
      }
    }
  }

  // Uncapped: expressly unlimited, or carve-outs outside the cap (not a carve-out with its own higher cap).
  if (UNCAPPED_SENTENCE.some((re) => re.test(n)) && (/\b(?:liab\w*|damages|limitations? of liability|caps?)\b/.test(n) || s.topics.has('limitation-of-liability'))) {
    // Split at "; provided that ... / for which ...": a part with its own cap takes its items (or, after
    // "for which", the previous part's items) out of the uncapped list.
    const pieces = n.split(/(;|\bprovided(?:,)? (?:however,? )?that\b|\bexcept that\b|\bfor which\b|\bin which case\b)/);
    const ownCap = /\b(?:super ?cap|(?:shall|will) not exceed|capped at|limited to|times|\d+\s*x)\b/;
    const uncappedItems = new Set<string>();
    const cappedItems = new Set<string>();
    let previous: string[] = [];
    let generalUnlimited = false;
    let continuing = false;
    for (let i = 0; i < pieces.length; i += 2) {
      const text = pieces[i]!;
      const sep = i > 0 ? pieces[i - 1]! : '';
      const itemsHere = listItems(text, UNCAPPED_ITEMS);
      const ownUncapped = UNCAPPED_SENTENCE.some((re) => re.test(text));
      const cappedHere = ownCap.test(text) && !ownUncapped;
      // "(a) ...; (b) ...": a list that goes on after a semicolon stays uncapped.
      const uncappedHere: boolean = ownUncapped || (sep === ';' && continuing && !cappedHere);
      if (uncappedHere) itemsHere.forEach((x) => uncappedItems.add(x));
      if (cappedHere) {
        itemsHere.forEach((x) => cappedItems.add(x));
        if (/for which|in which case/.test(sep)) previous.forEach((x) => cappedItems.add(x));
      }
      if (/\b(?:liability|liable)\b[^.;]{0,40}\b(?:unlimited|uncapped|without limit(?:ation)?)\b|\bunlimited liability\b/.test(text) && !/\bnot (?:be )?unlimited\b/.test(text)) generalUnlimited = true;
      previous = uncappedHere ? itemsHere : [];
      continuing = uncappedHere;
    }
    const items = UNCAPPED_ITEMS.map(([x]) => x).filter((x) => uncappedItems.has(x) && !cappedItems.has(x));
    const negatedUnlimited = /\bnot (?:be )?unlimited\b/.test(n);
    if (!negatedUnlimited && (items.length > 0 || generalUnlimited)) {
      const m = UNCAPPED_SENTENCE.map((re) => re.exec(n)).find((x) => x !== null)!;
      out.push(candidate('liability.uncapped', true, s, { index: m.index, length: m[0].length }));
      if (items.length > 0) out.push(candidate('liability.uncapped_for', items, s, { index: m.index, length: m[0].length }));
      if (items.includes('indemnification')) out.push(candidate('indemnity.uncapped', true, s, { index: m.index, length: m[0].length }));
    }
  }
  const subjectToCap = /\bindemni\w*[^.;]{0,80}\b(?:subject to|limited by|count(?:s)? towards?)\b[^.;]{0,40}\b(?:limitations?|cap|section \S+ \(limitation)/.exec(n);
  if (subjectToCap && !/\bnot (?:be )?subject to\b/.test(n)) out.push(candidate('indemnity.uncapped', false, s, { index: subjectToCap.index, length: subjectToCap[0].length }));

  // Consequential damages excluded.
  const cons = CONSEQUENTIAL.exec(n);
  if (cons && EXCLUDING.test(n)) out.push(candidate('liability.consequential_excluded', true, s, { index: cons.index, length: cons[0].length }));
  return out;
}
