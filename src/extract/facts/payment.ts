// payment.net_days and payment.late_interest_percent_per_month.
import { subjectRole } from '../parties.js';
import { findPercents } from '../values/index.js';
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

/** The sentence states a payment obligation or a payment term. */
const PAYMENT_SENTENCE = /\b(?:pay|pays|paid|payable|payment|payments|due|invoice[sd]?|invoicing|remit|remitted|settle[ds]?)\b/;
/** What a payment period runs from. */
const PAYMENT_ANCHOR = /^[^.;]{0,12}\b(?:of|after|from|following|upon)\b[^.;]{0,40}\b(?:invoice|receipt|receives? it|receiving (?:it|them|the invoice|each invoice|such invoice)|billing|statement|date of|the date|its (?:date|issue date)|issuance|issue|delivery|acceptance|end of (?:the|each) (?:month|quarter))/;
/** Words right before the number that tie it to payment timing. */
const TIMING_BEFORE = /(?:within|in|no later than|not later than|on or before|than|net|payable|due|paid|terms? of|(?:payment )?terms? (?:of payment )?(?:are|is|shall be)|period of)\s*(?:\(\s*)?$/;
/** A duration after these words is a dispute window, a suspension trigger or lateness, not the payment term. */
// "disbursed by Vendor within ten business days", "remit Guest Payments ... within seven days": money the vendor pays out
// (but "remit payment of each invoice" is the customer paying). "Hardware ships within ten (10) days ... and is invoiced
// on shipment": a delivery time.
const TRAP_BEFORE = /\b(?:(?:disburs\w*|remit(?:s|ted|ting)?|pa(?:y|ys|id) out)\b(?![^.;]{0,30}\binvoices?\b)|dispute[sd]?|contest|object(?:ions?)?|observations?|quer(?:y|ies)|challenge|overdue|past due|delinquent|outstanding for|(?:is|are|becomes?|remains?) (?:more than|in excess of)|late by|remains? unpaid|unpaid for|fails? to pay|suspend|notify|notice|(?:prompt[- ]payment |early[- ]payment )?discount)\b[^.;]{0,40}$|\b(?:aims?|aiming|endeavou?rs?|strives?|targets?) to pay\b[^.;]{0,70}$|\b(?:ships?|shipped|dispatch(?:es|ed)?|(?:is|are|will be|shall be) (?:delivered|shipped|dispatched|installed))\s+within\s*$/;
const TRAP_SENTENCE = /\b(?:change (?:of|in) (?:its )?address|dispute[sd]? (?:any|an|the) (?:invoice|amount|charge)|in good faith dispute)|\b(?:credits?|refunds?|rebates?)\b[^.;]{0,120}\b(?:paid|refunded|repaid) to (?:the )?(?:customer|client|licensee|buyer|purchaser|company|you)\b/;
/** The supplier's time to send an invoice ("shall invoice monthly within 30 days after month end"), not to pay one. */
// ...nor "Invoices are issued through e-Factura and transmitted within five (5) days of their issue date".
const INVOICING_BEFORE = /\binvoices? (?:are|is|shall be|will be) (?:issued|sent|submitted|transmitted|rendered|raised|delivered)\b(?:(?!\b(?:pa(?:y|id|yable|yment)|due)\b)[^.;]){0,80}$|\b(?:(?:shall|will|may|must|to) (?:invoice|bill)|(?:invoices|bills) (?:the |all |its |each )?(?:[\w-]+ ){0,2}(?:charges|fees?|amounts|services)|(?:issue|submit|send|render|deliver)s? (?:an |its |the |all )?(?:[\w-]+ ){0,2}invoices?)\b(?:(?!\b(?:pa(?:y|id|yable|yment)|due)\b)[^.;]){0,110}$/;
/** An exception for disputed amounts inside the payment sentence: "(other than|except for) amounts disputed in good faith,". */
const DISPUTE_EXCEPTION = /\b(?:except(?: for)?|other than|excluding|save(?: for)?|apart from|less|minus|net of)\b[^.;,()]{0,60}\bdisput\w*[^.;,()]{0,30}(?:,|\))|\((?:except|other than|excluding|save)[^.;()]{0,80}\)/g;
/** Table rows and labels: "Payment Terms | Net 60", "Payment terms: 45 days", "Payment due | 14 days from invoice date". */
const PAYMENT_LABEL = /\b(?:payment terms?|terms of payment)\s*[:|\-–]\s*|^payment(?: due| period| deadline)?\s*[:|]\s*|^(?:invoice )?due date\s*[:|]\s*(?=[^|]*\b(?:after|from|of) (?:the )?(?:date of (?:the )?)?invoice)/;

