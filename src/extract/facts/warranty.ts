// warranty.period_days and warranty.disclaimer.
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const WARRANTY = /\b(?:warrant(?:s|y|ies|ed)|guarantee[sd]?|free from defects|free of defects)\b/;
/** Wording that makes a duration the warranty's length. */
const PERIOD_BEFORE = /(?:for (?:a period of )?|period of |warranty period (?:of|is|shall be) |warranty (?:of|for) |during (?:the )?(?:first )?|within (?:the )?(?:first )?|up to |lasting )(?:\(\s*)?$/;
const PERIOD_AFTER = /^\s*(?:\(\d+\)\s*)?(?:from|after|following|of|commencing|beginning|starting)\b[^.;]{0,50}\b(?:delivery|acceptance|installation|shipment|purchase|the date|date of|completion|go-live|receipt|effective date|sale|manufacture|invoice|performance|provision|first use)|^\s*(?:limited )?warrant/;
const DISCLAIMER: readonly RegExp[] = [
  /\bdisclaim\w*\b[^.]{0,200}\b(?:warrant\w*|merchantab\w*|fitness)/,
  /\b(?:implied )?warranties\b[^.]{0,120}\b(?:are|is|hereby|be) (?:expressly )?(?:disclaimed|excluded)\b/,
  /\b(?:makes?|gives?|provides?) no (?:other )?(?:representations? or )?warrant(?:y|ies)\b[^.]{0,80}\b(?:express|implied)/,
  /\bin lieu of all other warranties\b/,
  /\b(?:provided|furnished|supplied) (?:on an |")?"?as[- ]is"?/,
  /\bexcludes? all (?:implied )?(?:terms, conditions and )?warranties\b/,
  /\bno (?:other )?(?:express or )?implied warrant/,
];

export function warrantyFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (WARRANTY.test(n) && !/\b(?:exercisable|shares|common stock|surviv\w*)\b/.test(n)) {
    const anchors = [...n.matchAll(/\b(?:warrant(?:y|ies|s|ed)|guarantee[sd]?|free (?:from|of) defects)\b/g)].map((m) => m.index!);
    for (const d of durations(s, 'days')) {
      const b = before(s, d.index, 40);
      const a = after(s, d.index, d.length, 80);
      // The duration must sit close to the warranty wording, and not be a notice, cure or payment period.
      if (!anchors.some((i) => (i < d.index && d.index - i < 140) || (i > d.index && i - d.index < 60))) continue;
      if (/\bnotice\b|\bnotif|\bcure|\bbreach/.test(b) || /^\W*(?:'|s')?\s*(?:prior )?(?:written )?notice/.test(a) || /^[^.;]{0,30}\b(?:notice|cure)\b/.test(a)) continue;
      if (!(PERIOD_BEFORE.test(b) || PERIOD_AFTER.test(a) || /\bwarranty\b/.test(n.slice(d.index + d.length, d.index + d.length + 12)))) continue;
      if (/\b(?:pay|invoice|payment)\b/.test(b)) continue;
      out.push(durationCandidate('warranty.period_days', d, s, PERIOD_AFTER.test(a) ? 0 : 1));
      break;
    }
  }
  const disc = DISCLAIMER.map((re) => re.exec(n)).find((m) => m !== null);
  if (disc && /\b(?:warrant|merchantab|fitness|as[- ]is|condition)/.test(n)) out.push(candidate('warranty.disclaimer', true, s, { index: disc.index, length: disc[0].length }));
  return out;
}
