// sla.uptime_percent, sla.credit_cap_percent, support.response_hours, support.coverage.
import { findPercents } from '../values/index.js';
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const AVAILABILITY = /\b(?:uptime|availab(?:le|ility)|service level|up time|operational)\b/;
const CREDIT = /\b(?:service )?credits?\b/;
const CREDIT_CAP = /\b(?:exceed|maximum|max\.?|cap(?:ped)?|in no event|not more than|no more than|up to|total|aggregate|limited to|in excess of)\b/;
const RESPONSE = /\b(?:respon(?:d|se|ses|ding)|acknowledg\w*|initial (?:contact|reply))\b/;
const SEVERE = /\b(?:severity|priority|sev|p)\s*[-:]?\s*(?:1|one|i|level 1|critical|urgent)\b|\b(?:critical|urgent|emergency|system down|severity level 1)\b/;
const ALL_HOURS = /\b(?:24\s*[x×*\/]\s*7|24\s*[x×*\/]\s*365|24\s*hours? (?:a|per) day,? (?:7|seven) days (?:a|per) week|twenty-four(?: \(24\))? hours (?:a|per) day|around the clock|round[- ]the[- ]clock|24\/7\/365)\b/;
const BUSINESS_HOURS = /\b(?:business hours|normal working hours|working hours|office hours|business days|monday (?:through|to|-) friday|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?)\s*(?:to|-|until)\s*\d{1,2}(?::\d{2})?\s*(?:p\.?m\.?))/;

export function serviceFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  const slaContext = s.topics.has('sla') || s.topics.has('support') || AVAILABILITY.test(n);

  // Committed availability: the largest figure of 90-100% in an availability sentence that is not a credit tier.
  // "We aim for 99.9% availability but do not guarantee it" is a target, not a commitment.
  const target = /\b(?:aim(?:s|ing)? (?:for|to)|target(?:s|ed)?|goal|objective|strive|endeavou?r)\b|\b(?:do|does|will|shall) not (?:guarantee|commit|warrant)\b|\bno (?:guarantee|commitment)\b/.test(n);
  if (AVAILABILITY.test(n) && !target) {
    const ps = findPercents(s.text).filter((p) => p.value >= 90 && p.value <= 100);
    const committed = ps.filter((p) => !/\b(?:below|less than|under|falls|fall|drops?|between|lower than)\b[^.;]{0,20}$/.test(before(s, p.index, 30)));
    const pick = (committed.length > 0 ? committed : ps)[0];
    if (pick) out.push(candidate('sla.uptime_percent', pick.value, s, pick, { rank: committed.length > 0 ? 0 : 1 }));
  }

  // Credit cap: "credits shall not exceed 30% of the monthly fees".
  if (CREDIT.test(n) && CREDIT_CAP.test(n) && slaContext) {
    const p = findPercents(s.text).find((x) => CREDIT_CAP.test(before(s, x.index, 60)) && x.value <= 100);
    if (p) out.push(candidate('sla.credit_cap_percent', p.value, s, p));
  }

  // Response times: every duration tied to "response" in a support/SLA sentence; the chooser keeps the smallest.
  if (RESPONSE.test(n) && (slaContext || /\b(?:support|incident|ticket|issue|severity|priority|error|defect)\b/.test(n))) {
    for (const d of durations(s, 'hours')) {
      const b = before(s, d.index, 40);
      if (/\b(?:resol\w*|restor\w*|fix\w*|workaround|repair\w*|update[sd]?|status)\b[^.;|]{0,25}$/.test(b)) continue;
      if (/\bnotice\b/.test(b.slice(-15))) continue;
      // "24 hours a day, 7 days a week" is coverage, not a response time.
      if (/^\s*(?:a|per|each) (?:day|week|year)\b/.test(after(s, d.index, d.length, 12))) continue;
      if (d.value <= 0 || d.value > 24 * 30) continue;
      out.push(durationCandidate('support.response_hours', d, s, SEVERE.test(n) ? 0 : 1));
    }
    const minutes = /\b(\d{1,3})\)?\s*(?:minutes|mins?)\b/.exec(n);
    if (minutes && !/\b(?:resol\w*|restor\w*)\b[^.;|]{0,25}$/.test(n.slice(0, minutes.index))) {
      out.push(candidate('support.response_hours', Math.round((Number(minutes[1]) / 60) * 1000) / 1000, s, { index: minutes.index, length: minutes[0].length }, { rank: SEVERE.test(n) ? 0 : 1 }));
    }
  }

  // Coverage: 24x7 or business hours.
  if (s.topics.has('support') || s.topics.has('sla') || /\bsupport\b/.test(n)) {
    const all = ALL_HOURS.exec(n);
    const biz = BUSINESS_HOURS.exec(n);
    if (all && !/\bnot\b[^.;]{0,20}$/.test(n.slice(0, all.index))) out.push(candidate('support.coverage', ['24x7'], s, { index: all.index, length: all[0].length }, { rank: 0 }));
    else if (biz && /\b(?:support|help ?desk|available|availability|respon\w*|hours)\b/.test(n)) out.push(candidate('support.coverage', ['business-hours'], s, { index: biz.index, length: biz[0].length }, { rank: 1 }));
  }
  return out;
}


