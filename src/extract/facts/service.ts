// sla.uptime_percent, sla.credit_cap_percent, support.response_hours, support.coverage.
import { findPercents } from '../values/index.js';
import { subjectRole } from '../parties.js';
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const AVAILABILITY = /\b(?:uptime|availab(?:le|ility)|service levels?|up time|operational|reachab(?:le|ility)|accessib(?:le|ility)|up and running)\b/;
// "99.9% of the time / of each month / of Business Hours" measures time; "98% of test cases", "100% of the fees" do not.
// "99.8% of Sitting Hours", "99.0% of the Operating Hours" measure time too.
const PERCENT_OF_OTHER = /^\s*\)?\s*of\s+(?!(?:the |each |any |a |every |all )?(?:time|calendar|month|months|monthly|year|quarter|week|day|hours|business|scheduled|service hours|measurement|billing|minutes|total (?:time|minutes)|period|(?:[a-z-]+ ){1,3}(?:hours|time))\b)/;
/** Wording that makes an availability figure a target rather than a commitment. */
const TARGET_WORDING = /\b(?:aim(?:s|ing)? (?:for|to)|target(?:s|ed)?|goal|objective|strive|endeavou?r)\b|\b(?:do|does|will|shall) not (?:guarantee|commit|warrant)\b|\b(?:no|without any) (?:(?:availability|uptime) )?(?:guarantee|commitment)\b/;
// French and Belgian drafting calls service credits "penalties" ("Penalty (% of the monthly fee)"); others "a fee reduction".
const CREDIT = /\b(?:service )?credits?\b|\bpenalt(?:y|ies)\b|\bdiscounts?\b|\b(?:fee|price|charge) reductions?\b/;
/** A table header line (no figures) with a column of credits: "Monthly availability | Credit (% of monthly subscription)", "Reduction of the monthly fee". */
const CREDIT_COLUMN = /^[^\n\d]*\|[^\n\d]*\b(?:credits?|reductions?|penalt(?:y|ies))\b[^\n\d]*$/im;
const CREDIT_CAP = /\b(?:exceed|maximum|max\.?|cap(?:ped)?|in no event|not more than|no more than|up to|total|aggregate|limited to|in excess of|ceiling)\b/;
// "will never credit you more than 100%", "in no event will credits ... be more than 15%": a negated "more than" caps.
const NEGATED_MORE = /\b(?:never|not|no|in no event)\b[^.;]{0,70}\bmore than\s*$/;
/** "never be more than a quarter of the monthly fee", "capped at one half of the fees": a fraction as a percent. */
const FRACTIONS: Readonly<Record<string, number>> = { half: 50, third: 33.33, quarter: 25, fifth: 20, tenth: 10 };
const FRACTION_CAP = /\b(?:exceed|more than|maximum of|capped at|cap of|limited to|up to|ceiling of)\s+(?:a|one)[- ](half|third|quarter|fifth|tenth)\s+of\b/;
// "Reaction time" is the continental word for a response time.
const RESPONSE = /\b(?:respon(?:d|ds|se|ses|ding)|reaction times?|react|acknowledg\w*|initial (?:contact|reply)|repl(?:y|ies)|get back to|attend to|answer|attendance on site|attend on site|on-site attendance)\b/;
const SEVERE = /\b(?:severity|priority|sev|p)\s*[-:]?\s*(?:1|one|i|level 1|critical|urgent)\b|\b(?:critical|urgent|emergency|system down|severity level 1)\b/;
const ALL_HOURS = /\b(?:24\s*[x×*\/]\s*7(?:\s*[x×*\/]\s*365)?|24\s*[x×*\/]\s*365|24\s*hours? (?:a|per|each) day,? (?:(?:7|seven) days (?:a|per) week|365 days (?:a|per) year|every day(?: of the (?:year|week))?|all year(?: round)?)|twenty-four(?: \(24\))? hours (?:a|per) day|24 hours,? (?:7|seven) days (?:a|per) week|around the clock|round[- ]the[- ]clock|24\/7\/365|24 hours (?:on|out of) 24,? (?:and )?7 days (?:on|out of) 7|at any time of (?:the )?day or night|every day of the year,? at any (?:hour|time)|at any hour of (?:the )?day or night|at any hour of any day|all hours,? every day(?: of the year)?|at all times,? (?:including weekends|every day(?: of the year)?))\b/;
// 24x7 said of monitoring or guards, not of the support desk.
const NOT_SUPPORT_24 = /\b(?:monitor\w*|staffed|guard\w*|patrol\w*|surveil\w*)\b[^.;]{0,12}$/;
/** "8.00 to 16.00", "08:00-18:00": a day-time range (not round the clock). */
const OFFICE_RANGE = /\b(?:0?[5-9]|1[0-2])[:.][0-5]\d\s*(?:to|-|–|until)\s*(?:1[2-9]|2[0-2])[:.][0-5]\d\b/;
// Not "announced five (5) Working Days in advance" (a notice period).
const BUSINESS_HOURS = /\b(?:business hours|normal working hours|working hours|office hours|(?:business|working) days\b(?!'?\)?\s*(?:'s?\s*)?(?:prior |advance |written )*(?:notice|in advance|before|beforehand))|monday (?:through|to|-) (?:friday|saturday)|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?)\s*(?:to|-|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:p\.?m\.?))/;