export function paymentFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (PAYMENT_SENTENCE.test(n) || PAYMENT_LABEL.test(n)) {
    const label = PAYMENT_LABEL.exec(n);
    for (const d of durations(s, 'days')) {
      // Wide enough for "submit invoices no more often than monthly, and in any event within 60 days".
      const b = before(s, d.index, 90);
      const a = after(s, d.index, d.length);
      // "Net 30", and "twenty-one (21) days net from the invoice date".
      const isNet = /^net\b/.test(n.slice(d.index, d.index + 4)) || /^\s*net\b/.test(a);
      const labelled = label !== null && label.index + label[0].length >= d.index - 2 && label.index < d.index;
      if (!isNet && !labelled) {
        // "pay each invoice, except amounts disputed in good faith, within 45 days": the exception is no dispute window.
        const bOwn = b.replace(DISPUTE_EXCEPTION, ' ');
        // (The invoicing verb may sit further back: "issue VAT invoices electronically, through the ... System where the
        // law so requires, within seven (7) days".)
        if (TRAP_SENTENCE.test(n) || TRAP_BEFORE.test(bOwn) || INVOICING_BEFORE.test(before(s, d.index, 160)) || !TIMING_BEFORE.test(b)) continue;
        // "within 30 days of invoice" / "due 60 days after receipt"; a bare "pay each invoice within 30 days"
        // counts too, but not "within 30 days of termination".
        const anchored = PAYMENT_ANCHOR.test(a);
        const bare = /\binvoice/.test(n) && /\b(?:pay|pays|payable|paid|due)\b/.test(n) && !/^[^.;]{0,12}\b(?:of|after|from|following|prior|before)\b/.test(a);
        if (!anchored && !bare) continue;
      }
      if (d.value <= 0 || d.value > 365) continue;
      out.push(durationCandidate('payment.net_days', d, s, isNet || labelled ? 0 : 1));
      break;
    }
  }
  out.push(...lateInterest(s));
  return out;
}

