// data.breach_notice_hours, data.residency, security.customer_audit, confidentiality.term_years.
import { PERPETUAL_YEARS } from '../../vocabulary.js';
import { escapeRegExp, mentionsRoleWord, subjectRole } from '../parties.js';
import { COUNTRIES } from '../values/countries.js';
import { AUDIT_NOUN_USE, after, before, candidate, customerIsObjectAt, durationCandidate, durations, isDefinitionSentence, referencedHeadings, type Candidate, type SentenceView } from './common.js';

const BREACH = /\b(?:security (?:breach|incident)|(?:leakage|loss|destruction)(?:,? (?:or )?(?:leakage|loss|damage|destruction|alteration))* of (?:\w+ ){0,2}data|data (?:breach|incident|leak\w*)|personal data breach|breach of (?:the )?(?:security|(?:\w+ ){0,2}(?:personal )?data)|privacy breach|breach notification|cyber ?security (?:incident|breach)|unauthori[sz]ed (?:access|disclosure|acquisition|use|person|part(?:y|ies)|individual)|security event|security compromise|confidentiality incident|(?:breach|incident)e?s? (?:affecting|involving) (?:[\w']+ ){0,3}data|compromise of|violation of (?:the )?(?:personal data|data security)|personal data violation|(?:accessed|disclosed|acquired|used|lost)(?:,? (?:or )?(?:accessed|disclosed|acquired|used|lost|destroyed|altered))* without (?:authority|authori[sz]ation|permission))\b/;
const NOTIFY = /\b(?:notif\w*|notice|inform\w*|report\w*|alert\w*|tell|advise|intimate|communicat\w*|let (?:\w+ ){1,2}know)\b/;
/** The first modal of the sentence: its subject is who owes the duty ("Customer shall notify Provider ..."). */
const MODAL = /\b(?:shall|will|must|agrees? to|undertakes? to|is required to|(?:is|are) responsible for)\b|'ll\b/;

/** Region words; abbreviations that are also common English ("US") are checked case-sensitively on the original text. */
const REGIONS: ReadonlyArray<readonly [string, RegExp, boolean]> = [
  ['eu', /\b(?:european union|european economic area|eea|eu|e\.u\.|europe|germany|france|ireland|netherlands|frankfurt|dublin|amsterdam|paris)\b/i, false],
  ['uk', /\b(?:united kingdom|great britain|england|london)\b/i, false],
  ['uk', /\b(?:UK|U\.K\.)\B|\bUK\b/, true],
  ['us', /\b(?:united states(?: of america)?)\b/i, false],
  ['us', /\b(?:USA|U\.S\.A?\.?|US)\B|\b(?:USA|US)\b/, true],
  // The country Georgia has no record of its own (its name is the US state's): only unambiguous wordings.
  ['ge', /\b(?:(?:republic|territory) of georgia|georgia \(country\)|tbilisi)\b/i, false],
  // Single countries: their residency words live in their records (countries.ts).
  ...COUNTRIES.flatMap((c) => (c.residency ? [[c.residency[0], c.residency[1], false] as const] : [])),
];
/** "access and use the Service to schedule ... fire-safety inspections": what the product is for, not an audit right. */
const PRODUCT_PURPOSE = /\b(?:use|access)\b(?: and (?:use|access))? (?:the|our|its) (?:service|services|platform|software|application|system|solution)\b[^.;]{0,80}$/;

/** "taxes, assessments and penalties": an assessment levied, not an audit. */
const MONEY_LIST = /\b(?:tax(?:es)?|levies|duties|fees|charges|penalties|fines)\b,? (?:and |or )?$/;

/** Who audits at `at`: the subject, or whoever we "permit" or the customer "may have ... audited" (a causative). */
function auditorRole(s: SentenceView, at: number): ReturnType<typeof subjectRole> {
  const n = s.norm;
  let role = subjectRole(s.text, at, s.roles);
  // "The Vendor shall permit the Province to conduct ...", "we do not allow customers to audit": the vendor lets
  // someone else audit it ("allow the Licensor to inspect" does not).
  const permit = /\b(?:permit|allow|let|enable|authori[sz]e)s?\b[^.;]{0,60}$/.exec(n.slice(Math.max(0, at - 80), at));
  if (role === 'vendor' && permit) {
    const permitted = n.slice(at - permit[0].length, at);
    if (!mentionsRoleWord(permitted, s.roles.vendor)) role = null;
  }
  // "the Library may have our compliance ... audited by an independent auditor": the one who has it done audits.
  const causative = /\b(?:may|can|is entitled to|shall be entitled to|has the right to) (?:have|get|cause)\b[^.;]{0,120}$/.exec(n.slice(Math.max(0, at - 140), at));
  if (role === 'vendor' && causative && /^audited|^inspected|^tested|^assessed|^examined/.test(n.slice(at))) {
    role = subjectRole(s.text, at - causative[0].length, s.roles);
  }
  return role;
}

/** The first audit word of the sentence that the customer (or no one in particular) performs. */
function customerAuditWord(s: SentenceView): RegExpExecArray | null {
  const n = s.norm;
  const re = new RegExp(AUDIT_VERB.source, 'g');
  let first: RegExpExecArray | null = null;
  for (let m = re.exec(n); m !== null; m = re.exec(n)) {
    if (AUDIT_NOUN_USE.test(n.slice(m.index)) || PRODUCT_PURPOSE.test(n.slice(0, m.index)) || MONEY_LIST.test(n.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the inspections required by the competent inspectorate": a regulator's inspections, no audit right of the customer.
    if (/^\w+ (?:required|carried out|conducted|performed) by (?:the )?(?:competent |relevant |public )?(?:[\w-]+ )?(?:inspectorate|authorit(?:y|ies)|regulators?|law)\b/.test(n.slice(m.index))) continue;
    // "Company may ... audit Client's use of Consumer Reports": the customer is audited, not the auditor.
    if (customerIsObjectAt(s, m.index + m[0].length)) continue;
    first ??= m;
    if (auditorRole(s, m.index) !== 'vendor') return m;
  }
  return first;
}

const RESIDENCY = /\b(?:(?:data|hosting|storage) regions?|stor(?:e|ed|age|ing)|host(?:ed|ing)?|process(?:ed|ing)?|locat(?:ed|ion)|resid(?:e|es|ency|ent)|maintain(?:ed)?|kept|situated|transfer(?:red)?|data cent(?:er|re)s?)\b/;
/** "keep ... in Canada", "remain within the EEA": weak verbs that count only with a place right after in/within. */
const KEEP_IN = /\b(?:keep|kept|hold|held|remains?)\b/;
/** "US dollars", "U.S. GAAP": the country named as a currency or rulebook, not a place for data. */
const NOT_A_PLACE = /\b(?:U\.?S\.?|United States) (?:dollars?|\$|GAAP|currency|generally accepted)|\bUSD\b|\bEU\s+(?:Reg\.|Regulation|Directive)\s*(?:\(EU\)\s*)?(?:No\.?\s*)?[\d/]*|\b(?:Regulation|Directive) \(EU\)/gi;
/** "its buyers in the European Union", "offices in Canada": where people are, not where data is kept. */
/** "in accordance with the Law of the Republic of Azerbaijan": a country's law, not a place for data. */
const LAW_OF = /\b(?:[Ll]aws?|[Ll]egislation|[Cc]odes?|[Aa]cts?) of (?:the )?[A-Z][\w.]*(?:\s(?:of|and|the|[A-Z][\w.]*)){0,5}/g;
const PEOPLE_IN = /\b(?:buyers|customers|clients|users|markets?|subscribers|consumers|offices|subsidiaries|affiliates|employees|staff|guests|students|patients|members)\b(?: (?:based|located|established|resident))? (?:in|within|across|throughout) (?:the )?(?:[A-Z][\w.]*\s?){1,4}/g;

// Not "inspector" (a person, as in "the inspector mobile application").
const AUDIT_VERB = /\b(?:audit\w*|inspect(?!ors?\b)\w*|penetration test\w*|pen[- ]test\w*|assess\w*|examin\w*|(?:vulnerability|security) (?:scan|test)\w*)\b/;
const SECURITY_OBJECT = /\b(?:technical and organi[sz]ational measures|security|systems?|services?|application|platform|networks?|(?:hosted|hosting|production) environment|penetration tests?|facilities|facility|premises|data cent(?:er|re)s?|compliance|controls|safeguards|processing|infrastructure|information security|data protection|soc ?[12]|iso ?27001)\b/;

/** "Customer Data", "your account": a party word used as an adjective is no subject; blanked, same length. */
function maskPartyNouns(text: string, customerWords: readonly string[]): string {
  return text.replace(partyNounPattern(customerWords), (m) => ' '.repeat(m.length));
}

const PARTY_NOUN_PATTERNS = new WeakMap<readonly string[], RegExp>();
/** "Customer Data", "Agency Data", "your account": compiled once per role list (the document's customer names). */
function partyNounPattern(customerWords: readonly string[]): RegExp {
  let re = PARTY_NOUN_PATTERNS.get(customerWords);
  if (!re) {
    const words = [...new Set(['customer', 'client', 'licensee', 'you', 'your', 'user', ...customerWords])].map(escapeRegExp);
    re = new RegExp(`\\b(?:${words.join('|')})(?:'s)?\\s+(?:data|information|content|materials|systems?|account|credentials|personal data)\\b`, 'gi');
    PARTY_NOUN_PATTERNS.set(customerWords, re);
  }
  return re;
}

export function dataFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;

  // The customer telling us of a breach of its credentials is not our notice ("Customer will be notified" is).
  const modal = MODAL.exec(n);
  // "If the Vendor becomes aware of a breach ... of the Resort's guests, it shall notify": "it" is the condition's subject.
  const condition = modal !== null && /,\s*(?:it|they)\s+$/.test(n.slice(0, modal.index)) ? /^\W*(?:if|where|when|whenever|once|should)\s+(?:the\s+)?[\w-]+/.exec(n) : null;
  const notifierAt = condition ? condition.index + condition[0].length : modal?.index ?? 0;
  const customerNotifies = modal !== null && subjectRole(maskPartyNouns(s.text, s.roles.customer), notifierAt, s.roles) === 'customer'
    && !/^\W*(?:\w+ )?be (?:notified|informed|told|advised|alerted)\b/.test(n.slice(modal.index + modal[0].length, modal.index + modal[0].length + 30));
  if (BREACH.test(n) && NOTIFY.test(n) && !customerNotifies) {
    // "report incidents to CERT-In within six (6) hours": a regulator's deadline, not notice to the customer.
    const ds = durations(s, 'hours').filter((d) => !/\b(?:after termination|retain|delete|return)\b/.test(before(s, d.index, 30)) && d.value > 0 && d.value <= 24 * 60
      && !/\bto (?:the )?(?:[\w-]+ ){0,3}(?:regulators?|authorit(?:y|ies)|cert-in|commissioner|supervisory|government|ncua|police)\b[^.;]{0,40}$/.test(before(s, d.index, 90))
      // "Upon ten (10) Business Days' written notice, ... except after a Security Incident, ... may audit": a notice period.
      && !/^\W*(?:'|s'|s)?\s*(?:prior |advance )?(?:written )?notice\b/.test(after(s, d.index, d.length, 30))
      // "48 hours before scheduled maintenance", "30 days after termination": other clocks.
      && !/^[\s'’]*(?:(?:prior|advance)\s+)?(?:notice\s+)?(?:before|prior to|in advance|of (?:scheduled |planned )?maintenance|(?:after|following|of|from) (?:the )?(?:termination|expiry|expiration|end)\b|(?:after|following) (?:that|such|the|its|our|this) (?:notice|notification)\b)/.test(after(s, d.index, d.length, 40))
      // "... and will provide a written summary of the incident within ten (10) days": a report after the notice.
      && !/\b(?:summary|report|root[- ]cause|post-incident)\b[^.;]{0,50}$/.test(before(s, d.index, 60)));
    // "Notwithstanding the seventy-two (72) hour period allowed by statute, Provider shall notify ... within 48 hours":
    // a period after the notifying verb is ours.
    const notifyAt = NOTIFY.exec(n)?.index ?? -1;
    const d = ds.find((x) => notifyAt >= 0 && x.index > notifyAt) ?? ds[0];
    if (d) out.push(durationCandidate('data.breach_notice_hours', d, s));
  }

  const keep = RESIDENCY.test(n) ? null : KEEP_IN.exec(n);
  if ((RESIDENCY.test(n) || keep) && /\b(?:data|information|content|records|logs|images|recordings|footage|backups|(?:client|customer) (?:materials|files|documents)|servers?|data cent(?:er|re)s?|hosting (?:region|location)|(?:services?|platform|application|solution) (?:is |are |will be |shall be )?hosted)\b/.test(n)) {
    // "only within the EU and shall not transfer it to the United Kingdom": a place it may not go is not where it stays.
    const text = s.text.replace(NOT_A_PLACE, (m) => ' '.repeat(m.length)).replace(PEOPLE_IN, (m) => ' '.repeat(m.length)).replace(LAW_OF, (m) => ' '.repeat(m.length))
      .replace(/\b(?:not|never) (?:be )?(?:transfer|move|export|send|disclose)\w*\b[^.;]{0,80}/gi, (m) => (/\bonly (?:in|within)\b/.test(n) ? ' '.repeat(m.length) : m));
    // In ALL CAPS text "US" is the pronoun.
    const shouting = !/[a-z]/.test(s.text);
    const hits = REGIONS.filter(([, , caseSensitive]) => !(caseSensitive && shouting)).map(([r, re, caseSensitive]) => ({ r, m: re.exec(caseSensitive ? text : text.toLowerCase()) }));
    const keptIn = keep === null || hits.some(({ m }) => m !== null && m.index > keep.index && m.index - keep.index < 100
      && /\b(?:in|within|inside)\s+(?:the\s+)?$/.test(n.slice(Math.max(0, m.index - 20), m.index)));
    const regions = keptIn ? [...new Set(hits.filter(({ m }) => m !== null).map(({ r }) => r))] : [];
    // "US" alone in a sentence about law or currency is not a location; a "Data Location | United States" row is.
    const located = /\b(?:in|within|inside|outside|to|from)\b/.test(n) || /\b(?:data|hosting|storage) (?:location|residency|region|cent(?:er|re) location)\b/.test(n);
    // "only", "exclusively", "solely": the places named are the only ones, whatever else the sentence allows.
    const onlyWord = /\b(?:only|exclusively|solely)\b/.test(n);
    const onlyIn = onlyWord && /\b(?:only|exclusively|solely) (?:in|within)\b/.test(n);
    // "shall not transfer Personal Data to the United States" forbids a place; it does not require one.
    const forbidsPlace = /\b(?:not|never) (?:be )?(?:transfer|store|process|host|move|export)\w*\b[^.;]{0,60}\b(?:to|in)\b/.test(n) && !/\boutside\b/.test(n) && !onlyIn;
    // "in any country" allows anywhere, unless the data stays "only in" the places named.
    const anywhere = /\b(?:any (?:other )?(?:country|countries|location|locations|jurisdiction)|anywhere|other countries|wherever)\b(?! outside)/.test(n) && !onlyIn;
    // "Customer Data may be processed by staff in India" allows a place; it requires none (unless "only").
    const allows = /\bmay (?:also )?(?:be )?(?:stor|process|host|transfer|access)\w*\b/.test(n) && !onlyWord;
    const forNow = /\b(?:at signature|at the date of (?:signature|this agreement)|initially|currently|at present)\b/.test(n) && !onlyWord;
    if (regions.length > 0 && located && !forbidsPlace && !anywhere && !allows && !forNow) {
      out.push(candidate('data.residency', regions, s));
    }
  }

  const audit = isDefinitionSentence(n) ? null : customerAuditWord(s);
  // An audit of books and records is financial, unless the records are those "relating to the processing of Customer Data".
  // ...and records audited with facilities, premises or systems, without books or fees, are not financial either
  // (the financial-audit reader in misc.ts draws the same line).
  const auditWindow = audit === null ? '' : n.slice(audit.index, audit.index + 160);
  const financialObject = audit !== null && /\b(?:books|records|accounts|royalt)/.test(n.slice(audit.index, audit.index + 80))
    && !((/\brecords\b[^.;]{0,40}\b(?:processing|security|data protection|personal data|customer data)\b/.test(auditWindow) || /\b(?:facilities|premises|systems?)\b/.test(auditWindow))
      && !/\b(?:books|accounts|royalt\w*|financial|invoices|fees|charges)\b/.test(auditWindow));
  // "The Customer's right to audit ... is governed exclusively by the DPA", "is as set out in Annex 2": stated elsewhere.
  const elsewhere = /\b(?:is|are|shall be) (?:as )?(?:governed|set out|described|regulated|dealt with) (?:exclusively |solely |only )?(?:by|in) (?:the |a |an )?(?:dpa|data processing|annex|schedule|exhibit|appendix|addendum)/.test(n);
  if (audit && SECURITY_OBJECT.test(n) && !financialObject && !elsewhere) {
    const role = auditorRole(s, audit.index);
    // "no more than once a year" limits how often, it does not negate the right.
    const lead = n.slice(0, audit.index).replace(/\b(?:no|not) (?:more|less|later|earlier|fewer) than\b/g, '');
    // "shall not carry out, or allow any third party to carry out, any penetration test": the modal negation
    // reaches further than a bare "not".
    const negated = /(?:\b(?:not|no|neither|nor|cannot)\b|n't\b)[^.;]{0,30}$/.test(lead) || /\b(?:no |not (?:have )?(?:the |any )?)right (?:to|of)\b[^.;]{0,80}$/.test(lead) || /\b(?:shall|may|must|will) not (?:\w+ )?(?:carry out|conduct|perform|undertake|allow|permit|request|have)\b[^.;]{0,90}$/.test(lead) || /\b(?:in lieu of|instead of|in place of) (?:any |an |a )?(?:other )?(?:on-?site )?(?:audit|inspection)/.test(n) || /\breplaces? (?:any|all|each) (?:other )?rights? to (?:audit|inspect)/.test(n)
      // "its certificate and annual audit summary are the sole means by which the Customer may verify ...".
      || /\b(?:are|is) the (?:sole|only) (?:means|method|way)\b/.test(n);
    if (role !== 'vendor' && /\b(?:may|can (?:have|ask|request|appoint|audit|inspect|conduct)|right|entitled|permit\w*|allow\w*|shall (?:be permitted|have)|request|conduct|reasonable notice|upon)\b/.test(n)) {
      out.push(candidate('security.customer_audit', !negated, s, { index: audit.index, length: audit[0].length }));
    } else if (negated && role !== 'vendor') {
      out.push(candidate('security.customer_audit', false, s, { index: audit.index, length: audit[0].length }));
    }
  }

  // "The obligation in Clause 9.1 survives ... for ten (10) years", clause 9 being Confidentiality.
  // (Not the sentence's own number: "Section 11(b). Provider shall keep books ...".)
  const ownNumberless = n.replace(/^\W*(?:section|clause|article)\s+[\w.()]+\.?\s*/, '');
  if (/\bconfidential/.test(n) || s.topics.has('confidentiality') || (/\b(?:clauses?|sections?|articles?) \d/.test(ownNumberless) && /\bconfidential/.test(referencedHeadings(s, ownNumberless)))) {
    const perpetual = /\b(?:perpetual(?:ly)?|in perpetuity|indefinite(?:ly)?|without (?:limit(?:ation)? (?:of|in) time|time limit)|for so long as [^.;]{0,60}(?:remains?|retains?) (?:confidential|a trade secret))\b/.exec(n);
    // Survival words, and the duties themselves ("keep ... secret", "protect it ... for three years after").
    // "Provider shall keep complete books and records ... for five (5) years": record keeping, not secrecy.
    // ("Loyalty records that the Customer must keep for five (5) years": the same, object first.)
    const recordKeeping = (/\b(?:keep|retain|maintain)\w*\b[^.;]{0,60}\b(?:books|records|accounts|logs|invoices)\b/.test(n) || /\b(?:books|records|accounts|logs|invoices)\b[^.;]{0,40}\b(?:keep|kept|retain\w*|maintain\w*|stor\w*)\b/.test(n)) && !/\bconfiden/.test(n);
    const survive = !recordKeeping && /\b(?:surviv\w*|continue\w*|in (?:strict(?:est)? )?confidence|confidential for|remain\w* in (?:full )?(?:force|effect)|obligations?|duties|(?:this|that|such|the) (?:duty|obligation) (?:lasts|applies|continues|remains)|period of|for a period|expire|duration|term of|(?:confidentiality|non-?disclosure) (?:period|term)|keep|hold|protect|secret)\b/.test(n);
    let found = false;
    if (survive) {
      for (const d of durations(s, 'years')) {
        const b = before(s, d.index, 40);
        const a = after(s, d.index, d.length, 60);
        const tied = /(?:for|period of|until|during|of)\s*(?:\(\s*)?(?:a period of )?$/.test(b) || /^\s*(?:\(\d+\)\s*)?(?:after|following|from|beyond|thereafter|of|following the)\b/.test(a);
        if (!tied || /\bnotice\b|\bwithin\s*$/.test(b)) continue;
        if (/\b(?:payment|invoice|pay)\b/.test(b)) continue;
        // "an initial term of three (3) years": the agreement's own term.
        if (/\b(?:initial|renewal|subscription|licen[cs]e|contract)\s+(?:term|period)\s+(?:of|is|shall be|will be)\s*(?:\(\s*)?$/.test(b)) continue;
        // "The non-solicitation obligations ... survive for twelve months": another covenant's survival.
        const wider = before(s, d.index, 100);
        const other = wider.search(/\b(?:non-?solicit\w*|solicit\w*|non-?compet\w*|warrant\w*|indemni\w*|exclusiv\w*)\b[^.;]*$/);
        if (other >= 0 && !/\b(?:confiden\w*|non-?disclosure)\b/.test(wider.slice(other))) continue;
        out.push(durationCandidate('confidentiality.term_years', d, s));
        found = true;
        break;
      }
    }
    if (!found && perpetual && survive) out.push(candidate('confidentiality.term_years', PERPETUAL_YEARS, s, { index: perpetual.index, length: perpetual[0].length }, { rank: 1 }));
  }
  return out;
}