export function serviceFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  const slaContext = s.topics.has('sla') || s.topics.has('support') || AVAILABILITY.test(n);

  // Committed availability: the largest figure of 90-100% in an availability sentence that is not a credit tier.
  // "We aim for 99.9% availability but do not guarantee it" is a target, not a commitment.
  // "We do not guarantee the platform will never be interrupted, but we commit to 99.5%": the part after "but" commits.
  const butCommit = /\b(?:but|however),? (?:we|it|the (?:provider|supplier|vendor|company)|\w+) (?:do |does )?(?:commit|guarantee|warrant|undertake|promise)s?\b/.exec(n);
  // A "Target" column of an availability table labels the commitment ("Service Level: Availability | Target: 99.8%");
  // "Service Level: Remittances filed on time | Target: 100%" measures something else and stays a target.
  // "Availability target | 99.5%" (a row label) and "for each 0.5% below target" (a credit step) name the level, not an aim.
  const unlabelled = /\b(?:uptime|availab(?:le|ility)|up time)\b/.test(n) ? n.replace(/\btarget(?: per (?:calendar )?(?:month|quarter|year))?\s*[:|]|\b(?:below|above|under|short of) (?:the )?target\b/g, (x) => ' '.repeat(x.length)) : n;
  const target = TARGET_WORDING.test(butCommit ? unlabelled.slice(butCommit.index) : unlabelled);
  if (AVAILABILITY.test(n) && !target) {
    const ps = findPercents(s.text).filter((p) => p.value >= 90 && p.value <= 100 && !PERCENT_OF_OTHER.test(after(s, p.index, p.length, 40)));
    const committed = ps.filter((p) => !/\b(?:below|less than|under|falls|fall|drops?|between|lower than)\b[^.;]{0,20}$/.test(before(s, p.index, 30)));
    const pick = (committed.length > 0 ? committed : ps)[0];
    if (pick) out.push(candidate('sla.uptime_percent', pick.value, s, pick, { rank: committed.length > 0 ? 0 : 1 }));
  }

  // Credit cap: "credits shall not exceed 30% of the monthly fees".
  // A heading such as "Keeping the platform available" sets the context for the credits under it.
  // "Penalties" and "discounts" count as credits only in a service-level clause.
  // "a fee reduction of 5% ... for each full percentage point below that level" in an availability clause is a credit too.
  // A row of a two-column credit table ("Below 95% | 15% (maximum)") under a header naming the credit column.
  // (There "up to" is a tier's range, "99.0% up to 99.5% | 3%": only a word such as "maximum" marks the cap.)
  const ownCreditWord = /\b(?:service )?credits?\b/.test(n) || (CREDIT.test(n) && (s.headingTopics.has('sla') || AVAILABILITY.test(s.headings)))
    || (/\b(?:fee|price|charge) reductions?\b/.test(n) && s.topics.has('sla'));
  const creditRow = !ownCreditWord && s.text.includes('|') && CREDIT_COLUMN.test(s.clause.text);
  const creditWord = ownCreditWord || creditRow;
  if (creditWord && (CREDIT_CAP.test(n) || /\bmore than\b/.test(n)) && (slaContext || AVAILABILITY.test(s.headings) || /\b(?:unavailab\w*|downtime|outages?)\b/.test(n))) {
    // A cap word up to ~100 characters back: "the maximum aggregate credit ... in any month shall be 25%".
    // "| below 98.0% | 50%, the maximum credit for any month |": the cap named right after the figure.
    const p = findPercents(s.text).find((x) => x.value <= 100 && ((!creditRow && CREDIT_CAP.test(before(s, x.index, 60))) || /^\W{0,3}(?:the |which is the |being the )?(?:maximum|cap|ceiling)\b/.test(after(s, x.index, x.length, 30)) || /\b(?:maximum|cap(?:ped)?|ceiling)\b[^.;%]{0,100}$/.test(before(s, x.index, 110)) || (!creditRow && NEGATED_MORE.test(before(s, x.index, 100)))));
    if (p) out.push(candidate('sla.credit_cap_percent', p.value, s, p));
    else {
      const f = FRACTION_CAP.exec(n);
      if (f) out.push(candidate('sla.credit_cap_percent', FRACTIONS[f[1]!]!, s, { index: f.index, length: f[0].length }));
    }
  }

  // Response times: every duration tied to "response" in a support/SLA sentence; the chooser keeps the smallest.
  const response = RESPONSE.exec(n);
  // "Customer shall respond to Provider's requests within 2 business days" is the customer's response, not ours.
  // ("Customer will receive a response within 1 hour" is ours: the customer must be the one who responds.)
  const customerResponds = response !== null && subjectRole(s.text, response.index, s.roles) === 'customer'
    && /(?:\b(?:shall|must|will|should|agrees? to|is required to)\s+(?:\w+\s+)?|\bcustomer\s+|'s\s+)$/.test(n.slice(Math.max(0, response.index - 60), response.index));
  // A row of a table captioned "Initial Response Times" ("P1 | Premier: 1 hour") is about responses too.
  const responseRow = response === null && n.includes(' | ') && RESPONSE.test(s.headings);
  if ((response || responseRow) && !customerResponds && (slaContext || /\b(?:support|incidents?|tickets?|issue|severity|priority|error|defect)\b/.test(n))) {
    for (const d of durations(s, 'hours')) {
      const b = before(s, d.index, 40);
      if (/\b(?:resol\w*|restor\w*|fix\w*|workaround|repair\w*|update[sd]?|status)\b[^.;|]{0,25}$/.test(b)) continue;
      if (/\bnotice\b/.test(b.slice(-15))) continue;
      // "48 hours' notice of maintenance", "24 hours in advance": notice periods, not response times.
      if (/^[\s'’]*(?:(?:prior|advance|written)\s+)?(?:notice|in advance|before|prior to)\b/.test(after(s, d.index, d.length, 20))) continue;
      // "24 hours a day, 7 days a week" is coverage, not a response time.
      if (/^\s*(?:a|per|each) (?:day|week|year)\b/.test(after(s, d.index, d.length, 12))) continue;
      if (d.value <= 0 || d.value > 24 * 30) continue;
      out.push(durationCandidate('support.response_hours', d, s, SEVERE.test(n) ? 0 : 1));
    }
    const half = /\b(?:half an hour|half-hour|half hour)\b/.exec(n);
    if (half && !/\b(?:resol\w*|restor\w*)\b[^.;|]{0,25}$/.test(n.slice(0, half.index))) {
      out.push(candidate('support.response_hours', 0.5, s, { index: half.index, length: half[0].length }, { rank: SEVERE.test(n) ? 0 : 1 }));
    }
    const minutes = /\b(\d{1,3})\)?\s*(?:minutes|mins?)\b/.exec(n);
    if (minutes && !/\b(?:resol\w*|restor\w*)\b[^.;|]{0,25}$/.test(n.slice(0, minutes.index))) {
      out.push(candidate('support.response_hours', Math.round((Number(minutes[1]) / 60) * 1000) / 1000, s, { index: minutes.index, length: minutes[0].length }, { rank: SEVERE.test(n) ? 0 : 1 }));
    }
  }

  // Coverage: 24x7 or business hours.
  // A table row labelled "Coverage: 24x7x365" says it without the word "support".
  if (s.topics.has('support') || s.topics.has('sla') || /\bsupport\b|\b(?:service|help) ?desk\b/.test(n) || /\b(?:coverage|support hours|service hours|hours of (?:support|cover(?:age)?))\s*:/.test(n)) {
    // "Customer shall ensure its personnel are available 24/7": the customer's duty, not our coverage.
    // (A party named inside brackets is no subject: "faults (dispatching not possible for the Customer) may be reported".)
    const unbracketed = s.text.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
    // ("the Client may contact the emergency desk, which operates 24 hours a day": the desk operates, not the Client.)
    const customerDutyAt = (at: number): boolean => subjectRole(unbracketed, at, s.roles) === 'customer'
      && !/\b(?:which|that) (?:operates|runs|is (?:staffed|open|available|manned))\b[^.;]{0,12}$/.test(n.slice(0, at))
      && /\b(?:shall|must|will|agrees? to|is required to|provides?|operates?|maintains?|offers?|runs?)\b/.test(n.slice(0, at))
      && !/\b(?:access to|receives?|use|contact|call|reach)\b[^.;]{0,30}\b(?:support|help ?desk|service desk)\b/.test(n.slice(0, at));
    // "Because the Resort operates round the clock, the Supplier shall provide support twenty-four hours a day": the
    // first all-day wording that is not the customer's.
    // ("The Customer's round-the-clock operations do not extend these support hours": an adjective of operations.)
    const allMatches = [...n.matchAll(new RegExp(ALL_HOURS.source, 'g'))].filter((m) => !/^\s+(?:operations|business|production|activities|shifts|processing|plant|mill)\b/.test(n.slice(m.index! + m[0].length)));
    const all = allMatches.find((m) => !customerDutyAt(m.index!)) ?? allMatches[0] ?? null;
    const biz = BUSINESS_HOURS.exec(n);
    const lead = all ? n.slice(0, all.index) : '';
    const customerDuty = all !== null && customerDutyAt(all.index!);
    // "The Booking Engine accepts reservations 24 hours a day": the product runs all day; support hours may be shorter.
    // Judged within the ";"-part of the 24x7 wording: "monitored 24/7 by automated tools; support is provided during
    // business hours" keeps its monitoring apart from its support.
    // ("... may be accessed 24 hours a day, 7 days a week, but our service desk is staffed between 08:00 and 18:00".)
    const cut = n.replace(/,? but /g, ';   ');
    const part = all ? cut.slice(cut.lastIndexOf(';', all.index) + 1, (cut.indexOf(';', all.index) + 1 || cut.length + 1) - 1) : '';
    const aboutSupport = /\b(?:support\w*|help ?desk|service desk|alarm desk|service hours|reaction|hotline|respon\w*|incidents?|tickets?|reports?|p[1-4]|priority|technical|assistance|engineers?|call|contact|reach)\b/.test(part);
    // "a service desk that is staffed 24 hours a day" is support; "guards staffed 24/7" are not.
    const notSupport = NOT_SUPPORT_24.test(lead) && !aboutSupport;
    const allDay = all && !/\b(?:not|no|without)\b[^.;]{0,20}$/.test(lead) && !notSupport && !customerDuty;
    if (allDay && aboutSupport) out.push(candidate('support.coverage', ['24x7'], s, { index: all.index, length: all[0].length }, { rank: 0 }));
    else if (allDay && !biz) out.push(candidate('support.coverage', ['24x7'], s, { index: all.index, length: all[0].length }, { rank: 2 }));
    else if (biz && /\b(?:support|help ?desk|available|availability|respon\w*|hours)\b/.test(n)) out.push(candidate('support.coverage', ['business-hours'], s, { index: biz.index, length: biz[0].length }, { rank: 1 }));
    else if (!all && /\b(?:support|respon\w*|reaction)\b/.test(n)) {
      // "response times run during Service Hours only", "Service Hours" being defined as 8.00 to 16.00 on working days.
      const hours = /\b((?:service|support|business|core|operating|office) hours)\b/.exec(n);
      const defined = hours ? s.definitions.get(hours[1]!) : undefined;
      if (hours && defined && (BUSINESS_HOURS.test(defined) || OFFICE_RANGE.test(defined)) && !ALL_HOURS.test(defined)) {
        out.push(candidate('support.coverage', ['business-hours'], s, { index: hours.index, length: hours[0].length }, { rank: 1 }));
      }
    }
  }
  return out;
}


