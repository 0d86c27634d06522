// termination.for_convenience (+ notice days), termination.cure_days, termination.refund_prepaid.
import { subjectRole } from '../parties.js';
import { NOTICE_AFTER, after, before, candidate, durationCandidate, durations, type Candidate, type ReadDuration, type SentenceView } from './common.js';

const MAY_TERMINATE = /\btermination by (?:either|any|each) (?:party|parties) (?=for any reason|for convenience|without cause)|\buntil (?:either|any|each|one) (?:party|parties) (?:gives|provides|informs|notifies|delivers|serves|sends)\b|\bnotice from (?:either|one|any) party\b[^.;]{0,60}\b(?:decision|intention|election|wish) to terminat\w*|\b(?:right|option|ability|power)\b[^.;]{0,60}?\bto (?:\w+ )?(?:terminat\w*|cancel\w*|end(?= (?:this|the|these|your|our) (?:agreement|contract|terms|subscription|order))|determine(?= (?:this|the) (?:agreement|contract|licen[cs]e|lease|appointment)))\b|\b(?:may|can|shall have the right to|will have the right to|has the right to|have the right to|is entitled to|be entitled to|right to|option to|elect to|wishing to|desiring to|desires? to|wish(?:es)? to|at liberty to)\b[^.;]{0,60}?\b(?:terminat\w*|cancel\w*|resiliat\w*|end(?= (?:this|the|these|your|our) (?:agreement|contract|terms|subscription|order))|determine(?= (?:this|the) (?:agreement|contract|licen[cs]e|lease|appointment))|close(?= (?:your|the|its|their|an?|any) (?:user )?accounts?\b)|withdraw(?= from (?:this|the) (?:agreement|contract))|bring(?= (?:this|the) (?:agreement|contract) to an end))\b|\b(?:shall|will) be terminable\b|\b(?:until|unless(?: sooner| earlier)?) terminated by (?:either|any|each|both) (?:party|parties)\b|^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?by (?:either|any|each|both) (?:party|parties)\b(?=[^.;]{0,60}\bnotice\b)/;
/** Explicit "without cause" wording: true whatever else the sentence says. */
const CONVENIENCE = /\b(?:(?:for|at) (?:its |their |any party's |its own )?convenience|without (?:a |any )?(?:just|good|justified|valid) cause|(?:simply |merely |just )?because (?:\w+ )?(?:ha(?:ve|s) )?changed (?:\w+ )?minds?|without cause|without (?:giving |stating |assigning |providing |showing )?(?:any )?reasons?(?: whatsoever)?|without (?:having|needing|being (?:required|obliged)) to (?:give|state|provide|assign|show) (?:any )?reasons?|for non-cause|for any reason or no reason|for any or no reason|for any reason(?= (?:on|upon|by|with|giving) (?:at least |not less than )?(?:\w+ )?(?:\(\d+\) )?(?:days?|months?)'?s?'? (?:prior |advance )?(?:written )?notice)|for no reason|with or without cause|without (?:any )?(?:reason|justification))\b/;
/**
 * Wording that is "without cause" only when nothing else in the sentence gives a ground: "for any reason" (not
 * "for any reason other than ..."), "at its option", "in its sole discretion", "at will".
 */
const WEAK_CONVENIENCE = /\bfor any reason(?: whatsoever)?\b(?!,? (?:other than|not|except|beyond|attributable|set forth|described|stated))|\b(?:at|in) (?:its|their|his|her) (?:sole |own |absolute |sole and absolute |unfettered )?(?:discretion|option|convenience)\b|\bat will\b/;
/** Sentences about termination for a cause or an event are not "without cause". */
const CAUSE = /\b(?:mutual\w*|in case\b|uncured|unremedied|unlawful|cure[sd]?\b|by (?:the )?(?:written |mutual )?(?:agreement|consent)\b|agreement in writing|in (?:such|that|this|any such) (?:event|case)|after (?:the (?:time|date|point) (?:that|when|on which|at which)|[\w-]+ (?:has|have) (?:paid|incurred|achieved|received|completed|obtained|failed))|(?:written )?(?:agreement|consent) of (?:both|the|all) parties|should|upon (?:receipt|learning|discovery)|breach\w*|default\w*|fail\w*|insolven\w*|bankrupt\w*|for cause|violat\w*|change (?:of|in) control|force majeure|liquidat\w*|receiver|cease[sd]? to|dissol\w*|if\b|in the event|upon the occurrence|unable|infring\w*|illegal|misconduct|does not|do not|not (?:meet|achieve|approve|agree)|exceeds?|suspend\w*|acquir\w*|merg\w*|convicted|death|disabilit\w*)/;
/** "upon notice in accordance with Section 8": the grounds are elsewhere. */
const REFERRED_CAUSE = /\b(?:in accordance with|pursuant to|as (?:set forth|provided|described) in|under) (?:section|article|clause|paragraph)s? \S+|\b(?:expiration|expiry|end) of (?:the|its) (?:then[- ]current |initial |renewal )?term\b|\bprior to (?:the )?(?:expiration|end)\b|\bnon-?renewal\b|\bin accordance with the (?:termination )?(?:provisions|terms) of\b/;
const NOT_CONVENIENCE = /\b(?:no|not|cannot|neither|nor|only)\b[^.;]{0,50}\b(?:terminat\w*|cancel\w*|resiliat\w*|withdraw(?= from (?:this|the) (?:agreement|contract))|end(?= (?:this|the|these) (?:agreement|contract|terms?)\b)|bring (?:this|the) (?:agreement|contract) to an end)\b[^.;]{0,90}\b(?:for (?:its |their )?(?:own )?convenience|without cause|without (?:giving |stating |assigning |providing |showing )?(?:any |a )?reasons?)\b|\b(?:no|not|cannot|neither|nor)\b[^.;]{0,50}\b(?:terminat\w*|cancel\w*|end(?= (?:this|the|these) (?:agreement|contract|terms)))\b[^.;]{0,70}\bbecause (?:\w+ )?(?:ha(?:ve|s) )?changed (?:\w+ )?minds?\b|\b(?:no|not) (?:right to )?terminat\w* (?:for convenience|without cause)\b|\b(?:ordinary termination|termination (?:for convenience|without cause)|(?:right|option)s? (?:of (?:either|any|each) party )?to terminate (?:for convenience|without cause))\b[^.;]{0,60}\b(?:is|are|shall be) excluded\b|\b(?:no|not|neither)\b[^.;]{0,50}\bterminat\w*\b[^.;]{0,40}\bby ordinary notice\b|\b(?:may|can) (?:only|solely) (?:be )?terminat\w* (?:for cause|in accordance|as (?:set out|provided))/;

/** A table row or key-terms line labelled with the right: "Termination for convenience | ...", "... :". */
const TERMS_LABEL = /^\W*(?:right of |right to )?(?:termination|terminate|cancellation|cancel) (?:for convenience|without cause|at will)\b[^|:.;]{0,30}?\s*[|:]\s*/;
/** Curing a breach: "cure", "remedy", "rectify", "fix", "make good", "put right". */
const CURE_VERB = /\b(?:cure[sd]?|curing|eliminat(?:e|es|ed|ing)|remed(?:y|ied|ies|ying)|rectif(?:y|ied|ies)|correct(?:ed|s)?|uncured|unremedied|unrectified|fix(?:ed|es)?(?! time| target)|make good|made good|put (?:\w+ ){0,2}right|sort(?:s|ed)? (?:it|this|that|them|the \w+) out|(?:breach|default) (?:continues|persists|subsists)(?=[^.;]{0,50}\b(?:after|following|from) (?:the )?(?:date of |receipt of |service of )?(?:(?:such|written|the) )?notice\b))\b/;
/** A breach or default, including plain "break these terms". */
const BREACH_WORD = /\b(?:breach\w*|default\w*|fail\w*|violat\w*|break(?:s|ing)? (?:these|this|the|any of (?:these|the)) (?:terms|agreement|contract|rules))\b/;
/** A notice, in any of its usual wordings. */
const NOTICE = /\b(?:prior |advance )?written (?:notice|notification)\b|\bprior notice\b|\bnotice in writing\b|\bnotice (?:of|to) (?:the )?(?:other|termination|such termination)\b|\bnotice of (?:its|their) (?:decision|intention|wish)\b/;
/** What is terminated: the agreement or the relationship it sets up (also "Consultant's engagement"). */
const ABOUT_AGREEMENT = /\b(?:terminat\w*|cancel\w*|end(?= (?:this|the|these|your|our) (?:agreement|contract|terms|subscription|order))|determine(?= (?:this|the) (?:agreement|contract|licen[cs]e|lease|appointment))) (?:(?:this|the|any|its|their|his|her|your|our|[\w-]+'s?) )?(?:[\w-]+ ){0,3}?(?:agreement|contract|term|relationship|engagement|employment|appointment|arrangement)\b|\b(?:terminat\w*|cancel\w*|end) (?:this|the|these|your|our|any) (?:services|subscriptions?|order forms?|statements? of work|plan)\b|\b(?:terminat\w*|cancel\w*|end) (?:these|your|our) terms\b|\b(?:close|delete|deactivate) (?:your|the|its|their|an?|any) (?:user )?accounts?\b|\b(?:terminat\w*|cancel\w*|determine) (?:this|your|our|the) licen[cs]e\b(?! (?:referred|described|set out|granted (?:in|under) (?:section|clause)))|\bwithdraw\w* from (?:this|the) (?:agreement|contract)\b|\bbring (?:this|the) (?:agreement|contract) to an end\b|\bnotice of (?:such )?termination\b|\b(?:agreement|contract|appointment|engagement|employment|relationship) (?:may|shall|will|can) be terminat\w*|\bterminable\b|\bterminated by (?:either|any|each|both)\b|^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?by (?:either|any|each|both)\b/;
/** A sentence that opens on a condition: "If ...", "In the event ...", "Should ...", "Upon the occurrence ...". */
const CONDITION_OPENER = /^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*|\d+(?:\.\d+)+\.?\s*)?(?:if|in the event|in case|should|upon the occurrence|where|whenever)\b/;

/**
 * The ";"-separated part of the sentence around `at`, without "so long as no default exists" (a bar, not a ground) or
 * an example of why a party might end it.
 */
function partAround(n: string, at: number): { text: string; index: number } {
  const start = n.lastIndexOf(';', at) + 1;
  const end = n.indexOf(';', at);
  const text = n.slice(start, end < 0 ? n.length : end).replace(/\b(?:so long as|as long as|provided that) (?:no|neither|it is not|such party is not)\b[^,;]*/g, (x) => ' '.repeat(x.length))
    // "..., for example if we withdraw LoomBook from the market": an illustration of a reason, not a condition.
    .replace(/\b(?:for example|for instance|e\.g\.),? (?:if|where|when|because)\b[^;]*/g, (x) => ' '.repeat(x.length));
  return { text, index: start };
}

export function terminationFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;

  const negated = NOT_CONVENIENCE.exec(n);
  // "not entitled to any refund or credit on expiry or termination ... for any reason": a refund, not a right to end.
  const mayMatch = MAY_TERMINATE.exec(n);
  const may = mayMatch && /\bentitled to (?:any |a )?(?:refund|credit|reimbursement|compensation|payment)\b/.test(mayMatch[0]) ? null : mayMatch;
  if (negated && !(may && CONVENIENCE.test(n) && !/\b(?:not|no|neither|nor|only)\b/.test(n.slice(0, may.index + may[0].length)))) {
    out.push(candidate('termination.for_convenience', false, s, { index: negated.index, length: negated[0].length }));
  } else if (may) {
    const explicit = CONVENIENCE.exec(n);
    const days = durations(s, 'days').filter((d) => isNoticePeriod(s, d.index, d.length));
    // "Either party may terminate this Agreement at any time upon prior written notice": no cause, so at will;
    // the notice period may be stated, redacted ("[**]") or absent; "at any time" alone also says no ground is needed.
    const statedNotice = days.length > 0 || NOTICE.test(n) || /\bat any (?:time|moment)\b|\bwhenever (?:you|it|they|we|the \w+|\w+) (?:like|likes|want|wants|wish|wishes|choose|chooses)\b/.test(n);
    // The grounds are judged in the part of the sentence around the right ("...; or immediately if the other party
    // breaches" is another right), and a sentence that opens on a condition ("If ...", "In the event ...") has one.
    const part = partAround(n, may.index);
    const conditioned = CAUSE.test(part.text) || CONDITION_OPENER.test(n.slice(0, may.index));
    const noGround = !conditioned && !REFERRED_CAUSE.test(n);
    const weak = WEAK_CONVENIENCE.exec(part.text);
    // Not an opener whose grounds follow ("... as follows:"), not a renewal opt-out, and about the agreement itself.
    const bareNotice = statedNotice && ABOUT_AGREEMENT.test(n) && noGround && !/:\s*$|\bas follows\b|\brenew\w*\b[^;]*\bunless (?:sooner )?terminated\b|\bunless (?:sooner )?terminated\b[^;]*\brenew/.test(n) && /\b(?:at any time|upon|by|on|with|giv(?:es|ing)|provid(?:es|ing)|serv(?:es|ing)|deliver(?:s|ing)|must give|whenever)\b/.test(n);
    const negatedMay = /\b(?:not|no|neither|nor|never)\b[^.;]{0,30}$/.test(n.slice(0, may.index + may[0].length).slice(-80));
    // "for any reason ... upon notice under Section 8.1": the reason is any, wherever the notice is set out.
    const weakOk = weak !== null && !conditioned && ABOUT_AGREEMENT.test(n);
    // "may be terminated (a) by mutual agreement or (b) by either Party upon 5 days' written notice": one ground each.
    const item = explicit || weakOk || bareNotice || negatedMay || !ABOUT_AGREEMENT.test(n) ? null : groundlessItem(n, 0);
    if ((explicit || weakOk || bareNotice || item) && !negatedMay) {
      const where = item ?? (explicit ? { index: explicit.index, length: explicit[0].length }
        : weakOk ? { index: part.index + weak.index, length: weak[0].length } : { index: may.index, length: may[0].length });
      out.push(candidate('termination.for_convenience', true, s, where));
      if (days[0]) out.push(durationCandidate('termination.for_convenience_notice_days', days[0], s));
      else {
        // "... may terminate this Agreement by written notice without giving any reason. The notice period is six (6) months".
        const follow = s.next[0];
        const period = follow && /^(?:the )?(?:notice period|period of notice)\b/.test(follow.norm) ? durations(follow, 'days')[0] : undefined;
        if (period) out.push(durationCandidate('termination.for_convenience_notice_days', period, follow!));
      }
    }
  }
  // An order-form row: "Termination for convenience | 45 days' written notice", "Termination without cause: none".
  const label = TERMS_LABEL.exec(n);
  if (label && !may) {
    const value = n.slice(label.index + label[0].length);
    const refused = /^\W*(?:no|none|not (?:permitted|available|allowed|applicable)|n\/a|excluded|neither)\b/.test(value);
    out.push(candidate('termination.for_convenience', !refused, s, { index: label.index, length: label[0].length }));
    const days = durations(s, 'days').filter((d) => d.index > label.index + label[0].length - 2);
    if (!refused && days[0]) out.push(durationCandidate('termination.for_convenience_notice_days', days[0], s));
  }
  // A list item of termination grounds set out as its own clause ("5.1(b) by the Company ... upon 3 months' prior
  // notice", "(e) Without cause on no less than seven days' notice"), its opener ("may be terminated as follows:")
  // being another clause.
  const itemStart = /^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]|\d+(?:\.\d+)+\.?)\s/.test(n);
  const groundStart = /^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?(?:by (?:either|any|each|both|the|a|an) |upon (?:[\w-]+ ){1,3}giving\b|for convenience|without cause|for any reason|at any time)/.test(n);
  if (!may && (s.topics.has('termination') || s.headingTopics.has('termination')) && (itemStart || groundStart)) {
    // "10.2.3 ... by SutroVax upon [***] days' prior written notice to Sutro for any reason": a verbless item with no
    // ground (not "(d) The termination of this Agreement for any reason shall not affect ...").
    const verbless = itemStart && !CAUSE.test(n) && !/\b(?:shall|will|must|may|is|are|was|were|has|have)\b/.test(n);
    const strong = /^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?(?:for convenience|without cause)/.test(n) || verbless ? CONVENIENCE.exec(n) ?? (verbless ? WEAK_CONVENIENCE.exec(n) : null) : null;
    const notice = groundStart && ABOUT_AGREEMENT.test(n) && !CAUSE.test(n) && !REFERRED_CAUSE.test(n) ? NOTICE.exec(n) ?? WEAK_CONVENIENCE.exec(n) : null;
    const found = strong ?? notice;
    const hit = found ? { index: found.index, length: found[0].length } : null;
    if (hit) {
      out.push(candidate('termination.for_convenience', true, s, hit));
      const days = durations(s, 'days').filter((d) => isNoticePeriod(s, d.index, d.length));
      if (days[0]) out.push(durationCandidate('termination.for_convenience_notice_days', days[0], s));
    }
  }

  // Cure period: a duration tied to curing/remedying a breach after notice. A duration next to the cure verb wins;
  // otherwise any duration of a sentence that also speaks of notice or termination ("... upon 30 days' notice if
  // the breach is not cured within such period"), but not a repair time, a mediation deadline or a force-majeure spell.
  if (CURE_VERB.test(n) && BREACH_WORD.test(n)) {
    // "within thirty (30) days after the effective date of termination": a time to refund or pay, not to cure.
    const days = durations(s, 'days').filter((d) => d.value >= 1 && !/^\W*(?:after|following|from|of) (?:the )?(?:effective date of |date of )?(?:such )?(?:termination|expiry|expiration)\b/.test(after(s, d.index, d.length, 50)));
    const general = days.filter((d) => !/\b(?:non-?payment|failure to pay|pay(?:ment)? of (?:any )?(?:fees|amounts)|undisputed (?:fees|amounts))\b/.test(after(s, d.index, d.length, 50)) && !/\b(?:non-?payment|failure to pay)\b,?\s*(?:within\s*)?$/.test(before(s, d.index, 40)));
    const nearCure = (d: ReadDuration): boolean => CURE_VERB.test(before(s, d.index, 45)) || CURE_VERB.test(after(s, d.index, d.length, 45));
    const loose = /\b(?:notice|notif\w*|terminat\w*)\b/.test(n);
    const notForceMajeure = (d: ReadDuration): boolean => !/\bforce majeure\b/.test(before(s, d.index, 60) + after(s, d.index, d.length, 60));
    // A non-payment cure period loses to the general one even when it sits nearer the verb.
    const pick = general.find(nearCure) ?? (loose ? general.find(notForceMajeure) ?? days.find(notForceMajeure) : undefined) ?? days.find(nearCure);
    if (pick) out.push(durationCandidate('termination.cure_days', pick, s, general.includes(pick) ? 0 : 1));
  }

  // Refund of prepaid, unused fees on termination.
  const noRefund = /\b(?:non-?refundable|not (?:be )?refundable|no refunds?|(?:will|shall) not be (?:returned|(?:given|paid|handed) back)|(?:will|shall) not (?:be )?(?:refund|repaid|reimburs)\w*|(?:does|do) not refund|(?:is|are) not (?:refunded|repaid)|without (?:any )?refund|not (?:be )?entitled to (?:any |a )?refund|(?:does|do|shall|will) not entitle (?:\w+ ){1,2}to (?:any |a )?refund|(?:do|does|will|shall) not (?:offer|give|provide|issue|grant|make) (?:any )?refunds?|no (?:[\w-]+ ){0,3}(?:fees?|amounts?|sums?|payments?|charges?|monies|part thereof)\b[^.;]{0,90}?\b(?:is|are|will be|shall be) (?:refundable|repayable|refunded|repaid|returned))\b/.exec(n);
  // ", within thirty (30) days after the effective date of termination,": a time aside, blanked (a run of blanks
  // counts as one character) so the object is in reach.
  const refund = /\b(?:refund|repay|reimburse|return(?! receipt))\w*\b(?:[^.;\s]|\s+(?=\S)){0,80}\b(?:prepaid|pre-paid|unused|unearned|unexpired|remaining|pro[- ]?rata|pro[- ]rated|proportionate|in advance|paid in advance|advance (?:amounts?|payments?|fees)|portion of (?:the )?(?:fees|subscription)|(?:periods?|portions?|parts?) (?:after|following|beyond|subsequent to) (?:the )?(?:date of |effective date of )?(?:pre-?|early )?(?:termination|cancellation|expiry|end date|end of (?:this|the) (?:agreement|contract)))\b|\b(?:prepaid|pre-paid|unused|unearned|pro[- ]?rata|proportionate|partial)\b[^.;]{0,80}\b(?:refund\w*|repaid|reimburs\w*|returned)\b/.exec(n.replace(/,\s*within [^,;]{1,70},/g, (x) => ' '.repeat(x.length)));
  // No refund only when the customer is at fault says nothing of other terminations.
  const customerBreachOnly = /\b(?:customer|client|licensee|subscriber|you)(?:'s)? (?:material |uncured )?(?:breach|non-?payment|default|failure to pay)\b/.test(n) && !/\b(?:other than|otherwise than|except|unless)\b/.test(n);
  // Who returns or repays, within its own part of the sentence ("..., Customer shall return"); a "refund" is ours
  // even when the customer "receives" it.
  const refundHead = refund && /^(?:repay|reimburse|return)/.test(refund[0]) ? s.text.slice(Math.max(s.text.lastIndexOf(',', refund.index), s.text.lastIndexOf(';', refund.index)) + 1, refund.index) : '';
  const refunder = refundHead ? subjectRole(refundHead, refundHead.length, s.roles) : null;
  // "Fees are non-refundable, save that where the Supplier terminates ... it shall repay ...": the exception is a refund.
  const excepted = refund && noRefund && refund.index > noRefund.index && /\b(?:except|save|other than|unless|provided that|however)\b/.test(n.slice(noRefund.index, refund.index));
  // "non-refundable except as stated in Section 11(c)": the refund, if any, is stated there.
  const exceptedElsewhere = noRefund && /^[^.;]{0,40}\b(?:except|save|other than|unless)\b (?:as|to the extent|where) (?:\w+ ){0,3}(?:in|under|by) (?:section|clause|paragraph|article|schedule)\b/.test(n.slice(noRefund.index + noRefund[0].length));
  if (refund && (!noRefund || excepted) && /\b(?:fees?|amounts?|charges?|subscription|prices?|sums|monies|money|spend|remuneration)\b|\b(?:prepaid|pre-paid|unused|unearned),? (?:[\w-]+ )?balance\b|\b(?:prepaid|pre-paid|unused|purchased)\b[^.;]{0,20}\b(?:credits?|bundles?|packs?|packages?|tokens?)\b/.test(n)) {
    // The customer returning unused equipment or repaying is not our refund.
    if (!customerBreachOnly && refunder !== 'customer') out.push(candidate('termination.refund_prepaid', true, s, { index: refund.index, length: refund[0].length }));
  } else if (noRefund && !excepted && !exceptedElsewhere && !customerBreachOnly && /\b(?:fees?|amounts?|payments?|charges?|subscriptions?|sums?|monies|prices?|remuneration|balances?|(?:prepaid|marketing|unused) credits?|partial (?:months?|periods?|years?)|unused (?:time|months?|periods?|portion))\b/.test(n)) {
    out.push(candidate('termination.refund_prepaid', false, s, { index: noRefund.index, length: noRefund[0].length }));
  }
  return out;
}

/**
 * The first item of a list of grounds ("(a) ...; (b) ...", "10.2.3 ...", or ";"-separated) that needs none: it says
 * "without cause", "for any reason", or only asks for notice. `offset` maps the item back into the sentence.
 */
function groundlessItem(text: string, offset: number): { index: number; length: number } | null {
  const markers = [...text.matchAll(ITEM_MARKER)];
  if (markers.length === 0) return null;
  // The words before the first item say who may terminate; a ground there ("If ..., either party may ...") governs all.
  const head = text.slice(0, markers[0]!.index);
  if (CAUSE.test(head) || CONDITION_OPENER.test(head)) return null;
  const items: Array<[number, string]> = [];
  let start = markers[0]!.index;
  for (const m of [...text.slice(start).matchAll(/;/g)].map((x) => start + x.index).concat(markers.slice(1).map((x) => x.index)).sort((x, y) => x - y)) {
    if (m > start) items.push([start, text.slice(start, m)]);
    start = m;
  }
  items.push([start, text.slice(start)]);
  for (const [at, item] of items) {
    const strong = CONVENIENCE.exec(item);
    if (strong) return { index: offset + at + strong.index, length: strong[0].length };
    if (CAUSE.test(item) || REFERRED_CAUSE.test(item)) continue;
    const weak = WEAK_CONVENIENCE.exec(item);
    if (weak) return { index: offset + at + weak.index, length: weak[0].length };
    const notice = NOTICE.exec(item) ?? /\b(?:days?|months?)'? (?:prior |advance )*(?:written )?notice\b|\bat any time\b(?=[^;]*\bterminat)/.exec(item);
    if (notice) return { index: offset + at + notice.index, length: notice[0].length };
  }
  return null;
}
/** "(a)", "(ii)", "b)" (not "thirty (30)") or a sub-clause number "10.2.3" starting an item. */
const ITEM_MARKER = /(?:^|\s)\(?(?:[a-z]|[ivx]{1,4})\)\s|(?:^|\s)\d+(?:\.\d+)+\.?\s/g;

function isNoticePeriod(s: SentenceView, index: number, length: number): boolean {
  const a = after(s, index, length, 40);
  const b = before(s, index, 40);
  // "by notifying the other Party in writing no later than three (3) months before the intended date of termination".
  return NOTICE_AFTER.test(a) || /\bnotice\b[^.;,]{0,25}$/.test(b)
    || (/\bnotif\w*\b[^.;]{0,40}\b(?:no later than|not later than|at least|not less than)\s*$/.test(before(s, index, 90)) && /^\s*(?:before|prior to)\b/.test(a))
    // "by written notice to the other Party given not less than sixty (60) days in advance".
    // ("by registered letter or certified e-mail sent at least two (2) months in advance")
    || (/\b(?:notice|letter|e-?mail|in writing)\b[^.;]{0,60}$/.test(before(s, index, 90)) && /^\s*(?:in advance|beforehand)\b/.test(a)) || /^\s*(?:after|following|from) (?:the )?(?:date of )?(?:such |written |the )?(?:notice|receipt)/.test(a);
}
