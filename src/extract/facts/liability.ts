// liability.cap_multiple / cap_amount / cap_lookback_months / uncapped / uncapped_for / consequential_excluded,
// and indemnity.uncapped (which is read from the same carve-out sentences).
import { findFeeMultiples, findMoney } from '../values/index.js';
import { escapeRegExp, type Roles } from '../parties.js';
import { after, before, candidate, clauseKey, continuesList, durationCandidate, durations, listItems, referencedDefinitions, referencedHeadings, type Candidate, type SentenceView } from './common.js';

const LIABILITY = /\b(?:liab(?:le|ility|ilities)|damages|recover(?:y|able)?|claims?|indemnif\w*|reimbursements?|aggregate obligations?|responsibility|(?:sole|exclusive) remed(?:y|ies)|contribute)\b/;
/** Wording that sets a ceiling. */
const CAP = /\b(?:(?:shall|will|may|does|do) not exceed|not to exceed|exceed(?:s|ing)?|in excess of|(?:liable|responsible) for no more than|(?:liable|responsible) (?:to \w+ )?for (?:any amount )?(?:more than|in excess of)|(?:is|are|be|shall be|will be) restricted to|no (?:greater|more) than|(?:is|are|be|shall be|will be) limited to|limited to|limited,? in the aggregate,? to|capped at|cap(?:ped)? (?:of|on)|(?<=liability )cap(?=\s*[:|])|maximum (?:aggregate )?(?:liability|amount)|the most (?:that )?\w+(?:'ll| will| shall| would| could| can)? (?:be (?:liable|responsible)|pay|owe)|(?<=\b(?:limitation of liability|liability limit))(?=\s*[:|])|greater than|up to (?:a maximum of|an amount equal to)|in no event (?:shall|will)[^.;]{0,80}\b(?:exceed|more than))\b/;
/** Fees as the measure of a cap: "the fees paid or payable", "amounts paid by Customer", "the purchase price". */
const FEES_MEASURE = /\bwhat (?:you|the customer|customer|\w+) (?:has |have )?paid\b|\b(?:fees?|amounts?|sums?|charges?|consideration|compensation|remuneration|commissions?|revenues?|purchase price|prices?|royalt(?:y|ies)|payments?|contract value|subscription)\b[^.;]{0,60}\b(?:paid|payable|received|due|owed|invoiced|earned|collected|actually paid|paid or payable|hereunder|under this agreement|for the (?:product|services?))\b|\bprice (?:paid|of the)\b|\b(?:annual|yearly|total) (?:contract value|fees|charges)\b|\b(?:refund|return) of (?:the )?(?:purchase|supply|product)? ?price\b|\b(?:the|total) value of the (?:work order|(?:purchase )?order|statement of work|services|professional services|engagement)\b|\bthe (?:purchase|supply|product|contract) price\b|\b(?:the )?cost of the (?:products?|goods|services|deliverables)\b|\b(?:fees?|amounts?) (?:set forth|specified|stated) in\b/;
const UNCAPPED_ITEMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['confidentiality', /\bconfidential/],
  ['indemnification', /\bindemni/],
  ['data-breach', /\b(?:data (?:breach(?:es)?|protection|security)|data[;,]? (?:and )?security|personal information|security (?:breach(?:es)?|incidents?)|personal data|privacy)\b/],
  // Quebec civil law: "an intentional or gross fault", "bodily or moral injury".
  // Dutch "bewuste roekeloosheid" is "deliberate recklessness"; French "faute lourde" and "gross ... misconduct".
  ['gross-negligence', /\bgross(?:ly)? negligen|\b(?:intentional or )?gross fault|\b(?:deliberate|conscious) recklessness\b|\bfaute lourde\b|\bgross (?:or (?:wilful|willful|intentional) )?misconduct\b/],
  ['wilful-misconduct', /\b(?:caused|committed|done) (?:[\w-]+ ){0,3}intentionally\b|\b(?:results? from|caused by) intent\b|\b(?:negligence|misconduct|fraud) or intent(?:ion)?\b(?! to)|\bintent or (?:deliberate|conscious|gross)\b|\bwill?fully\b|\bwill?ful (?:misconduct|default|breach)|\bintentional (?:misconduct|breach|wrongdoing|wrongful acts?|(?:or gross )?fault)|\bwilful\b|\bwillful\b/],
  ['death-personal-injury', /\b(?:death|bodily injury|personal injury|bodily or moral injury|injury to life, body or health|(?:harm|injury|damage) to (?:a |any )?(?:person's |human )?(?:life|body|health)|life or health|life and health)\b/],
  ['fraud', /\bfraud/],
  // ("amounts payable by the Supplier under the indemnity" are the indemnity, not the fees.)
  ['payment', /\b(?:payment obligations?|obligations? to pay|amounts? (?:due|owed|payable)(?![^.;,]{0,40}\bindemni)|fees (?:due|owed|payable)|pay (?:any |the |all )?(?:fees|amounts|charges|sums)|payment of (?:the |any |all )?(?:fees|charges|amounts|sums))\b/],
];
/** Where a limit sits: "the limits in this Section 8", "the cap under Clause 12.2". */
const LIMIT_LOCATION = /\b(?:limits?|limitations?|caps?|exclusions?)(?: of liability)? (?:in|of|under|set out in|contained in) (?:this |these )?(?:sections?|clauses?|articles?|paragraphs?) [\d.()a-z]+/g;

/** "No limit applies", "no cap shall apply": the words shared by the carve-outs worded this way. */
const NO_LIMIT_APPLIES = String.raw`no (?:cap|limit|limitation|ceiling)s? (?:shall |will )?appl(?:y|ies)`;

/** A part after "which" that lifts the limit from what came before: "WHICH SHALL NOT BE LIMITED", "for which no limit applies". */
const LIMIT_LIFTED = new RegExp(String.raw`^\s*(?:(?:shall|will|is|are) not (?:be )?(?:limited|capped|restricted)\b(?! to\b)|${NO_LIMIT_APPLIES}\b)`);

/** A sentence that takes things outside the cap. */
const UNCAPPED_SENTENCE: readonly RegExp[] = [
  /\b(?:unlimited|uncapped)\b(?! liability compan)/,
  /\bwithout limit(?:ation)?\b[^.;]{0,10}(?:for|in respect of)\b|\b(?:be|is|are) without (?:any )?(?:limit|cap)(?:ation)?\b(?! (?:to|on|of)\b)|\b(?:full|unlimited) responsibility,? without limit\b/,
  /\b(?:limitations?|limits?|caps?|exclusions?)\b(?:[^.]|\.(?=\d)){0,80}\b(?:shall|will) be inapplicable\b|\bexcluded from (?:these|the|this|such|any) (?:\w+ ){0,2}(?:limitations?|caps?|limits?)\b/,
  /\bnone of the (?:foregoing )?(?:limitations?|exclusions?)\b(?:[^.]|\.(?=\d)){0,80}\b(?:shall|will) (?:be available|apply)\b/,
  /\bwaives? any and all (?:limitations|liability caps)\b/,
  // "Nor does clause 12.3 apply to the Clinic Group's obligation to pay the fees due".
  /\bnor (?:does|do|shall|will) (?:the |this |that |such |any )?(?:limits?|caps?|limitations?|exclusions?|(?:sections?|clauses?|articles?|paragraphs?) \d+(?:\.\d+)*(?:\([a-z0-9]+\))?)\b[^.;]{0,30}\bapply\b/,
  /\b(?:limitations?|exclusions?|limits?|caps?|restrictions?|foregoing|(?:sections?|clauses?|paragraphs?) \d+(?:\.\d+)*|paragraphs? \(\d+|articles? \d+)\b(?:[^.]|\.(?=\d)){0,120}\b(?:shall|will|do|does|is|are) not,? (?:however,? )?(?:be (?:construed|interpreted|deemed) (?:as |to )?|operate to )?(?:apply|applied|limit|be subject|extend to|be applicable to|cap|restrict)\w*\b/,
  // "there shall be no cap on Company's liability for fraud", "no limit on the Customer's liability to pay the Fees".
  // "Nor is there any limit on liability for breach of Article 11".
  /\b(?:no|nor (?:is|shall|will) there (?:be )?any) (?:cap|limit|limitation|ceiling) (?:on|to|of) (?:the |a |either |any )?(?:\w+'s? )?(?:aggregate |total )?(?:liabilit|obligations? to pay|payment obligations?)/,
  // "IT DOES NOT APPLY TO LIABILITY FOR A PARTY'S FRAUD OR WILLFUL MISCONDUCT, FOR WHICH NO LIMIT APPLIES".
  new RegExp(String.raw`\bfor which ${NO_LIMIT_APPLIES}\b`),
  // "No limit applies to liability for breach of confidentiality".
  new RegExp(String.raw`\b${NO_LIMIT_APPLIES} to (?:the |a |either |any )?(?:\w+'s? )?(?:aggregate |total )?(?:liabilit|indemni)`),
  // "No limit applies to (a) the Supplier's obligations under Article 10, (b) a breach of Article 6, ...".
  new RegExp(String.raw`\b${NO_LIMIT_APPLIES} to:? \(?(?:a|i|1)\)`),
  // "Liability arising under the indemnities in clause 10 sits outside the liability cap".
  /\b(?:sits?|falls?|lies?|are|is|remains?|shall be|will be) outside (?:of )?(?:the|any|such|these) (?:\w+ ){0,2}(?:caps?|limits?|limitations?)\b/,
  /\bnot (?:be )?subject to (?:any|the) (?:limitations?|cap|exclusions?|limits?)\b/,
  // "are not counted towards the cap", "no amount paid under ... counts towards the limit".
  /\b(?:not (?:be )?count(?:ed|s)?|(?:does|do|will|shall) not count|no (?:amount|sum|payment)s?\b[^.;]{0,60}\bcounts?) (?:towards?|against) (?:the|any|such|that)\b[^.;]{0,30}\b(?:caps?|limits?|limitations?|maximum)\b/,
  // "Our liability under the IP indemnity is not limited" (but "not limited to" lists examples).
  /\bliabilit\w*\b(?:[^.;]|\.(?=\d)){0,200}\b(?:(?:is|are) not|(?:shall|will) not be) (?:in any way )?(?:limited|capped|restricted)\b(?! to\b)/,
  // "EXCEPT FOR COMPANY'S OBLIGATION TO PAY FEES WHEN DUE, WHICH SHALL NOT BE LIMITED BY THIS SECTION 11".
  /\b(?:obligations?|duty|duties) to pay\b[^.;]{0,60}\b(?:which|that) (?:shall|will|is|are) not (?:be )?(?:limited|capped|restricted)\b(?! to\b)/,
  // "Neither party's liability for (a) ... shall be limited by this clause".
  /\b(?:neither|no) party's (?:\w+ )?liabilit\w*\b(?:[^.]|\.(?=\d)){0,200}?\b(?:shall|will|is|are) (?:be )?(?:limited|capped|restricted|excluded)\b(?! to\b)/,
  // "We do not exclude or limit our liability for ...", "we don't limit our liability".
  /\b(?:do|does|shall|will) not (?:in any way )?(?:exclude|limit|restrict)(?: or (?:exclude|limit|restrict))? (?:in any way )?(?:its |our |their |your |either party's |a party's |any )?liabilit/,
  /\bdon't (?:exclude|limit|restrict)(?: or (?:exclude|limit|restrict))? (?:our |its |any )?liabilit/,
  /\bno (?:limitation|exclusion)\b(?:[^.]|\.(?=\d)){0,60}\b(?:(?:shall|will) apply|applies)\b/,
  // "No limit in this Article applies to ..." (not "for which by law no limit applies").
  /\bno (?:limit|cap)s?(?: or (?:limit|cap|limitation|exclusion)s?)? (?:in|under|set out in|contained in) (?:this|these|the|clauses?|sections?|articles?)\b(?:[^.]|\.(?=\d)){0,60}\b(?:(?:shall|will) apply|applies)\b/,
  // "Neither party excludes or limits its liability for death ..., fraud ...".
  /\b(?:neither party|no party|nothing in (?:this|these|the) \w+|nor (?:does|shall|will) anything in (?:this|these) \w+)\b(?:[^.]|\.(?=\d)){0,40}\b(?:excludes?|limits?|restricts?)(?: or (?:excludes?|limits?|restricts?))? (?:its |the |either |a |any )?(?:party's |\w+'s )?liabilit/,
  /\bnothing (?:in|contained in) (?:this agreement|this section|these terms|this clause)\b(?:[^.]|\.(?=\d)){0,120}\b(?:limit|exclude|restrict)s?\b(?:[^.]|\.(?=\d)){0,80}\bliabilit/,
  // "Nothing in this Section 14.5 is intended to or shall limit or restrict the indemnification obligations ...".
  /\bnothing in this (?:section|article|clause|paragraph)\b(?:[^.]|\.(?=\d)){0,60}\b(?:limit|restrict|exclude)\b(?:[^.]|\.(?=\d)){0,40}\b(?:indemnif|damages available|liabilit)/,
  // "Nothing in this Article 12 limits your obligation to pay the fees due": payment outside the cap.
  /\bnothing in this (?:section|article|clause|paragraph)\b(?:[^.]|\.(?=\d)){0,60}\b(?:limit|restrict|exclude)s?\b(?:[^.]|\.(?=\d)){0,40}\b(?:obligations? to pay|payment obligations?)/,
  // "Nothing in Sections 11(a) or 11(b) limits (i) ...'s obligation to pay ..., or (ii) ... gross negligence".
  /\bnothing in (?:sections?|clauses?|articles?|paragraphs?) \d[\w.()]*(?:,? (?:or|and) \d[\w.()]*)?\s+(?:limits?|restricts?|excludes?)\b/,
];
/**
 * Carve-outs that open a cap or an exclusion of consequential damages ("Except for indemnification obligations,
 * in no event shall ...", "EXCEPT UNDER SECTIONS 15 AND 16, ..."); they count only in such a limiting sentence, not
 * in an exculpation ("shall not be liable for any loss except for its gross negligence").
 */
const CARVE_OUT_SENTENCE: readonly RegExp[] = [
  /\b(?:except|excluding|other than|save)\b(?! to the extent)(?:[^.]|\.(?=\d)){0,20}\b(?:for|with respect to|in the case of)?\b(?:[^.]|\.(?=\d)){0,40}\b(?:breach of (?:section \S+ |its )?(?:confidential|obligations)|indemnif|gross negligence|wil?lful misconduct|fraud)/,
  /\b(?:except|excepting|excluding|other than)\b(?! to the extent)[^;:]{0,80}?\b(?:sections?|articles?|paragraphs?|clauses?) \(?[\divxlc]/,
  // "EXCEPT FOR AMOUNTS PAYABLE TO THIRD PARTIES IN CONNECTION WITH CLAIMS SUBJECT TO THE INDEMNIFICATION PROVISIONS".
  // "neither party shall be liable for consequential damages except to the extent payable under its indemnification
  // obligations" (only read in a cap or an exclusion, as above).
  /\bexcept to the extent\b(?:[^.;]|\.(?=\d)){0,120}\b(?:indemni\w*|confidential\w*|gross negligence|wil?lful misconduct|fraud)/,
  /^\W*(?:notwithstanding[^,]{0,80}, )?(?:and )?(?:except|excepting|excluding|other than|save (?:for|in respect of|as regards))\b(?! to the extent)(?:[^.;]|\.(?=\d)){0,160}\b(?:indemni\w*|confidential\w*|gross negligence|wil?lful misconduct|fraud)/,
];
/** "liability ... shall be unlimited" with the two words within `reach` characters, or "unlimited liability". */
function unlimitedLiability(reach: number): RegExp {
  return new RegExp(`\\b(?:liability|liable)\\b(?:[^.;]|\\.(?=\\d)){0,${reach}}\\b(?:unlimited|uncapped|(?<!including,? )without limit(?:ation)?(?!,))\\b|\\bunlimited liability\\b`);
}
/** Read on the whole sentence: "..., which shall be unlimited" sits far from its "liability". */
const UNLIMITED_IN_SENTENCE = unlimitedLiability(100);
/** Read on one part of a sentence split at "; provided that ...". */
const UNLIMITED_IN_PART = unlimitedLiability(40);
const NOT_UNLIMITED = /\bnot (?:be )?unlimited\b/;

/** A cap measured over a year without a month count: "annual fees", "in each Contract Year". */
const LOOKBACK_YEAR = /\b(?:annual|yearly|per year|(?:preceding|previous|prior|last) (?:(?:financial|fiscal|calendar|contract|subscription) )?year|in (?:any|each|every) (?:one )?(?:contract |calendar )?year|in (?:the|that|such|the relevant|the same) (?:contract|agreement|subscription|licen[cs]e) year|twelve-month|12-month)\b/;
/** Monthly plans: "the fees you paid us in the month before the claim". */
const LOOKBACK_MONTH = /\b(?:in|during|for) the (?:(?:previous|preceding|prior|last) )?(?:calendar |billing )?month (?:before|preceding|prior to|immediately)\b|\b(?:in|during|for) the (?:previous|preceding|prior|last) (?:calendar |billing )?month\b/;
const CONSEQUENTIAL = /\b(?:consequential|indirect|incidental|special|punitive|exemplary)\b[^.]{0,120}\b(?:damages?|losses?|loss)\b|\blost profits?\b|\bloss of (?:profits?|revenue|business|data|goodwill)\b/;
const EXCLUDING = /\b(?:(?:in|under) no (?:event|circumstances?|case)|not in any (?:event|circumstances?|case) be (?:liable|responsible) (?:to (?:the other|\w+) )?for|won't be (?:liable|responsible)|answerable|neither\b[^.;]{0,60}\b(?:will|shall|is|are|be) (?:be )?(?:liable|responsible)|neither (?:party|of us) (?:is|are)|(?:is|are) not (?:liable|responsible)|not be liable|no liability|not liable|exclude[sd]?|disclaim\w*|waive[sd]?|neither party (?:shall|will) (?:be|have)|shall not be (?:responsible|liable)|will not be (?:responsible|liable)|no party shall|not (?:be )?responsible)\b/;

export function liabilityFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  // Insurance sentences name "liability" cover and limits; read them only when they also cap a party's liability.
  if (/\binsur(?:ance|ed|er)\b/.test(n) && !/\b(?:aggregate|total|maximum|entire|cumulative) liabilit|\bliab\w*\b[^.;]{0,200}\b(?:exceed|limited to)\b/.test(n)) return out;

  // Caps.
  let capWord = CAP.exec(n);
  // "such expenses shall not exceed", "where the amount in dispute does not exceed": the ceiling is on something else.
  if (capWord && !/\b(?:liab\w*|damages)\b/.test(before(s, capWord.index, 80)) && /\b(?:expenses|costs|disbursements|amounts? (?:in (?:dispute|controversy)|claimed))\b(?:\s+\S+){0,2}\s*$/.test(before(s, capWord.index, 40))) capWord = null;
  // "In no case shall credits in a month exceed 15% of the Fees ... credits are your sole remedy": a credit cap.
  if (capWord && /\b(?:service )?credits?\b[^.;]{0,40}$/.test(before(s, capWord.index, 60)) && !/\bliab\w*\b/.test(n)) capWord = null;
  // "Client's sole remedy is a service credit of 5% ... for each half point of shortfall, up to a maximum of 10%".
  if (capWord && /\bservice credits?\b/.test(n) && !/\bliab\w*\b/.test(n)) capWord = null;
  // "Claims not exceeding NZ$30,000 may be referred to the Disputes Tribunal": a ceiling on a claim's size.
  if (capWord && !/\b(?:liab\w*|damages)\b/.test(before(s, capWord.index, 80)) && /\b(?:claims?|disputes?)\s+(?:(?:not|that do not|which do not)\s+|(?:of|for|in) (?:an? )?(?:amounts?|values?|sums?)\s+(?:not\s+)?)$/.test(before(s, capWord.index, 40))) capWord = null;
  // "liability for breach of clause 5 (Data Protection) shall not exceed GBP 2,500,000": a super-cap for one kind of
  // claim, not the general cap.
  // ("liability for breach of Section 5 will not exceed $2,000,000", Section 5 being Data Security.)
  const superCapLead = capWord === null ? '' : n.slice(0, capWord.index);
  // ("For breach of Section 5 (Data), Vendor's aggregate liability will not exceed": the breach named first.)
  const superCap = capWord !== null && (/\bliab\w*\b[^.;]{0,40}\b(?:for|arising (?:from|out of|under)|in respect of|relating to|under)\b[^.;]{0,80}\b(?:data (?:protection|breach\w*|security)|(?:customer )?data and security|security (?:breach\w*|incidents?)|personal data|phi|privacy)\b/.test(superCapLead)
    || /^\W*(?:for|in respect of) (?:a )?breach\w* of (?:sections?|clauses?|articles?) [\d.()a-z]+ \((?:customer )?(?:data|security|privacy|data protection|personal data)[^)]*\)/.test(superCapLead)
    // ("The Vendor's liability for incidents under clause 5.2 shall be limited to three (3) times", 5.2 being Incidents.)
    || (/\bliab\w*\b[^.;]{0,40}\b(?:for breach of|for [\w ]{1,30}? under|arising under) (?:sections?|clauses?|articles?) \d/.test(superCapLead) && /\b(?:data|security|privacy|incidents?)\b/.test(referencedHeadings(s, superCapLead))));
  if (capWord && !superCap && LIABILITY.test(n) && !/\bnotwithstanding\b[^.]{0,40}\bnot (?:apply|limit)\b/.test(n)) {
    const from = Math.max(0, capWord.index - 10);
    const money = findMoney(s.text).filter((m) => m.index >= from && !/\binsurance\b/.test(before(s, m.index, 40)));
    if (money[0]) out.push(candidate('liability.cap_amount', { amount: money[0].amount, currency: money[0].currency }, s, money[0]));
    // "US$1,000, REGARDLESS OF THE FEES YOU PAID": fees named only to say the cap does not depend on them.
    const regardless = (i: number): boolean => /\b(?:regardless|irrespective|independent(?:ly)?) of (?:the |any |all )?(?:\w+ )?$/.test(before(s, i, 40));
    const multiples = findFeeMultiples(s.text).filter((m) => m.index >= from && !regardless(m.index));
    const tail = n.slice(from);
    const feesFound = FEES_MEASURE.exec(tail);
    const feesAt = feesFound && !regardless(from + feesFound.index) ? feesFound : null;
    if (multiples[0]) {
      out.push(candidate('liability.cap_multiple', multiples[0].value, s, multiples[0]));
    } else if (feesAt) {
      out.push(candidate('liability.cap_multiple', 1, s, { index: from + feesAt.index, length: feesAt[0].length }));
    }
    if (multiples[0] || feesAt) {
      const look = durations(s, 'months').find((d) => {
        const b = before(s, d.index, 40);
        const a = after(s, d.index, d.length, 50);
        return d.index >= from && (/\b(?:in|during|for|over|within|the|prior|preceding|previous|last)\s*(?:\(\s*)?$/.test(b) || /\b(?:the|in|during)\b/.test(b)) && /\b(?:preceding|prior|before|immediately|period|previous|last|past|leading up|giving rise|during)\b/.test(a + ' ' + b);
      });
      if (look) out.push(durationCandidate('liability.cap_lookback_months', look, s));
      else if (LOOKBACK_MONTH.test(n)) {
        const m = LOOKBACK_MONTH.exec(n)!;
        out.push(candidate('liability.cap_lookback_months', 1, s, { index: m.index, length: m[0].length }));
      } else if (LOOKBACK_YEAR.test(n)) {
        const m = LOOKBACK_YEAR.exec(n)!;
        out.push(candidate('liability.cap_lookback_months', 12, s, { index: m.index, length: m[0].length }));
      }
    }
  }

  // "IBM is liable for no more than:" followed by "(c) ... up to the greater of $100,000 or the charges paid": the
  // ceiling is read from the list items that continue the opener, each from its own sentence.
  if (capWord && LIABILITY.test(n) && /:\s*$/.test(n) && !out.some((c) => c.fact.startsWith('liability.cap_'))) {
    // "limited to the lesser of: (a) the Fees paid ... in the six (6) months before ...; and (b) $250,000": the items are
    // the two measures of one cap, so both are read (otherwise the first item with a ceiling is the general cap).
    const alternatives = /\b(?:lesser|greater|lower|higher) of\s*:\s*$/.test(n);
    let amountRead = false;
    let multipleRead = false;
    for (const item of s.next) {
      if (!continuesList(s, item)) break;
      const money: ReturnType<typeof findMoney> = amountRead ? [] : findMoney(item.text).filter((m) => !/\binsurance\b/.test(before(item, m.index, 40)));
      const multiple: ReturnType<typeof findFeeMultiples>[number] | undefined = multipleRead ? undefined : findFeeMultiples(item.text)[0];
      if (money[0]) out.push(candidate('liability.cap_amount', { amount: money[0].amount, currency: money[0].currency }, item, money[0]));
      if (multiple) {
        out.push(candidate('liability.cap_multiple', multiple.value, item, multiple));
        const lookback = alternatives ? durations(item, 'months').find((d) => /^\W*(?:before|preceding|prior to|immediately)/.test(after(item, d.index, d.length, 20))) : undefined;
        if (lookback) out.push(durationCandidate('liability.cap_lookback_months', lookback, item));
      }
      amountRead ||= money.length > 0;
      multipleRead ||= multiple !== undefined;
      if (!alternatives ? amountRead || multipleRead : amountRead && multipleRead) break;
    }
  }

  // Uncapped: expressly unlimited, or carve-outs outside the cap (not a carve-out with its own higher cap).
  const capSentence = capWord !== null && LIABILITY.test(n) && (FEES_MEASURE.test(n) || findMoney(s.text).length > 0 || findFeeMultiples(s.text).length > 0);
  // "NEITHER PARTY NOR ANY OF ITS AFFILIATES SHALL BE LIABLE FOR ... CONSEQUENTIAL DAMAGES" excludes them too.
  const consequentialSentence = CONSEQUENTIAL.test(n) && (excludes(n) || /\b(?:neither|no) party\b[^.;]{0,80}\b(?:be liable|have any liability|be entitled to recover|be responsible)\b/.test(n));
  const carvedOut = (capSentence || consequentialSentence) && (CARVE_OUT_SENTENCE.some((re) => re.test(n)) || definedCarveOut(s, n) !== null);
  const isUncapped = (text: string): boolean => UNCAPPED_SENTENCE.some((re) => re.test(text)) || (carvedOut && (CARVE_OUT_SENTENCE.some((re) => re.test(text)) || definedCarveOut(s, text) !== null));
  const carveOutAt = (): { index: number; length: number } => {
    const m = [...UNCAPPED_SENTENCE, ...CARVE_OUT_SENTENCE].map((re) => re.exec(n)).find((x) => x !== null);
    return m ? { index: m.index, length: m[0].length } : definedCarveOut(s, n) ?? { index: 0, length: 0 };
  };
  if (carvedOut && !capSentence && !UNCAPPED_SENTENCE.some((re) => re.test(n))) {
    // A carve-out from the consequential-damages exclusion only: some liability is unlimited, but which items are
    // wholly outside the cap is not said here.
    out.push(candidate('liability.uncapped', true, s, carveOutAt(), { rank: 1 }));
  } else if (isUncapped(n) && !indemnityNotApplicable(n) && (/\b(?:liab\w*|damages?|limitations? of liability|caps?)\b/.test(n) || /\bindemni[^|]{0,40}\|\s*(?:unlimited|uncapped)\b/.test(n) || s.topics.has('limitation-of-liability') || /\bliabilit/.test(referencedHeadings(s, n)) || refersToCapClause(s, n))) {
    // Split at "; provided that ... / for which ...": a part with its own cap takes its items (or, after
    // "for which", the previous part's items) out of the uncapped list.
    const pieces = n.split(/(;|\bprovided(?:,)? (?:however,? )?that\b|\bexcept that\b|\bfor which\b|, which\b|\bin which case\b)/);
    const ownCap = /\b(?:super ?cap|(?:shall|will) not exceed|capped at|limited to|times|\d+\s*x)\b/;
    const uncappedItems = new Set<string>();
    const cappedItems = new Set<string>();
    let previous: string[] = [];
    let lastItems: string[] = [];
    // Read on the whole sentence too: "..., which shall be unlimited" splits the liability from its "unlimited".
    let generalUnlimited = UNLIMITED_IN_SENTENCE.test(n) && !NOT_UNLIMITED.test(n);
    let continuing = false;
    for (let i = 0; i < pieces.length; i += 2) {
      const text = pieces[i]!;
      const sep = i > 0 ? pieces[i - 1]! : '';
      // "obligations under Section 7" counts as what Section 7 is about (its heading).
      // A section seen giving an indemnity counts as indemnification whatever its heading ("Defense of claims").
      // "This warranty is not subject to the limitation", said of the indemnity just given, is the indemnity.
      // "THE LIMITS IN THIS SECTION 8 DO NOT APPLY TO ...": the section named is where the limit sits, not what leaves it.
      const refText = text.replace(LIMIT_LOCATION, ' ');
      const indemnityRef = (/\b(?:sections?|clauses?|articles?|paragraphs?) \(?\d/.test(refText) && isIndemnityReference(s, refText))
        || (s.topics.has('indemnification') && /^\W*(?:this|such|that|the foregoing) (?:warranty|indemnity|guarantee|undertaking|obligation|protection|defen[cs]e obligation)\b/.test(text)) ? ' indemnification' : '';
      const itemsHere = listItems(`${text} ${referencedHeadings(s, refText)}${indemnityRef} ${carvedOutTerms(s, text).map((d) => `${d.definition} ${referencedHeadings(s, d.definition)}`).join(' ')}`, UNCAPPED_ITEMS);
      const ownUncapped = isUncapped(text);
      const cappedHere = ownCap.test(text) && !ownUncapped;
      // "(a) ...; (b) ...": a list that goes on after a semicolon stays uncapped.
      // So does a relative clause without its own cap ("... for a matter for which such party is entitled to
      // indemnification").
      const uncappedHere: boolean = ownUncapped || ((sep === ';' || sep === 'for which' || sep === ', which') && continuing && !cappedHere);
      if (uncappedHere) itemsHere.forEach((x) => uncappedItems.add(x));
      // "EXCEPT FOR COMPANY'S OBLIGATION TO PAY FEES, WHICH SHALL NOT BE LIMITED BY THIS SECTION": the part before
      // "which" is what is not limited.
      // ("... FRAUD OR WILLFUL MISCONDUCT, FOR WHICH NO LIMIT APPLIES" likewise.)
      if (/for which|, which/.test(sep) && LIMIT_LIFTED.test(text)) lastItems.forEach((x) => uncappedItems.add(x));
      lastItems = itemsHere;
      if (cappedHere) {
        itemsHere.forEach((x) => cappedItems.add(x));
        if (/for which|, which|in which case/.test(sep)) previous.forEach((x) => cappedItems.add(x));
      }
      if (UNLIMITED_IN_PART.test(text) && !NOT_UNLIMITED.test(text)) generalUnlimited = true;
      previous = uncappedHere ? itemsHere : [];
      continuing = uncappedHere;
    }
    const items = UNCAPPED_ITEMS.map(([x]) => x).filter((x) => uncappedItems.has(x) && !cappedItems.has(x));
    const negatedUnlimited = NOT_UNLIMITED.test(n);
    // "... do not apply to obligations under Section 9": a carve-out by number whose heading we cannot read.
    const uncappedAt = UNCAPPED_SENTENCE.map((re) => re.exec(n)).find((x) => x !== null);
    const byNumber = uncappedAt !== undefined && /\b(?:sections?|clauses?|articles?|paragraphs?) \(?\d/.test(n.slice(uncappedAt.index + uncappedAt[0].length));
    // A carve-out by section number ("EXCEPT UNDER SECTIONS 15 AND 16") leaves liability uncapped without naming items.
    if (!negatedUnlimited && (items.length > 0 || generalUnlimited || carvedOut || byNumber)) {
      const at = carveOutAt();
      out.push(candidate('liability.uncapped', true, s, at));
      // A list cut off at ";" may go on in the next clause (PDF list items become sub-clauses).
      if (/(?:[;:]|\b(?:and|or))\s*$/.test(n) && s.clause.number) openLists.set(s.sectionHeadings, { number: s.clause.number, clauseIndex: s.clauseIndex });
      if (items.length > 0) out.push(candidate('liability.uncapped_for', items, s, at));
      // "DO NOT APPLY TO YOUR OBLIGATIONS UNDER SECTION 9(b)": the customer's indemnity leaving the cap says nothing of ours.
      if (items.includes('indemnification') && !customerIndemnityOnly(s, n)) out.push(candidate('indemnity.uncapped', true, s, at));
    }
  }
  noteIndemnityClause(s);
  if (capSentence) noteCapClause(s);
  // The indemnity expressly inside the cap: "subject to", "counts towards", "is within the cap", or a cap "including
  // under its indemnities".
  const subjectToCap = /\bindemni\w*(?:[^.;]|\.(?=\d)){0,80}\b(?:subject to|limited by|count(?:s)? towards?|(?:is|are|falls?|fall|remains?|sits?) (?:within|inside))\b[^.;]{0,40}\b(?:limitations?|cap|limits?|section \S+ \(limitation)/.exec(n)
    ?? (capSentence ? /\bincluding (?:\w+ ){0,2}(?:under|for|in respect of|arising from) (?:its |the |any |their |each party's |either party's )?indemni/.exec(n) : null)
    // "OUR TOTAL LIABILITY, INCLUDING UNDER SECTION 9(a), WILL NOT EXCEED": a section seen giving an indemnity.
    ?? (capSentence ? includedIndemnitySection(s, n) : null)
    // "We shall defend the Resort against any claim ... and pay any damages finally awarded, subject to Article 7",
    // Article 7 being Liability.
    ?? (GIVES_INDEMNITY.test(n) ? subjectToLiabilitySection(s, n, true) : null);
  // "These obligations are not subject to the limit in Clause 9.2", said in an indemnity clause of the indemnity just given.
  const thisIndemnityUncapped = s.topics.has('indemnification') ? /^\W*(?:this|these|such|that|the foregoing) (?:obligation|indemnit(?:y|ies)|undertaking|defen[cs]e obligation)s? (?:is|are|shall|will) not (?:be )?(?:subject to|limited by) (?:the |any )?(?:limitations?|limits?|caps?)\b/.exec(n) : null;
  if (subjectToCap && !/\bnot (?:be )?subject to\b/.test(n)) out.push(candidate('indemnity.uncapped', false, s, { index: subjectToCap.index, length: subjectToCap[0].length }));
  else if (thisIndemnityUncapped) out.push(candidate('indemnity.uncapped', true, s, { index: thisIndemnityUncapped.index, length: thisIndemnityUncapped[0].length }));
  else {
    // "Provider's obligations under Section 10.1 are subject to the limitations in Section 11", 10 being Indemnities;
    // "The limits in this Section 9 apply to Provider's obligations under Section 8", 8 being an earlier defence clause.
    const subject = /\b(?:are|is|shall be|will be|remain) subject to,? (?:the )?(?:exclusions and )?(?:limitations?|cap|limits?)\b|\b(?:forms?|shall form) part of,? (?:and (?:is|are) (?:limited|capped) by,? )?(?:the )?(?:cap|limit|limitation)\b|\b(?:is|are|shall be|will be) (?:limited|capped) by,? (?:the )?(?:cap|limit|limitation)\b|\bcounts? towards,? (?:and [^.;]{0,30})?(?:the )?(?:limitations?|cap|limits?)\b/.exec(n)
      // "Provider's obligations under Section 9(a) remain subject to Section 10(b)", 10 being Limitation of Liability.
      ?? subjectToLiabilitySection(s, n);
    const applies = /\b(?:limits?|limitations?|caps?)\b[^.;]{0,60}\b(?:apply|applies|shall apply|will apply) (?:equally )?to\b/.exec(n);
    // "This obligation is subject to Article 10", said in an indemnity clause of the indemnity just given.
    const thisIndemnity = s.topics.has('indemnification') && /^\W*(?:this|such|that|the foregoing) (?:obligation|indemnity|undertaking|defen[cs]e obligation)s? (?:is|are|shall be|will be|remains?) subject to\b/.test(n);
    if (subject && (thisIndemnity || isIndemnityReference(s, n.slice(0, subject.index)))) out.push(candidate('indemnity.uncapped', false, s, { index: subject.index, length: subject[0].length }));
    else if (applies && !/\bnot\b/.test(applies[0]) && !/\bno\s*$/.test(n.slice(Math.max(0, applies.index - 4), applies.index)) && /^[^.;]{0,60}?\b(?:indemni|(?:obligations?|liabilit\w*|claims?) under (?:this )?(?:sections?|clauses?|articles?) \d)/.test(n.slice(applies.index + applies[0].length))
      && isIndemnityReference(s, n.slice(applies.index + applies[0].length))) {
      out.push(candidate('indemnity.uncapped', false, s, { index: applies.index, length: applies[0].length }));
    }
  }

  out.push(...listContinuation(s));

  // Consequential damages excluded.
  const cons = CONSEQUENTIAL.exec(n);
  // "Liability for indirect and consequential loss ... is not excluded, but counts towards the limits".
  const notExcluded = cons ? /^[^.;]{0,150}?\b(?:is|are|shall|will) not (?:be )?(?:excluded|disclaimed)\b/.exec(n.slice(cons.index)) : null;
  if (cons && notExcluded) out.push(candidate('liability.consequential_excluded', false, s, { index: cons.index, length: cons[0].length }));
  else if (cons && excludes(n)) out.push(candidate('liability.consequential_excluded', true, s, { index: cons.index, length: cons[0].length }));
  return out;
}

/** "remain subject to Section 10(b)" where the section named is about liability. */
function subjectToLiabilitySection(s: SentenceView, n: string, bare = false): RegExpExecArray | null {
  const m = (bare ? /\bsubject to,? (?:sections?|clauses?|articles?|paragraphs?) \d[\w.()]*/ : /\b(?:are|is|shall be|will be|remains?) subject to,? (?:sections?|clauses?|articles?|paragraphs?) \d[\w.()]*/).exec(n);
  return m && /\b(?:liabilit|limitation)/.test(referencedHeadings(s, m[0])) ? m : null;
}

/** Defined terms the text takes out of a limit: "except for Excluded Claims", "no limitation applies to Excluded Claims". */
function carvedOutTerms(s: SentenceView, text: string): Array<{ term: string; index: number; definition: string }> {
  if (s.definitions.size === 0) return [];
  return referencedDefinitions(s, text).filter((d) => /\b(?:(?:except|excepting|excluding|other than|save)\b(?: (?:for|with respect to|in respect of|in the case of|as to))?|(?:apply|applies|extend|extends) to) (?:any |the |a party's |an? )?$/.test(text.slice(Math.max(0, d.index - 40), d.index)));
}

/**
 * "EXCEPT FOR EXCLUDED CLAIMS, ...": a carve-out by a defined term whose definition names liabilities that leave
 * the cap (indemnities, fraud, ...). Where the term is used, or null.
 */
function definedCarveOut(s: SentenceView, text: string): { index: number; length: number } | null {
  // The definition may name sections only ("obligations under Section 11"): read them by their headings.
  const d = carvedOutTerms(s, text).find((x) => listItems(`${x.definition} ${referencedHeadings(s, x.definition)}`, UNCAPPED_ITEMS).length > 0);
  return d ? { index: d.index, length: d.term.length } : null;
}

/** Per document (keyed by its section-heading map): clause numbers whose text gives an indemnity or a defence. */
const indemnityClauses = new WeakMap<object, Set<string>>();
const GIVES_INDEMNITY = /\bindemnif(?:y|ies)\b|\bhold (?:\w+ ){0,3}harmless\b|\bdefend\b[^.;]{0,60}\b(?:against|from) (?:any|all)\b|\bsettle (?:the|that|such|any) claim at its (?:own )?(?:cost|expense)\b/;

/** Records the sentence's clause when it gives an indemnity, so later cross-references can be read. */
function noteIndemnityClause(s: SentenceView): void {
  const key = clauseKey(s.clause.number);
  if (!key || !GIVES_INDEMNITY.test(s.norm)) return;
  const seen = indemnityClauses.get(s.sectionHeadings) ?? new Set<string>();
  seen.add(key);
  indemnityClauses.set(s.sectionHeadings, seen);
}

/** The text names an indemnity, or refers by number to a section headed as one or seen giving one. */
/** Headings of clauses that give an indemnity: "Indemnities", "Infringement Claims", "Intellectual property claims". */
const INDEMNITY_HEADING = /\bindemni|\b(?:infringement|third[- ]party|intellectual property) claims?\b/;

function isIndemnityReference(s: SentenceView, text: string): boolean {
  if (/\bindemni/.test(text) || INDEMNITY_HEADING.test(referencedHeadings(s, text))) return true;
  // "Provider's obligations under this Article", said under the heading "Intellectual Property Indemnity".
  // (Or said in the very clause that gives the indemnity, whatever its heading.)
  if (/\b(?:obligations?|liabilit\w*|claims?) under this (?:article|section|clause|paragraph)\b(?!\s*\(?\d)/.test(text) && (INDEMNITY_HEADING.test(s.headings) || s.headingTopics.has('indemnification') || /\b(?:indemnif\w*|defend\w*|hold\w* (?:\w+ )?harmless)\b/i.test(s.clause.text))) return true;
  const seen = indemnityClauses.get(s.sectionHeadings);
  if (!seen) return false;
  for (const m of text.matchAll(/\b(?:sections?|clauses?|articles?|paragraphs?) \(?(\d+(?:\.\d+)*)/g)) {
    const ref = m[1]!;
    for (const key of seen) if (key === ref || key.startsWith(ref + '.')) return true;
  }
  return false;
}

/** "including under Section 9(a)" in a cap sentence, where Section 9 gives an indemnity. */
function includedIndemnitySection(s: SentenceView, n: string): RegExpExecArray | null {
  const m = /\bincluding (?:\w+ ){0,2}(?:under|for|in respect of|arising (?:from|under)) ((?:sections?|clauses?|articles?|paragraphs?) \(?\d[\w.()]{0,12})/.exec(n);
  return m && isIndemnityReference(s, m[1]!) ? m : null;
}

/** The only indemnification the text names is the customer's ("your obligations under Section 9(b)"). */
function customerIndemnityOnly(s: SentenceView, n: string): boolean {
  const { customer, vendor } = indemnityOwnerPatterns(s.roles);
  return customer.test(n) && !vendor.test(n);
}

const INDEMNITY_OWNER_PATTERNS = new WeakMap<Roles, { customer: RegExp; vendor: RegExp }>();
/**
 * Whose indemnity or obligations a carve-out names, compiled once per document: the document's own names count too
 * ("FARM'S OBLIGATIONS UNDER SECTION 9(b)").
 */
function indemnityOwnerPatterns(roles: Roles): { customer: RegExp; vendor: RegExp } {
  let res = INDEMNITY_OWNER_PATTERNS.get(roles);
  if (res === undefined) {
    const names = (words: readonly string[]): string => words.map((w) => `|${escapeRegExp(w.toLowerCase())}`).join('');
    res = {
      customer: new RegExp(`\\b(?:your|(?:the )?(?:customer|client|licensee|subscriber|buyer|purchaser${names(roles.customer)})'s) (?:\\w+ ){0,2}(?:indemni\\w*|obligations? under (?:sections?|clauses?|articles?|paragraphs?) \\(?\\d)`),
      vendor: new RegExp(`\\b(?:either|each|a|any|the other) party's\\b|\\bour (?:\\w+ )?(?:indemni|obligations)|\\b(?:provider|supplier|vendor|licensor|company|service provider${names(roles.vendor)})'s (?:\\w+ ){0,2}(?:indemni|obligations)|\\bmutual\\b`),
    };
    INDEMNITY_OWNER_PATTERNS.set(roles, res);
  }
  return res;
}

/** Per document: clause numbers whose text sets a cap, so "Clause 9.3 does not limit ..." reads as a carve-out. */
const capClauses = new WeakMap<object, Set<string>>();

function noteCapClause(s: SentenceView): void {
  const key = clauseKey(s.clause.number);
  if (!key) return;
  const seen = capClauses.get(s.sectionHeadings) ?? new Set<string>();
  seen.add(key);
  capClauses.set(s.sectionHeadings, seen);
}

function refersToCapClause(s: SentenceView, n: string): boolean {
  const seen = capClauses.get(s.sectionHeadings);
  if (!seen) return false;
  for (const m of n.matchAll(/\b(?:sections?|clauses?|articles?|paragraphs?) \(?(\d+(?:\.\d+)*)/g)) if (seen.has(m[1]!)) return true;
  return false;
}

const EXCLUDING_ALL = new RegExp(EXCLUDING.source, 'g');

/** An exclusion is stated; "Nothing in this clause excludes liability for loss of profits" states none. */
function excludes(n: string): boolean {
  for (const m of n.matchAll(EXCLUDING_ALL)) {
    if (/^(?:exclude|disclaim|waive)/.test(m[0]) && /\b(?:nothing|not|no)\b[^.;]{0,40}$/.test(n.slice(Math.max(0, m.index - 60), m.index))) continue;
    return true;
  }
  return false;
}

/** "The indemnification provided for in Section 8(b) shall not be applicable to ...": the indemnity's own scope, not a
 * carve-out from a cap. */
function indemnityNotApplicable(n: string): boolean {
  // "obligations under this Clause 8 are subject to the limits in Clause 9 and do not apply to claims arising from
  // Client Data": the obligations, not the limits, do not apply.
  if (/\b(?:are|is) subject to (?:the )?(?:limits?|limitations?|caps?)\b[^.;,]{0,40}\band (?:do|does|shall|will) not (?:apply|extend)\b/.test(n)) return true;
  const m = /\b(?:indemnif\w*|indemnit(?:y|ies)|(?:foregoing|such|this) obligations?)\b[^.;]{0,50}\b(?:shall|will|does|do|is|are) not (?:be )?(?:apply|applicable)\b/.exec(n);
  return m !== null && !/\b(?:limitations?|limits?|caps?|exclusions?)\b/.test(n.slice(0, m.index + m[0].length));
}

/** Per document: the clause whose carve-out list ended with ";" and may go on in the next clause. */
const openLists = new WeakMap<object, { number: string; clauseIndex: number }>();

/** "Clauses 11.1 and 11.2 do not apply to liability for (a) death ...;" then, as clause 11.3(b), "fraud; (c) ...". */
function listContinuation(s: SentenceView): Candidate[] {
  const open = openLists.get(s.sectionHeadings);
  if (!open || s.position !== 0 || s.clauseIndex === open.clauseIndex) return [];
  openLists.delete(s.sectionHeadings);
  if (s.clauseIndex !== open.clauseIndex + 1 || !s.clause.number?.startsWith(`${open.number}(`)) return [];
  const items = s.norm.split(';').filter((part) => !/\b(?:super ?cap|(?:shall|will) not exceed|capped at|limited to)\b/.test(part))
    .flatMap((part) => listItems(`${part} ${referencedHeadings(s, part)}`, UNCAPPED_ITEMS));
  const found = UNCAPPED_ITEMS.map(([x]) => x).filter((x) => items.includes(x));
  if (found.length === 0) return [];
  if (/(?:[;:]|\b(?:and|or))\s*$/.test(s.norm)) openLists.set(s.sectionHeadings, { number: open.number, clauseIndex: s.clauseIndex });
  const out = [candidate('liability.uncapped_for', found, s)];
  if (found.includes('indemnification')) out.push(candidate('indemnity.uncapped', true, s));
  return out;
}
