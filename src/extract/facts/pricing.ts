// pricing.increase_cap_percent and pricing.fixed_months.
import { findPercents } from '../values/index.js';
import { before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const INCREASE = /\b(?:increase[sd]?|increasing|raise[sd]?|uplift|escalat\w*|adjust(?:ed|ment|ments)?|change (?:the |its |any )?(?:fees|prices|pricing|rates|charges))\b/;
const PRICE_WORDS = /\b(?:fees?|prices?|pricing|rates?|charges?|subscription|royalt(?:y|ies))\b/;
/** Words that make a percent a ceiling: "shall not exceed 5%", "by no more than 3%", "capped at 4%", "up to 5%". */
const CAP_BEFORE = /(?:not (?:to )?exceed|no more than|not more than|capped at|cap of|maximum of|up to|limited to|in excess of|greater than|lesser of|lower of|max(?:imum)?\.?)[^.;%]{0,40}$/;
const FIXED = /\b(?:fixed|firm|locked|price[- ]protected|(?:will|shall) not (?:be )?(?:increase|change|raise)d?|no (?:price |fee )?increases?|remain (?:unchanged|the same|constant))\b/;

export function pricingFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (INCREASE.test(n) && PRICE_WORDS.test(n) && !/\b(?:interest|late|overdue|credit)\b/.test(n)) {
    for (const p of findPercents(s.text)) {
      const b = before(s, p.index, 80);
      // "shall not exceed the Fees for the preceding period by more than 7%".
      if (CAP_BEFORE.test(b) || /\bincrease[sd]? (?:by )?(?:more than|over)\s*$/.test(b) || /\bexceed\b[^.;%]{0,80}\bby more than\s*$/.test(b)) {
        out.push(candidate('pricing.increase_cap_percent', p.value, s, p));
        break;
      }
    }
  }
  if (FIXED.test(n) && PRICE_WORDS.test(n)) {
    for (const d of durations(s, 'months')) {
      const b = before(s, d.index, 40);
      if (/\bnotice\b|\bwithin\s*$/.test(b)) continue;
      out.push(durationCandidate('pricing.fixed_months', d, s));
      break;
    }
  }
  return out;
}
