// warranty.period_days and warranty.disclaimer.
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const WARRANTY = /\b(?:warrant(?:s|y|ies|ed)|guarantee[sd]?|free (?:from|of) (?:any )?(?:material )?defects)\b/;
/** A warranty period is about the quality of what is supplied; "guarantees to purchase" or share warrants are not. */
const QUALITY = /\b(?:defects?|defective|conform\w*|perform\w*|workmanship|specifications?|documentation|free (?:from|of)|operate|function\w*|materials?|media|warranty period|limited warranty|product warranty|repair\w*|replace\w*|errors?|merchantab\w*)\b/;
/** Wording that makes a duration the warranty's length. */
const PERIOD_BEFORE = /(?:for (?:a period of )?|period of |warranty period (?:of|is|shall be) |warranty (?:of|for) |during (?:the )?(?:first )?|within (?:the )?(?:first )?|up to |lasting )(?:\(\s*)?$/;
const PERIOD_AFTER = /^\s*(?:\(\d+\)\s*)?(?:from|after|following|of|commencing|beginning|starting)\b[^.;]{0,50}\b(?:delivery|acceptance|installation|shipment|purchase|the date|date of|completion|go-live|receipt|effective date|sale|manufacture|invoice|performance|provision|first use)|^\s*(?:limited )?warrant/;
const DISCLAIMER: readonly RegExp[] = [
  /\bdisclaim\w*\b[^.]{0,200}\b(?:warrant\w*|merchantab\w*|fitness)/,
  // "All warranties ... implied by statute or common law are, to the fullest extent permitted by law, excluded".
  /\b(?:implied )?warranties\b[^.]{0,120}\b(?:are|is|hereby|be)(?:,[^,.]{0,60},)? (?:expressly )?(?:disclaimed|excluded)\b/,
  /\b(?:makes?|gives?|provides?) no (?:other )?(?:representations? or )?warrant(?:y|ies)\b[^.]{0,80}\b(?:express|implied)/,
  /\bin lieu of all other warranties\b/,
  /\b(?:provided|furnished|supplied) (?:on an |")?"?as[- ]is"?/,
  /\bexcludes? all (?:implied )?(?:terms, conditions and )?warranties\b/,
  /\bno (?:other )?(?:express or )?implied warrant/,
];

export function warrantyFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (WARRANTY.test(n) && (QUALITY.test(n) || /\bwarrant(?:y|ies)\b/.test(n)) && !/\b(?:exercisable|exercised|shares|common stock|surviv\w*|options and warrants|representations and warranties)\b/.test(n)) {
    const anchors = [...n.matchAll(/\b(?:warrant(?:y|ies|s|ed)|guarantee[sd]?|free (?:from|of) (?:any )?(?:material )?defects)\b/g)].map((m) => m.index!);
    for (const d of durations(s, 'days')) {
      const b = before(s, d.index, 40);
      const a = after(s, d.index, d.length, 80);
      // The duration must sit close to the warranty wording, and not be a notice, cure or payment period.
      // A clearly stated period ("for a period of one (1) year following Installation") may sit far from the word.
      const plain = PERIOD_AFTER.test(a) && PERIOD_BEFORE.test(b);
      if (!anchors.some((i) => (i < d.index && d.index - i < (plain ? 320 : PERIOD_AFTER.test(a) ? 220 : 140)) || (i > d.index && i - d.index < 100))) continue;
      if (/\bnotice\b|\bnotif|\bcure|\bbreach/.test(b) || /^\W*(?:'|s')?\s*(?:prior )?(?:written )?notice/.test(a) || /^[^.;]{0,30}\b(?:notice|cure)\b/.test(a)) continue;
      if (!(PERIOD_BEFORE.test(b) || PERIOD_AFTER.test(a) || /\bwarranty\b/.test(n.slice(d.index + d.length, d.index + d.length + 12)))) continue;
      if (/\b(?:pay|invoice|payment)\b/.test(b)) continue;
      out.push(durationCandidate('warranty.period_days', d, s, PERIOD_AFTER.test(a) ? 0 : 1));
      break;
    }
  }
  // "The Supplier does not disclaim any warranty implied by law": an express statement that nothing is disclaimed.
  const notDisclaimed = /\b(?:does|do|shall|will) not (?:disclaim|exclude)\b[^.;]{0,60}\b(?:warrant|condition)|\bwarrant\w*\b[^.;]{0,120}\bnone of which\b[^.;]{0,40}\b(?:disclaims?|excludes?)\b/.exec(n);
  if (notDisclaimed) {
    out.push(candidate('warranty.disclaimer', false, s, { index: notDisclaimed.index, length: notDisclaimed[0].length }));
    return out;
  }
  const disc = DISCLAIMER.map((re) => re.exec(n)).find((m) => m !== null);
  if (disc && /\b(?:warrant|merchantab|fitness|as[- ]is|condition)/.test(n)) out.push(candidate('warranty.disclaimer', true, s, { index: disc.index, length: disc[0].length }));
  return out;
}
