// data.breach_notice_hours, data.residency, security.customer_audit, confidentiality.term_years.
import { PERPETUAL_YEARS } from '../../vocabulary.js';
import { subjectRole } from '../parties.js';
import { after, before, candidate, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const BREACH = /\b(?:security (?:breach|incident)|data (?:breach|incident)|personal data breach|breach of security|unauthori[sz]ed (?:access|disclosure|acquisition|use)|security event|compromise of)\b/;
const NOTIFY = /\b(?:notif\w*|notice|inform\w*|report\w*|alert)\b/;

/** Region words; abbreviations that are also common English ("US") are checked case-sensitively on the original text. */
const REGIONS: ReadonlyArray<readonly [string, RegExp, boolean]> = [
  ['eu', /\b(?:european union|european economic area|eea|eu|e\.u\.|europe|germany|france|ireland|netherlands|frankfurt|dublin|amsterdam|paris)\b/i, false],
  ['uk', /\b(?:united kingdom|great britain|england|london)\b/i, false],
  ['uk', /\b(?:UK|U\.K\.)\B|\bUK\b/, true],
  ['us', /\b(?:united states(?: of america)?)\b/i, false],
  ['us', /\b(?:USA|U\.S\.A?\.?|US)\B|\b(?:USA|US)\b/, true],
  ['ca', /\bcanada\b/i, false],
  ['au', /\baustralia\b/i, false],
  ['ch', /\bswitzerland\b/i, false],
  ['jp', /\bjapan\b/i, false],
  ['in', /\bindia\b/i, false],
  ['sg', /\bsingapore\b/i, false],
  ['br', /\bbrazil\b/i, false],
];
const RESIDENCY = /\b(?:stor(?:e|ed|age|ing)|host(?:ed|ing)?|process(?:ed|ing)?|locat(?:ed|ion)|resid(?:e|ency|ent)|maintain(?:ed)?|kept|transfer(?:red)?|data cent(?:er|re)s?)\b/;

const AUDIT_VERB = /\b(?:audit\w*|inspect\w*|penetration test\w*|pen[- ]test\w*|assess\w*|examin\w*)\b/;
const SECURITY_OBJECT = /\b(?:security|systems?|services?|application|platform|networks?|(?:hosted|hosting|production) environment|penetration tests?|facilities|facility|premises|data cent(?:er|re)s?|compliance|controls|safeguards|processing|infrastructure|information security|data protection)\b/;

export function dataFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;

  if (BREACH.test(n) && NOTIFY.test(n)) {
    const ds = durations(s, 'hours').filter((d) => !/\b(?:after termination|retain|delete|return)\b/.test(before(s, d.index, 30)) && d.value > 0 && d.value <= 24 * 60);
    const d = ds[0];
    if (d) out.push(durationCandidate('data.breach_notice_hours', d, s));
  }

  if (RESIDENCY.test(n) && /\b(?:data|information|content|records|servers?|data cent(?:er|re)s?|hosting (?:region|location))\b/.test(n)) {
    const regions = [...new Set(REGIONS.filter(([, re, caseSensitive]) => re.test(caseSensitive ? s.text : n)).map(([r]) => r))];
    // "US" alone in a sentence about law or currency is not a location; a "Data Location | United States" row is.
    const located = /\b(?:in|within|inside|outside|to|from)\b/.test(n) || /\b(?:data|hosting|storage) (?:location|residency|region|cent(?:er|re) location)\b/.test(n);
    // "shall not transfer Personal Data to the United States" forbids a place; it does not require one.
    const forbidsPlace = /\b(?:not|never) (?:be )?(?:transfer|store|process|host|move|export)\w*\b[^.;]{0,60}\b(?:to|in)\b/.test(n) && !/\boutside\b|\bonly (?:in|within)\b/.test(n);
    // "in any country" allows anywhere, unless the data stays "only in" the places named.
    const anywhere = /\b(?:any (?:other )?(?:country|countries|location|locations|jurisdiction)|anywhere|other countries)\b/.test(n) && !/\bonly (?:in|within)\b/.test(n);
    if (regions.length > 0 && located && !forbidsPlace && !anywhere) {
      out.push(candidate('data.residency', regions, s));
    }
  }

  const audit = AUDIT_VERB.exec(n);
  // An audit of books and records is financial, unless the records are those "relating to the processing of Customer Data".
  const financialObject = audit !== null && /\b(?:books|records|accounts|royalt)/.test(n.slice(audit.index, audit.index + 80))
    && !(/\brecords\b[^.;]{0,40}\b(?:processing|security|data protection|personal data|customer data)\b/.test(n.slice(audit.index, audit.index + 160)) && !/\b(?:books|accounts|royalt)/.test(n.slice(audit.index, audit.index + 80)));
  if (audit && SECURITY_OBJECT.test(n) && !financialObject) {
    const role = subjectRole(s.text, audit.index, s.roles);
    // "no more than once a year" limits how often, it does not negate the right.
    const lead = n.slice(0, audit.index).replace(/\b(?:no|not) (?:more|less|later|earlier|fewer) than\b/g, '');
    const negated = /\b(?:not|no|neither|nor)\b[^.;]{0,30}$/.test(lead) || /\bin lieu of (?:any )?(?:on-?site )?audit/.test(n);
    if (role !== 'vendor' && /\b(?:may|right|entitled|permit\w*|allow\w*|shall (?:be permitted|have)|request|conduct|reasonable notice|upon)\b/.test(n)) {
      out.push(candidate('security.customer_audit', !negated, s, { index: audit.index, length: audit[0].length }));
    } else if (negated && role !== 'vendor') {
      out.push(candidate('security.customer_audit', false, s, { index: audit.index, length: audit[0].length }));
    }
  }

  if (/\bconfidential/.test(n) || s.topics.has('confidentiality')) {
    const perpetual = /\b(?:perpetual(?:ly)?|in perpetuity|indefinite(?:ly)?|without (?:limit(?:ation)? (?:of|in) time|time limit)|for so long as [^.;]{0,60}(?:remains?|retains?) (?:confidential|a trade secret))\b/.exec(n);
    const survive = /\b(?:surviv\w*|continue\w*|in confidence|confidential for|remain\w* in (?:full )?(?:force|effect)|obligations?|period of|for a period|expire|duration|term of)\b/.test(n);
    let found = false;
    if (survive) {
      for (const d of durations(s, 'years')) {
        const b = before(s, d.index, 40);
        const a = after(s, d.index, d.length, 60);
        const tied = /(?:for|period of|until|during|of)\s*(?:\(\s*)?(?:a period of )?$/.test(b) || /^\s*(?:\(\d+\)\s*)?(?:after|following|from|beyond|thereafter|of|following the)\b/.test(a);
        if (!tied || /\bnotice\b|\bwithin\s*$/.test(b)) continue;
        if (/\b(?:payment|invoice|pay)\b/.test(b)) continue;
        out.push(durationCandidate('confidentiality.term_years', d, s));
        found = true;
        break;
      }
    }
    if (!found && perpetual && survive) out.push(candidate('confidentiality.term_years', PERPETUAL_YEARS, s, { index: perpetual.index, length: perpetual[0].length }, { rank: 1 }));
  }
  return out;
}
