// warranty.period_days and warranty.disclaimer.
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

// Bare "warrant" only as a verb ("We warrant to you that ..."), not "a writ, warrant or attachment".
const WARRANTY = /\b(?:warrant(?:s|y|ies|ed)|warrant(?= (?:to (?:you|the \w+|\w+) )?(?:that|each|the|all|its|our)\b)|guarantee[sd]?|free (?:from|of) (?:any )?(?:material )?defects)\b/;
/** A warranty period is about the quality of what is supplied; "guarantees to purchase" or share warrants are not. */
const QUALITY = /\b(?:defects?|defective|quality|conform\w*|perform\w*|workmanship|specifications?|documentation|free (?:from|of)|operate|function\w*|materials?|media|warranty period|limited warranty|product warranty|repair\w*|replace\w*|errors?|merchantab\w*|work(?:s)? (?:as described|properly|correctly|in accordance))\b/;
/** Wording that makes a duration the warranty's length. */
const PERIOD_BEFORE = /(?:for (?:a period of )?|period of |warranty period (?:of|is|shall be) |warranty (?:of|for) |during (?:the )?(?:first )?|within (?:the )?(?:first )?|up to |lasting )(?:\(\s*)?$/;
const PERIOD_AFTER = /^\s*(?:\(\d+\)\s*)?(?:period\s+)?(?:from|after|following|of|commencing|beginning|starting)\b[^.;]{0,50}\b(?:deliver(?:y|s|ed)?|accept(?:ance|s|ed)?|install(?:ation|s|ed)?|ship(?:ment|s|ped)?|purchase|the date|date of|complet(?:ion|es|ed)|go-live|go(?:es)? live|went live|receipt|effective date|sale|manufacture|invoice|performance|provision|first use)|^\s*(?:limited )?warrant/;
/** A claim-notice window that runs from delivery or performance is the warranty period ("notifies ... within 90 days
 * after that Support was performed"); one that runs from discovery or a notice is not. */
const FROM_SUPPLY = /^\s*(?:\(\d+\)\s*)?(?:from|after|following|of)\b[^.;]{0,40}\b(?:delivery|acceptance|installation|shipment|completion|go-live|go(?:es)? live|went live|performance|(?:was|were|is|are|has been|have been) (?:performed|delivered|accepted|installed|completed|provided|supplied))\b/;
/** "Seller warrants the Products", "All Services are warranted": the thing supplied is warranted. */
const WARRANTED_SUPPLY = /\bwarrant(?:s|ed)? (?:the |its |all |each |any )?(?:products?|goods|equipment|software|services|work|hardware|deliverables|parts|units)\b|\b(?:products?|goods|equipment|software|services|work|hardware|deliverables|parts|units) (?:are|is|shall be|will be) (?:warranted|guaranteed)\b/;
/** A defect and its remedy: "notifies a defect ..., the Supplier shall re-perform them", "correct any defect". */
const DEFECT_REMEDY = /\bdefect\w*\b[^.;]{0,120}\b(?:re-?perform|repair|replace|correct|remedy|rectify|fix|re-?execute)\w*\b|\b(?:re-?perform|repair|replace|correct|remedy|rectify|fix)\w*\b[^.;]{0,80}\bdefect/;
/** Claims for defects that lapse after a period: the period is the warranty's length. */
const DEFECT_CLAIMS_BARRED = /\bclaims? (?:for|based on|arising from) (?:\w+ ){0,2}defects?\b[^.;]{0,80}\b(?:become|becomes|are|is|shall be|will be) (?:time|statute)[- ]barred\b/;
const DISCLAIMER: readonly RegExp[] = [
  /\bdisclaim\w*\b[^.]{0,200}\b(?:warrant\w*|merchantab\w*|fitness)/,
  // "All warranties ... implied by statute or common law are, to the fullest extent permitted by law, excluded".
  // "(Cap. 31)", "s. 14": a statute's reference keeps its dot.
  /\b(?:implied )?warranties\b(?:[^.]|\.(?= ?\d)){0,220}\b(?:are|is|hereby|be)(?:,[^,.]{0,60},)? (?:expressly )?(?:disclaimed|excluded)\b/,
  /\b(?:makes?|gives?|provides?) no (?:other )?(?:representations? or )?warrant(?:y|ies)\b[^.]{0,80}\b(?:express|implied)/,
  /\bin lieu of all other warranties\b/,
  // "Every other warranty, condition or term, whether express or implied ..., is excluded".
  /\b(?:every|each|all|any) other (?:warrant(?:y|ies)|representations?|conditions?)\b[^.]{0,240}\b(?:is|are) (?:hereby )?(?:expressly )?(?:excluded|disclaimed)\b/,
  /\b(?:provided|furnished|supplied) (?:on an? )?['"]?as[- ]is\b/,
  // "The terms implied by sections 13 to 15 of the Sale of Goods Act 1893 ... are excluded".
  /\b(?:terms|conditions|warranties)\b[^.]{0,40}\bimplied by\b[^.]{0,200}\b(?:are|is|be)(?:,[^,.]{0,60},)? (?:hereby )?(?:expressly )?(?:excluded|disclaimed)\b/,
  /\bexcludes? all (?:other )?(?:implied )?(?:terms, conditions and )?warranties\b/,
  // "we exclude all conditions, warranties and guarantees that might otherwise be implied".
  /\bexclude[sd]? all (?:other )?(?:[\w-]+,? (?:and |or )?){1,3}(?:warranties|guarantees)\b[^.]{0,80}\bimplied\b/,
  /\bno (?:other )?(?:express or )?implied warrant/,
  // "provides the Platform without any other warranty of any kind", "We don't give any other warranty, express or implied".
  /\bwithout (?:any )?(?:other )?warrant(?:y|ies)\b[^.]{0,80}\b(?:of any kind|express|implied)/,
  /\b(?:don't|do not|does not|doesn't) (?:give|make|offer|provide) (?:you )?any (?:other )?(?:representations? or )?warrant(?:y|ies)\b[^.]{0,80}\b(?:express|implied)/,
  // "We provide the service 'as is'" (not "as is customary").
  /\b(?:provides?|furnish(?:es)?|suppl(?:y|ies)|makes? available|offers?)\b[^.;]{0,40}?(?:'as[- ]is'|"as[- ]is"|\bas[- ]is\b(?= *(?:$|[.,;]|and as[- ]available|basis)))/,
  // Order-form row: "Implied warranties: Disclaimed".
  /\bwarrant\w*\b[^|:.]{0,30}[|:]\s*(?:all )?(?:implied warranties )?(?:disclaimed|excluded)\b/,
];

export function warrantyFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  // In a warranty clause, "If the Resort notifies a defect within ninety (90) days after Go-Live, the Supplier shall
  // re-perform" states the period without the word: the defect is the anchor.
  const warranted = WARRANTY.test(n) && (QUALITY.test(n) || /\bwarrant(?:y|ies)\b/.test(n) || WARRANTED_SUPPLY.test(n));
  // German drafting: "Claims for defects ... become time-barred twelve (12) months after acceptance" (Verjaehrung).
  const remedied = !warranted && (((s.topics.has('warranty') || /\bwarrant/.test(s.headings)) && DEFECT_REMEDY.test(n)) || DEFECT_CLAIMS_BARRED.test(n));
  if ((warranted || remedied) && !/\b(?:exercisable|exercised|shares|common stock|surviv\w*|options and warrants|representations and warranties)\b/.test(n)) {
    const anchors = [...n.matchAll(remedied ? /\bdefect/g : /\b(?:warrant(?:y|ies|s|ed)|warrant(?= (?:to (?:you|the \w+|\w+) )?(?:that|each|the|all|its|our)\b)|guarantee[sd]?|free (?:from|of) (?:any )?(?:material )?defects)\b/g)].map((m) => m.index!);
    // "We pass through to you the manufacturer's limited warranty, which runs for one (1) year": not our warranty.
    const passedThrough = /\bpass(?:es|ed)? (?:through|on)\b|\bmanufacturer'?s'? (?:own |limited |standard |original )?warrant/.test(n);
    for (const d of passedThrough ? [] : durations(s, 'days')) {
      const b = before(s, d.index, 40);
      const a = after(s, d.index, d.length, 80);
      // The duration must sit close to the warranty wording, and not be a notice, cure or payment period.
      // A clearly stated period ("for a period of one (1) year following Installation") may sit far from the word.
      const plain = PERIOD_AFTER.test(a) && PERIOD_BEFORE.test(b);
      if (!anchors.some((i) => (i < d.index && d.index - i < (plain ? 320 : PERIOD_AFTER.test(a) ? 220 : 140)) || (i > d.index && i - d.index < 100))) continue;
      if ((/\bnotice\b|\bnotif|\bcure|\bbreach/.test(before(s, d.index, 70)) && !(FROM_SUPPLY.test(a) && !/\bnotice\b/.test(a.slice(0, 50)))) || /^\W*(?:'|s')?\s*(?:prior )?(?:written )?notice/.test(a) || /^[^.;]{0,30}\b(?:notice|cure)\b/.test(a)) continue;
      // Response and payment times are not the warranty's length.
      if (/\b(?:respond\w*|response|reply|acknowledg\w*)\b[^.;]{0,40}$/.test(b) || /^[^.;]{0,20}\b(?:invoice|payment)\b/.test(a)) continue;
      // "claims must be made within 14 days of the defect becoming apparent": a window from discovery.
      if (/^[^.;]{0,40}\b(?:discover\w*|becom\w* (?:apparent|aware|known)|aware)\b/.test(a)) continue;
      if (!(PERIOD_BEFORE.test(b) || PERIOD_AFTER.test(a) || /\bwarranty\b/.test(n.slice(d.index + d.length, d.index + d.length + 12)))) continue;
      if (/\b(?:pay|invoice|payment)\b/.test(b)) continue;
      out.push(durationCandidate('warranty.period_days', d, s, PERIOD_AFTER.test(a) ? 0 : 1));
      break;
    }
  }
  // "The Supplier does not disclaim any warranty implied by law": an express statement that nothing is disclaimed
  // (also "Nothing in this Agreement excludes the terms implied by section 39", "statutory warranty rights ... remain
  // unaffected").
  const notDisclaimed = /\b(?:does|do|shall|will) not (?:disclaim|exclude)\b[^.;]{0,60}\b(?:warrant|condition)|\bnothing in (?:this|these) \w+ (?:excludes?|restricts?|limits?|disclaims?)(?: or (?:excludes?|restricts?|limits?))? (?:any|the)\b(?:[^.;]{0,30}\b(?:warrant|condition|terms? implied|implied terms)|[^.;]{0,100}\b(?:warrant\w* implied|implied (?:warrant|terms)))|\bwarrant\w* rights?\b[^.;]{0,80}\b(?:remains? unaffected|(?:are|is) not (?:excluded|limited|affected))\b|\bwarrant\w*\b[^.;]{0,80}\b(?:which|that) (?:are|is) not (?:excluded|disclaimed)\b|\bnot in lieu of\b[^.;]{0,40}\bwarrant|\bwarrant\w*\b[^.;]{0,120}\bnone of which\b[^.;]{0,40}\b(?:disclaims?|excludes?)\b/.exec(n);
  if (notDisclaimed) {
    out.push(candidate('warranty.disclaimer', false, s, { index: notDisclaimed.index, length: notDisclaimed[0].length }));
    return out;
  }
  const disc = DISCLAIMER.map((re) => re.exec(n)).find((m) => m !== null);
  if (disc && /\b(?:warrant|merchantab|fitness|as[- ]is|condition|implied)/.test(n)) out.push(candidate('warranty.disclaimer', true, s, { index: disc.index, length: disc[0].length }));
  return out;
}