const LATE_CONTEXT = /\b(?:late|overdue|default interest|in (?:payment )?default|from the due date|past[- ]due|unpaid|outstanding|delinquent|not paid|not received|when due|after (?:the )?due date|fails? to pay|(?:do|does|did) not pay|on time|arrears)\b/;
const INTEREST = /\b(?:interest|(?:delay|late[- ]payment|default) damages|late[- ](?:payment )?(?:charges?|fees?|surcharges?)|(?:late[- ]payment )?surcharge|finance charge|service charge)\b/;
const FLOATING = /\b(?:monetary )?policy rate\b|\bkey (?:policy |interest )?rate\b|\b(?:central|national|reserve) bank(?: of [\w ]{2,30}?)?(?:'s)? (?:base |reference |refinancing |discount )?rate\b|\bcash rate\b|\b(?:over|above|plus|\+)\s+(?:the\s+)?(?:base|prime|reference|libor|sofr|euribor|bank of england|federal funds|statutory|ecb)\b|\bprime (?:lending )?rate\b|\bbase (?:lending )?rate\b|\brepo rate\b|\b(?:over|above|plus)\s+(?:the\s+)?european central bank\b|\bmain refinancing (?:operations? )?rate\b|\b(?:over|above|plus)\s+(?:the\s+)?(?:prevailing\s+|published\s+|applicable\s+|current\s+|then[- ]current\s+)?(?:[\w-]+\s+){0,2}(?:lending|interest|bank|discount|refinancing|rediscount) rate\b/;
const PER_MONTH = /^\s*(?:per|a|each|every)\s+(?:calendar\s+)?month|^\s*monthly/;
/** "0.05% of the overdue amount for each day of delay", "0.1% per day". */
const EACH_DAY = String.raw`[^.;%]{0,50}?\b(?:per|for each|for every|each|a|every) (?:calendar )?day\b`;
/** Right after a percent: the rate is daily. */
const PER_DAY = new RegExp(`^${EACH_DAY}`);
/** Anywhere in the sentence: a percent that is daily. */
const PER_DAY_RATE = new RegExp(`%${EACH_DAY}`);
const PER_YEAR = /^\s*(?:per|a|each)\s+(?:annum|year)|^\s*(?:annually|annual|p\.a\.)/;

function lateInterest(s: SentenceView): Candidate[] {
  const n = s.norm;
  // A "Late Payment | 1% per month on overdue balances" row names no interest but states a periodic rate.
  const rateRow = /\blate payments?\b/.test(n) && /%\s*(?:per|a|each) (?:calendar )?(?:month|annum|year)\b/.test(n);
  // "a penalty of 0.05% of the overdue amount for each day of delay": a periodic penalty is interest by another name
  // (a one-off penalty is not).
  // ("If the Vendor is late in remitting Ticket Proceeds, the Foundation is entitled to a penalty": our lateness.)
  const lateParty = /\b(?:is|are) late\b|\bdelays?\b|\bfails? to pay\b/.exec(n);
  const periodicPenalty = /\bpenalt(?:y|ies)\b/.test(n) && PER_DAY_RATE.test(n) && !(lateParty && subjectRole(s.text, lateParty.index, s.roles) === 'vendor');
  if (!(INTEREST.test(n) || rateRow || periodicPenalty) || !LATE_CONTEXT.test(n)) return [];
  const noInterest = /\bno (?:late[- ]payment )?interest\b|\bno (?:late )?fees?,? interest\b|\bno (?:late )?(?:fees?|charges?)(?:,? (?:penalties|charges))?,? or interest\b|\binterest[- ]free\b|\bwithout interest\b|\b(?:shall|will|may) not (?:charge|accrue|bear|impose|levy)\b[^.;]{0,20}\binterest\b|\b(?:shall|will) not be (?:liable|responsible) for (?:any )?interest\b/.exec(n);
  // ("No late fee, interest or other charge will accrue on amounts disputed in good faith" says nothing of undisputed ones.)
  if (noInterest && !/\b(?:on|to) (?:any )?(?:amounts?|sums?|invoices?)\b[^.;]{0,30}(?<!\bwhether or not )\bdisput(?:ed|es)\b|\bdisputed (?:amounts?|sums?|invoices?)\b/.test(n.slice(noInterest.index))) return [candidate('payment.late_interest_percent_per_month', 0, s, { index: noInterest.index, length: noInterest[0].length })];
  if (FLOATING.test(n)) return [];
  // A percent with its own period ("1% per month") beats one without (a flattened table row may hold several).
  const perDay = (p: { index: number; length: number }): boolean => PER_DAY.test(after(s, p.index, p.length, 60));
  const periodic = (p: { index: number; length: number; per: unknown }): boolean => p.per !== null || PER_MONTH.test(after(s, p.index, p.length, 25)) || PER_YEAR.test(after(s, p.index, p.length, 25)) || perDay(p);
  const found = findPercents(s.text);
  const percents = [...found.filter(periodic), ...found.filter((p) => !periodic(p))];
  for (const p of percents) {
    const a = after(s, p.index, p.length, 25);
    let per = p.per;
    if (per === null) per = PER_MONTH.test(a) ? 'month' : PER_YEAR.test(a) ? 'year' : /\bmonthly\b/.test(n) ? 'month' : /\b(?:per annum|annual|annually|per year|a year)\b/.test(n) ? 'year' : null;
    // A daily rate counts thirty days to the month, as facts.md counts a month. ("For each day of delay the Client shall
    // pay ... interest of 0.05 per cent" names the day before the rate.)
    const dayBefore = p.value <= 0.5 && /\b(?:for|per) (?:each|every) (?:calendar )?day (?:of (?:delay|late payment|default))?\b/.test(n.slice(0, p.index));
    if (per === null && (dayBefore || perDay(p))) return [candidate('payment.late_interest_percent_per_month', Math.round(p.value * 30 * 1000) / 1000, s, p)];
    // Unqualified: small rates are monthly in practice (1.5%), larger ones yearly (18%).
    if (per === null) per = p.value <= 3 ? 'month' : 'year';
    const value = per === 'month' ? p.value : Math.round((p.value / 12) * 1000) / 1000;
    return [candidate('payment.late_interest_percent_per_month', value, s, p)];
  }
  return [];
}
