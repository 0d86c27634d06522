// termination.for_convenience (+ notice days), termination.cure_days, termination.refund_prepaid.
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const MAY_TERMINATE = /\b(?:may|can|shall have the right to|will have the right to|has the right to|have the right to|is entitled to|be entitled to|right to|option to|elect to|wishing to|desiring to|desires? to|wish(?:es)? to)\b[^.;]{0,60}?\b(?:terminat\w*|cancel\w*)\b|\b(?:shall|will) be terminable\b|\b(?:until|unless(?: sooner| earlier)?) terminated by (?:either|any|each|both) (?:party|parties)\b|^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?by (?:either|any|each|both) (?:party|parties)\b(?=[^.;]{0,60}\bnotice\b)/;
/** Explicit "without cause" wording. */
const CONVENIENCE = /\b(?:for (?:its |their |any party's )?convenience|without cause|for non-cause|for any reason or no reason|for any or no reason|for any reason(?: whatsoever)?|for no reason|with or without cause|without (?:any )?(?:reason|justification)|at (?:its|their) (?:sole )?(?:discretion|option|convenience)|at will)\b/;
/** Sentences about termination for a cause or an event are not "without cause". */
const CAUSE = /\b(?:breach\w*|default\w*|fail\w*|insolven\w*|bankrupt\w*|for cause|violat\w*|change (?:of|in) control|force majeure|liquidat\w*|receiver|cease[sd]? to|dissol\w*|if\b|in the event|upon the occurrence|unable|infring\w*|illegal|misconduct|does not|do not|not (?:meet|achieve|approve|agree)|exceeds?|suspend\w*|acquir\w*|merg\w*|convicted|death|disabilit\w*)/;
/** "upon notice in accordance with Section 8": the grounds are elsewhere. */
const REFERRED_CAUSE = /\b(?:in accordance with|pursuant to|as (?:set forth|provided|described) in|under) (?:section|article|clause|paragraph)s? \S+|\b(?:expiration|expiry|end) of the (?:then[- ]current |initial |renewal )?term\b|\bprior to (?:the )?(?:expiration|end)\b|\bnon-?renewal\b/;
const NOT_CONVENIENCE = /\b(?:no|not|neither|nor|only)\b[^.;]{0,50}\b(?:terminat\w*)\b[^.;]{0,40}\b(?:for convenience|without cause)\b|\b(?:no|not) (?:right to )?terminat\w* (?:for convenience|without cause)\b|\b(?:may|can) (?:only|solely) (?:be )?terminat\w* (?:for cause|in accordance|as (?:set out|provided))/;

export function terminationFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;

  const negated = NOT_CONVENIENCE.exec(n);
  const may = MAY_TERMINATE.exec(n);
  if (negated && !(may && CONVENIENCE.test(n) && !/\b(?:not|no|neither|nor|only)\b/.test(n.slice(0, may.index + may[0].length)))) {
    out.push(candidate('termination.for_convenience', false, s, { index: negated.index, length: negated[0].length }));
  } else if (may) {
    const explicit = CONVENIENCE.exec(n);
    const days = durations(s, 'days').filter((d) => isNoticePeriod(s, d.index, d.length));
    // "Either party may terminate this Agreement at any time upon prior written notice": no cause, so at will;
    // the notice period may be stated, redacted ("[**]") or absent.
    const statedNotice = days.length > 0 || /\b(?:prior |advance )?written (?:notice|notification)\b|\bprior notice\b|\bnotice (?:of|to) (?:the )?(?:other|termination)\b/.test(n);
    // Not an opener whose grounds follow ("... as follows:"), not a renewal opt-out, and about the agreement itself.
    const aboutAgreement = /\b(?:terminat\w*|cancel\w*) (?:this|the|any|its)\b[^.;]{0,30}\b(?:agreement|contract|term|relationship)\b|\bnotice of termination\b|\b(?:this|the) (?:agreement|contract) (?:may|shall|will) be terminat\w*|\bterminable\b|\bterminated by (?:either|any|each|both)\b|^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?by (?:either|any|each|both)\b/.test(n);
    const bareNotice = !explicit && statedNotice && aboutAgreement && !CAUSE.test(n) && !REFERRED_CAUSE.test(n) && !/:\s*$|\bas follows\b|\brenew\w*\b[^;]*\bunless (?:sooner )?terminated\b|\bunless (?:sooner )?terminated\b[^;]*\brenew/.test(n) && /\b(?:at any time|upon|by giving|on|with|by providing|by delivering|must give)\b/.test(n);
    const negatedMay = /\b(?:not|no|neither|nor|never)\b[^.;]{0,30}$/.test(n.slice(0, may.index + may[0].length).slice(-80));
    if ((explicit || bareNotice) && !negatedMay) {
      const where = explicit ?? may;
      out.push(candidate('termination.for_convenience', true, s, { index: where.index, length: where[0].length }));
      if (days[0]) out.push(durationCandidate('termination.for_convenience_notice_days', days[0], s));
    }
  }

  // Cure period: a duration tied to curing/remedying a breach after notice.
  if (/\b(?:cure[sd]?|remed(?:y|ied|ies)|rectif(?:y|ied)|correct(?:ed)?|uncured|unremedied)\b/.test(n) && /\b(?:breach\w*|default\w*|fail\w*)\b/.test(n)) {
    const days = durations(s, 'days');
    const general = days.filter((d) => !/\b(?:non-?payment|failure to pay|pay(?:ment)? of (?:any )?(?:fees|amounts)|undisputed (?:fees|amounts))\b/.test(after(s, d.index, d.length, 50)) && !/\b(?:non-?payment|failure to pay)\b,?\s*(?:within\s*)?$/.test(before(s, d.index, 40)));
    const pick = general[0] ?? days[0];
    if (pick) out.push(durationCandidate('termination.cure_days', pick, s, general[0] ? 0 : 1));
  }

  // Refund of prepaid, unused fees on termination.
  const noRefund = /\b(?:non-?refundable|not (?:be )?refundable|no refunds?|(?:will|shall) not (?:be )?(?:refund|repaid|reimburs)\w*|without (?:any )?refund|not (?:be )?entitled to (?:any |a )?refund)\b/.exec(n);
  const refund = /\b(?:refund|repay|reimburse|return)\w*\b[^.;]{0,80}\b(?:prepaid|pre-paid|unused|unearned|unexpired|remaining|pro[- ]?rata|pro[- ]rated|in advance|paid in advance|portion of (?:the )?(?:fees|subscription))\b|\b(?:prepaid|pre-paid|unused|unearned)\b[^.;]{0,80}\b(?:refund\w*|repaid|reimburs\w*|returned)\b/.exec(n);
  if (refund && !noRefund && /\b(?:fees?|amounts?|charges?|subscription|prices?)\b/.test(n)) {
    const customerBreachOnly = /\b(?:customer|client|licensee|subscriber|you)(?:'s)? (?:material )?breach\b/.test(n) && !/\b(?:other than|except|unless)\b/.test(n);
    if (!customerBreachOnly) out.push(candidate('termination.refund_prepaid', true, s, { index: refund.index, length: refund[0].length }));
  } else if (noRefund && /\b(?:fees?|amounts?|payments?|charges?|subscription)\b/.test(n)) {
    out.push(candidate('termination.refund_prepaid', false, s, { index: noRefund.index, length: noRefund[0].length }));
  }
  return out;
}

function isNoticePeriod(s: SentenceView, index: number, length: number): boolean {
  const a = after(s, index, length, 40);
  const b = before(s, index, 40);
  return /^\W*(?:'|s|s')?\W*\s*(?:advance |prior |written |advance written |prior written )*(?:notice|notification)/.test(a) || /\bnotice\b[^.;]{0,25}$/.test(b) || /^\s*(?:after|following|from) (?:the )?(?:date of )?(?:such |written |the )?(?:notice|receipt)/.test(a);
}
