// ip.assignment_to_customer, non_solicit.months, exclusivity.present, mfn.present, publicity.logo_use,
// escrow.source_code, audit.financial_records, force_majeure.present.
import { startsWithRoleWord, subjectRole } from '../parties.js';
import { TOPIC_RULES } from '../topics.js';
import { anyPhraseDirect } from '../text.js';
import { AUDIT_NOUN_USE, after, before, candidate, customerIsObjectAt, durationCandidate, durations, type Candidate, type SentenceView } from './common.js';

const WORK_PRODUCT = /\b(?:deliverables?|work product|work results|inventions?|developments?|custom (?:software|code|developments?|materials|interfaces?|integrations?|templates?|reports?|modules?|configurations?|work)|results of the services|materials (?:created|developed|prepared)|(?:all )?intellectual property (?:rights )?(?:in|to|arising)|copyrights? (?:in|to)|works? (?:made|created|developed)|(?:developed|created|prepared|produced|written) by (?:the )?[\w-]+ (?:for|on behalf of)|(?:materials?|items?|works?|content|everything|anything|whatever|all (?:work|things)) (?:that |which )?(?:the )?[\w-]+ (?:creates?|develops?|prepares?|produces?|writes?|builds?|designs?|makes?) (?:specifically |especially |exclusively |solely )?(?:for|on behalf of)|custom code|bespoke (?:software|code|developments?|materials)|(?:developed|created|built|written|made|prepared)(?: by (?:the )?[\w-]+)? (?:specifically|especially|exclusively|solely|uniquely) for|(?:configuration|implementation|customi[sz]ation|integration|consulting|professional services?) (?:work|services|outputs?|materials)|(?:customi[sz]ations?|modifications?|adaptations?) (?:made|created|developed|prepared|built) (?:specifically |especially )?for|(?:prepared|created|developed|made|built|produced|configured|customi[sz]ed) (?:specifically |especially )?for (?:the [\w-]+|you)\b|(?:we|you|it|they) (?:create|develop|prepare|produce|write|build|design|make) (?:specifically |especially |exclusively )?for\b|(?:reports?|templates?|deliverables?|materials?|works?|configurations?|integrations?) (?:that |which )?(?:we|it|they) (?:creates?|develops?|prepares?|produces?|makes?|builds?)\b|(?:configurations?|reports?|integrations?|customi[sz]ations?|templates?) (?:developed|created|made|built) by\b|(?:developed|created|built|made) at (?:the )?[\w-]+(?:'s)? (?:request|direction)|(?:developed|created|produced|made) (?:under|pursuant to|in (?:the )?performance of) (?:this|the) (?:agreement|contract|statement of work|sow)|(?:developed|created|produced|made|built) during the (?:term|agreement|subscription))\b/;

/** The rights themselves, named without saying whose work they are in. */
const GENERIC_IP = /\b(?:all )?intellectual property (?:rights )?(?:in|to|arising)\b|\bcopyrights? (?:in|to)\b/g;

function vendorWordAt(s: SentenceView, from: number): boolean {
  return startsWithRoleWord(s.text.slice(from, from + 40), s.roles.vendor);
}

function customerWordAt(s: SentenceView, from: number): boolean {
  return startsWithRoleWord(s.text.slice(from, from + 40), s.roles.customer);
}

function ipFacts(s: SentenceView): Candidate[] {
  const n = s.norm;
  // "Nothing in this Agreement assigns any of those rights to Customer" (after a sentence on who owns the work).
  const nothingAssigned = /\bnothing in (?:this|these|the) \w+(?: \w+)? (?:assigns?|transfers?|conveys?)\b/.exec(n);
  // "...; nothing in this Agreement assigns them to the Credit Union": a pronoun for the work just named.
  if (nothingAssigned && (s.topics.has('ip-assignment') || /\b(?:intellectual property|rights|title|ownership)\b/.test(n) || /^\s*(?:or (?:assigns?|transfers?|conveys?) )?(?:(?:any|all) of )?(?:them|it|those|these|(?:any )?such (?:modifications|works?|materials|deliverables|rights?))\b/.test(n.slice(nothingAssigned.index + nothingAssigned[0].length)))) {
    const to = n.slice(nothingAssigned.index + nothingAssigned[0].length);
    // ("Nothing in this Agreement assigns or agrees to assign any intellectual property to the Client": the "to" before
    // the customer, not the one of "agrees to".)
    const toAt = [...to.matchAll(/\bto\b/g)].map((m) => m.index!).find((at) => customerWordAt(s, nothingAssigned.index + nothingAssigned[0].length + at + 2)) ?? -1;
    if (toAt >= 0) {
      return [candidate('ip.assignment_to_customer', false, s, { index: nothingAssigned.index, length: nothingAssigned[0].length })];
    }
  }
  // "No intellectual property rights in the Software ... are transferred to the Customer", "No such rights are assigned".
  // ("No such item is assigned" only in a clause on intellectual property: "no materials are transferred until payment".)
  const noneAssigned = /\bno (?:such )?(?:[\w-]+ ){0,3}(?:rights?|title|ownership|interests?|intellectual property|(items?|deliverables?|work product|materials?))\b[^.;]{0,80}?\b(?:(?:is|are|shall be|will be) )?(?:assigned|transferred|conveyed)(?: or (?:assigned|transferred|conveyed))?\b/.exec(n);
  if (noneAssigned && (noneAssigned[1] === undefined || s.topics.has('ip-assignment') || /\bintellectual property\b/.test(s.headings))) {
    const end = noneAssigned.index + noneAssigned[0].length;
    const to = /^\s*(?:to|unto)\b/.exec(n.slice(end, end + 8));
    if (to && customerWordAt(s, end + to[0].length)) return [candidate('ip.assignment_to_customer', false, s, { index: noneAssigned.index, length: noneAssigned[0].length })];
  }
  // "The Agency acquires no ownership of any work product created under this Agreement".
  const acquiresNone = /\b(?:acquires?|obtains?|receives?|gains?|has|shall have|will have) no (?:ownership|title|right,? title or interest|rights? of ownership)\b/.exec(n);
  if (acquiresNone && WORK_PRODUCT.test(n) && subjectRole(s.text, acquiresNone.index, s.roles) === 'customer') return [candidate('ip.assignment_to_customer', false, s, { index: acquiresNone.index, length: acquiresNone[0].length })];
  // "... and does not assign any of it to Enterprise Customer".
  const notAssigned = /\b(?:does|do|will|shall) not (?:assign|transfer|convey) (?:any of )?(?:it|them|those|such rights?|its rights?|any rights?)\b[^.;]{0,10}\bto\b/.exec(n);
  if (notAssigned && customerWordAt(s, notAssigned.index + notAssigned[0].length)) return [candidate('ip.assignment_to_customer', false, s, { index: notAssigned.index, length: notAssigned[0].length })];
  // AI terms: the "Output" the Services return to the customer is its work product (a defined term, capitalised).
  if (!WORK_PRODUCT.test(n) && !/\bOutputs?\b/.test(s.text)) return [];
  const toCustomer = /\b(?:assigns?|assigned|transfer(?:s|red)?|conveys?|conveyed|vest(?:s|ed)? (?:absolutely |solely |exclusively |wholly )?(?:in|with)|(?:sole and exclusive |exclusive |sole )?property of|owned (?:exclusively |solely )?by|belong(?:s)? (?:exclusively )?to|pass(?:es)? to)\b/g;
  for (const m of n.matchAll(toCustomer)) {
    const end = m.index! + m[0].length;
    const to = /^\s*(?:to|unto)\b/.exec(n.slice(end, end + 8));
    // "assigns all right, title and interest in the Deliverables to Customer": the receiver after the object.
    const far = /^(?:assign|transfer|convey)/.test(m[0]) ? /^[^.;]{0,100}?\bto (?=(?:the )?\w)/.exec(n.slice(end)) : null;
    const direct = customerWordAt(s, end) || to !== null && customerWordAt(s, end + to[0].length) || far !== null && !/\blicen[cs]e\b/.test(far[0]) && customerWordAt(s, end + far[0].length);
    if (!direct) continue;
    if (/\b(?:not|no|never|nothing)\b[^.;]{0,25}$/.test(n.slice(0, m.index))) return [candidate('ip.assignment_to_customer', false, s, { index: m.index!, length: m[0].length })];
    return [candidate('ip.assignment_to_customer', true, s, { index: m.index!, length: m[0].length })];
  }
  // "Customer will own all right, title and interest in the Work Product".
  const owns = /\b(?:(?:shall|will) (?:solely |exclusively )?own|owns|(?:shall|will) be the (?:sole |exclusive |sole and exclusive )?owner of)\b(?=[^.;]{0,60}\b(?:deliverables?|work product|work results|results of the services|custom (?:software|code|developments?))\b)/.exec(n);
  if (owns && subjectRole(s.text, owns.index, s.roles) === 'customer' && !/\b(?:not|no|never)\b[^.;]{0,25}$/.test(n.slice(0, owns.index))) {
    return [candidate('ip.assignment_to_customer', true, s, { index: owns.index, length: owns[0].length })];
  }
  const hire = /\bworks? (?:made )?for hire\b/.exec(n);
  if (hire && !/\bnot\b[^.;]{0,30}$/.test(n.slice(0, hire.index))) return [candidate('ip.assignment_to_customer', true, s, { index: hire.index, length: hire[0].length })];
  // "Provider retains all right, title and interest in the Deliverables": no assignment. Owning "all intellectual
  // property in the Platform" is the vendor keeping its own product, which says nothing of work made for the customer.
  if (!WORK_PRODUCT.test(n.replace(GENERIC_IP, ' '))) return [];
  // ("Provider owns the Service and all improvements, templates and configurations, including any made at Grower's request".)
  const retain = /\b(?:retains?|reserves?|keeps?|owns?|shall (?:own|remain the (?:sole )?(?:and exclusive )?(?:property|owner)))\b[^.;]{0,60}\b(?:right,? title,? and interest|ownership|intellectual property|improvements|customi[sz]ations|configurations|templates|deliverables|work product)\b/.exec(n);
  if (retain && subjectRole(s.text, retain.index, s.roles) === 'vendor') return [candidate('ip.assignment_to_customer', false, s, { index: retain.index, length: retain[0].length }, { rank: 1 })];
  // "All Deliverables are and shall remain the exclusive property of Supplier".
  // ("... belong to and remain with us": any of the verbs may be the one that names us.)
  const ours = [...n.matchAll(/\b(?:remains?|be|is|are) (?:of )?(?:the )?(?:sole |exclusive |sole and exclusive )?property of\b|\b(?:remains?|shall remain|will remain|stays?) with\b|\b(?:remains?|shall remain|will remain|are|is) (?:vested|invested) (?:solely |exclusively )?in\b|\b(?:belongs?|shall belong|will belong) (?:solely |exclusively )?to\b/g)]
    .find((m) => vendorWordAt(s, m.index + m[0].length));
  if (ours) return [candidate('ip.assignment_to_customer', false, s, { index: ours.index, length: ours[0].length }, { rank: 1 })];
  return [];
}

function nonSolicitFacts(s: SentenceView): Candidate[] {
  const n = s.norm;
  // A row labelled "Non-solicitation period" needs no people word.
  const named = /\bnon-?solicit\w*|\bno[- ]hire\b|\bnon-?hire\b|\bno[- ]poach\w*/.test(n);
  if (!(/\bsolicit\w*|\bhire\b|\bemploy\b|\bengage\b|\bentic(?:e|ing)\b|\bpoach\w*|\brecruit\w*|\boffer (?:employment|a job|work)\b/.test(n) && /\b(?:employees?|personnel|staff|consultants?|contractors?|engineers?|developers?|technicians?|individuals?|persons? who (?:was|were|is|are|has|have|works?|worked)|persons? (?:employed|engaged)|people (?:employed|engaged))\b/.test(n) || named) || !/\b(?:not|neither|nor|no|non-?solicit|no[- ]hire|non-?hire)/.test(n)) return [];
  for (const d of durations(s, 'months')) {
    const b = before(s, d.index, 50);
    const a = after(s, d.index, d.length, 50);
    if (/\bnotice\b/.test(b.slice(-15))) continue;
    // "within 12 months after termination" counts by what follows; "within 2 months of engagement" does not.
    if (/(?:for|period of|during|\bperiod\W{0,3})\s*(?:\(\s*)?(?:a period of |an? )?$/.test(b) || /^\s*(?:\(\d+\)\s*)?(?:after|following|thereafter|from|post-?(?:termination|expiry|term)|of (?:the )?(?:termination|expiry|expiration|end|completion|cessation))/.test(a) || /^\W{0,3}(?:non-?solicit\w*|no[- ]hire|non-?hire|restrict\w* period)/.test(a)) {
      return [durationCandidate('non_solicit.months', d, s)];
    }
  }
  return [];
}

const NOT_EXCLUSIVE = /\bnon-?exclusive (?:basis|relationship|arrangement|appointment)\b|\bnothing (?:in|contained in) (?:this agreement|these terms)[^.;]{0,60}\b(?:restrict|prevent|prohibit|preclude|limit)s?\b[^.;]{0,60}\b(?:provid(?!ers?\b)|offer|sell|licen|develop|market|enter)\w*|\bfree to (?:provide|offer|sell|market|license|enter)\b|\b(?:is|are|shall be) non-?exclusive\b|\bnothing in (?:this|the) (?:agreement|contract)\b[^.;]{0,10}\bgrants?\b[^.;]{0,40}\bany exclusiv\w*/;

function exclusivityFacts(s: SentenceView): Candidate[] {
  const n = s.norm;
  const rule = TOPIC_RULES['exclusivity']!;
  // "The Club's right to verify our compliance shall be satisfied exclusively by our providing the certificate".
  // (Not "sales will be carried out exclusively by Bunker One", a party's exclusive role.)
  if (/\b(?:satisfied|met|discharged|exercised|performed) exclusively by\b/.test(n) && !/\bexclusiv\w*\b(?! by\b)/.test(n)) return [];
  const notExclusive = NOT_EXCLUSIVE.exec(n);
  // "Nothing in this Agreement requires the Board to obtain services exclusively from us": nothing binds anyone.
  // "Nothing in this Contract obliges the Supplier to deal exclusively with the Customer": we are expressly free.
  const nothingBinds = /\bnothing (?:in|contained in) (?:this|these|the) (?:agreement|contract|terms)[^.;]{0,20}\b(?:requires?|obliges?|obligates?|compels?)\b/.exec(n);
  if (nothingBinds) {
    const end = nothingBinds.index + nothingBinds[0].length;
    return startsWithRoleWord(n.slice(end), s.roles.vendor) && /\bexclusiv/.test(n.slice(end))
      ? [candidate('exclusivity.present', false, s, { index: nothingBinds.index, length: nothingBinds[0].length })] : [];
  }
  // "Licensor grants the Credit Union no exclusive rights".
  if (notExclusive && /\bno exclusiv\w*|\bnon-?exclusiv\w*/.test(n)) return [candidate('exclusivity.present', false, s, { index: notExclusive.index, length: notExclusive[0].length })];
  if (!(rule.unless ?? []).some((u) => u.test(n)) && anyPhraseDirect(rule.sentences, n)) {
    const verb = /\b(?:grant\w*|appoint\w*|designat\w*|shall not|will not|agrees?|exclusive\w*)\b/.exec(n);
    // "The Merchant shall use the Company's gateway as its exclusive provider": "its" is the subject's own, and binds
    // it (unlike "Customer will be Developer's exclusive reseller", which binds the Developer).
    // "The Customer shall conduct all supplier qualification ... exclusively through the Platform": the adverb goes with
    // the modal's subject too.
    const own = verb !== null && (/\b(?:its|their|his|her) (?:sole (?:and )?)?$/.test(n.slice(Math.max(0, verb.index - 20), verb.index)) || verb[0] === 'exclusively') ? /\b(?:shall|will|must|agrees?)\b/.exec(n) : null;
    const role = verb ? subjectRole(s.text, own ? own.index : verb.index, s.roles) : null;
    // Binds us when we grant/appoint exclusively or promise not to deal with others; not when the customer does.
    if (role !== 'customer') return [candidate('exclusivity.present', true, s, verb ? { index: verb.index, length: verb[0].length } : undefined)];
    return [];
  }
  // Under an "Exclusivity" heading, "Vendor shall not license the Software to any other ..." binds us.
  const restraint = /\b(?:shall|will|agrees? to) not (?:license|sell|supply|provide|offer|distribute|market|grant|appoint)\b[^.;]{0,80}\b(?:any (?:other|third)|another|others?|(?:any )?competitors?)\b|\b(?:work|act|deal) exclusively (?:for|with)\b/.exec(n);
  if (restraint && s.headingTopics.has('exclusivity') && subjectRole(s.text, restraint.index, s.roles) !== 'customer') {
    return [candidate('exclusivity.present', true, s, { index: restraint.index, length: restraint[0].length })];
  }
  // "During the term, the Supplier shall not provide the Platform, or any similar service, to any other ferry operator"
  // (or "the Orchard Model ... to any other apple grower").
  const noOtherCustomer = /\b(?:shall|will|agrees? to) not (?:license|sell|supply|provide|offer|make available)\b (?:the |its |our )?(?:[\w-]+ ){0,2}?(?:platform|services?|software|system|products?|solution|models?|application)\b[^.;]{0,100}\bto any other\b/.exec(n);
  if (noOtherCustomer && subjectRole(s.text, noOtherCustomer.index, s.roles) === 'vendor') return [candidate('exclusivity.present', true, s, { index: noOtherCustomer.index, length: noOtherCustomer[0].length })];
  // "This Article binds the Foundation only. Nothing in the Agreement prevents the Vendor from serving other sites."
  // "This Agreement does not restrict Licensor from licensing the Software ... to any other seed company".
  const vendorFree = /\b(?:nothing in (?:this|the) (?:agreement|contract|article|clause|section)|(?:this|the) (?:agreement|contract|section|article|clause) (?:does|shall|will) not|this (?:does|shall|will) not)\b[^.;]{0,20}\b(?:prevents?|restricts?|prohibits?|limits?|precludes?)\b|\b(?:this|the) (?:agreement|contract|section|article|clause) places no restriction on\b/.exec(n);
  // ("... from offering the Platform to other spas, lagoons or bathing facilities").
  if (vendorFree && (s.headingTopics.has('exclusivity') || /\b(?:other (?:customers|clients|sites|operators|companies|businesses)|to any other|to other [\w-]+s|serv(?:e|ing) (?:any )?other [\w-]+s|suppl(?:y|ying) (?:any )?other [\w-]+|compet\w*)\b/.test(n)) && startsWithRoleWord(n.slice(vendorFree.index + vendorFree[0].length), s.roles.vendor)) return [candidate('exclusivity.present', false, s, { index: vendorFree.index, length: vendorFree[0].length })];
  if (notExclusive) return [candidate('exclusivity.present', false, s, { index: notExclusive.index, length: notExclusive[0].length })];
  return [];
}

function topicFlag(fact: string, topic: string, s: SentenceView, negation?: RegExp): Candidate[] {
  const rule = TOPIC_RULES[topic]!;
  const n = s.norm;
  if (negation) {
    const neg = negation.exec(n);
    if (neg) return [candidate(fact, false, s, { index: neg.index, length: neg[0].length })];
  }
  if ((rule.unless ?? []).some((u) => u.test(n)) || !anyPhraseDirect(rule.sentences, n)) return [];
  return [candidate(fact, true, s)];
}

function publicityFacts(s: SentenceView): Candidate[] {
  const n = s.norm;
  // The name itself, or naming the customer as one ("mention you as a customer").
  const name = /\b(?:name|names|logos?|trade ?marks?|marks|trade names?)\b|\bas (?:a|an|one of (?:our|its|their)) (?:customer|client|user|licensee|subscriber)s?\b/.exec(n);
  if (!name) return [];
  const use = /\b(?:use|display(?:ing)?|identify|list(?:ing)?|include|reference|refer to|publici[sz]e|announce|mention(?:ing)?|feature|show|state|cite|reproduce|(?:indicate|cite)(?= (?:the |its |their |your )?(?:name|names|logos?|trade ?marks?)\b)|name(?= (?:the )?[\w-]+ as (?:a|an|one of)\b))\b/.exec(n);
  // "to promote the Platform in any media" (not "to promote the sale of products", a trademark licence).
  if (!use || !/\b(?:customer lists?|client lists?|lists? of (?:its |our |their )?(?:customers|clients)|marketing|promotional|promot\w* (?:the |our |its )?(?:platform|services?)\b|in any media|advertis\w*|website|web site|publicity|press release|reference|as (?:a|an|its|our|their|one of (?:our|its|their)) (?:customer|client)s?|publicly|announce|investor|case stud(?:y|ies))\b/.test(n)) return [];
  // "The Client authorises the Licensor to indicate its name": the one authorised acts, not the one authorising.
  const authorised = /\b(?:authori[sz]es?|permits?|allows?|entitles?)\s+(?:the\s+)?([\w-]+)\s+to\s+$/.exec(n.slice(0, use.index));
  // "We may name the Cooperative and display its logo": a second verb after "and" has the modal's subject, not the
  // noun just before it.
  // ("... shall not disclose that the Customer is one of its clients and shall not use the Customer's name": the same.)
  const and = /\band\s+(?:(?:shall|will|may|must|can)\s+(?:not\s+)?)?$/.exec(n.slice(0, use.index));
  const coordinated = and ? [...n.slice(0, and.index).matchAll(/\b(?:may|can|shall|will|must)\b/g)].pop() ?? null : null;
  const role = authorised ? (s.roles.vendor.some((w) => w.toLowerCase() === authorised[1]) ? 'vendor' : s.roles.customer.some((w) => w.toLowerCase() === authorised[1]) ? 'customer' : null) : subjectRole(s.text, coordinated?.index ?? use.index, s.roles);
  if (role === 'customer') return [];
  // Use only with the customer's approval each time is no standing right either.
  // "including but not limited to: (i) displaying ..." is no negation.
  const negative = /\b(?:not|no|neither|nor|never)\b[^.;]{0,40}$|n't\b[^.;]{0,40}$/.test(n.slice(0, use.index).replace(/\b(?:but )?not limited to\b/g, '')) || /\bwithout (?:(?:the )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|permission)|(?:first )?(?:asking|obtaining|getting|seeking))\b|\bwithout (?:the |its |their )?(?:other(?: party)?'s? |[\w.&-]+'s? )(?:prior )?(?:express )?(?:written )?(?:consent|approval|permission)\b|\bwith (?:the )?(?:[\w.&-]+'s? )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|permission)\b/.test(n);
  if (negative) return [candidate('publicity.logo_use', false, s, { index: use.index, length: use[0].length })];
  if (authorised || /\b(?:may|can|is (?:hereby )?(?:permitted|authori[sz]ed)|(?:is|are|shall be) entitled to|grants?|permission|consents? to|right to|agrees? that)\b/.test(n)) return [candidate('publicity.logo_use', true, s, { index: use.index, length: use[0].length })];
  return [];
}

function spanOf(m: RegExpExecArray | null): { index: number; length: number } | null {
  return m ? { index: m.index, length: m[0].length } : null;
}

/** The first audit word that is not a kind of record ("Client may export its inspection records"). */
function firstAuditWord(n: string): { index: number; length: number } | null {
  for (const m of n.matchAll(/\b(?:audit\w*|inspect(?!ors?\b)\w*|examin\w*|review|verify)\b/g)) {
    if (!AUDIT_NOUN_USE.test(n.slice(m.index))) return { index: m.index, length: m[0].length };
  }
  return null;
}

function financialAuditFacts(s: SentenceView): Candidate[] {
  const n = s.norm;
  // A verb after a modal names who audits ("... and the Credit Union or its auditors may inspect them"); the first
  // audit word may be a noun ("its auditors").
  const modal = /\b(?:may|can|(?:is|are|shall be) entitled to|(?:has|have) the right to)\s+(?:\w+\s+){0,2}?(audit|inspect|examine|review|verify)\b/.exec(n);
  const verb = modal ? { index: modal.index + modal[0].length - modal[1]!.length, length: modal[1]!.length } : firstAuditWord(n);
  if (!verb || !/\b(?:books|records|accounts|accounting|ledgers|financial statements|invoices|books of account|timesheets|time sheets|receipts)\b/.test(n)) return [];
  // "The Company may review the Merchant's transaction records": the customer is the one audited.
  if (customerIsObjectAt(s, verb.index + verb.length)) return [];
  // "The Cooperative may examine the books and records of any Operator": a third party's books, not ours.
  if (/\b(?:books|records|accounts)\b(?: and (?:records|accounts|books))? of (?:any|each|every|the|its|their|all) (?:[\w-]+ )?(?:operators?|members?|growers?|dealers?|tenants?|lessees?|farmers?|third part(?:y|ies)|subcontractors?|franchisees?|sub-?licensees?|distributors?)\b/.test(n.slice(verb.index))) return [];
  // "books and records shall be open for inspection by Lessor", "accessible for inspection by the Owner".
  if (!/\b(?:may|can|ask|right|entitled|permit\w*|allow\w*|upon|request|available|open (?:to|for)|accessible|access|conduct|opportunity|subject to (?:examination|audit|inspection))\b/.test(n)) return [];
  // "audit Provider's facilities, systems and records relevant to the processing of Customer Data", "security controls
  // and data processing records": a security audit.
  if (/\b(?:processing|security|systems?|premises|facilities|data protection|personal data|customer data|gdpr|compliance with (?:this|the) (?:addendum|dpa|data processing (?:agreement|addendum)))\b/.test(n) && !/\b(?:books|accounts|accounting|ledgers|financial|invoices|fees|charges|royalt\w*)\b/.test(n)) return [];
  // The agent of "available for examination by the Client" is who audits.
  const agent = /^\w*(?:\s+and\s+\w+)?\s+by\s+([^,;.]{0,40})/.exec(n.slice(verb.index));
  const role = agent && subjectRole(agent[1]!, agent[1]!.length, s.roles) === 'customer' ? 'customer' : subjectRole(s.text, modal ? modal.index : verb.index, s.roles);
  if (role === 'vendor') return [];
  // "nothing in this Agreement gives you a right to ... audit our books and records".
  const negated = /\b(?:not|no|neither|nor)\b[^.;]{0,25}$|\bnothing\b[^.;]{0,60}$/.test(n.slice(0, verb.index));
  return [candidate('audit.financial_records', !negated, s, verb)];
}

/** "You agree that the price you list will be no higher than ...": the customer's promise, not ours. */
function customerPromises(s: SentenceView): boolean {
  // "Client shall receive pricing no less favourable" is a benefit to the customer, not its promise.
  // "The rate you pay will be no higher than ..." states the price, no one's promise (so does "will remain no higher").
  const verb = /\b(?:agrees?|undertakes?|warrants?|covenants?|(?:shall|will|must) (?!receive|be (?:entitled|eligible|offered|charged|given|treated|granted|accorded|afforded|extended|no|not|as|lower|higher)\b|remain\b|get|have|obtain|benefit))\b/.exec(s.norm);
  return verb !== null && subjectRole(s.text, verb.index, s.roles) === 'customer';
}

export function miscFacts(s: SentenceView): Candidate[] {
  return [
    ...ipFacts(s),
    ...nonSolicitFacts(s),
    ...exclusivityFacts(s),
    ...passOnReductions(s),
    ...(customerPromises(s) ? [] : topicFlag('mfn.present', 'mfn', s, /\b(?:no|(?:does|do|will|shall|is|are) not (?:offer|provide|give|grant|extend|apply|include|subject to)|not (?:entitled to|subject to|eligible for))\b[^.;]{0,20}?\b(?:most[- ]favou?red|mfn)\b|\b(?:no obligation|(?:is|are) not (?:obliged|required|obligated)) to (?:offer|give|extend|provide|match) (?:you |the \w+ )?(?:the )?(?:lowest|best|most favou?rable)\b|\bno (?:commitment|promise|undertaking|guarantee) that\b[^.;]{0,60}\b(?:as low as|lower than|no higher than|as favou?rable as)\b/)),
    ...publicityFacts(s),
    ...topicFlag('escrow.source_code', 'escrow', s, /^\W*(?:source[- ]code )?escrow\s*[:|]\s*(?:no|none|n\/a|not applicable|not included|not provided|excluded)\b|\b(?:no (?:source code |software |code )?(?:obligation to )?(?:deposit|escrow)|no obligation to\b[^.;]{0,80}\b(?:deposit|escrow)|(?:do|does|will|shall) not (?:keep|hold|maintain|place|deposit)\b[^.;]{0,60}\bescrow|not (?:be )?(?:required|obliged|obligated) to (?:deposit|escrow|place)[^.;]{0,30}(?:source|escrow)|(?:do|does|will|shall) not (?:provide|offer|maintain|agree to|deposit|place)\b[^.;]{0,40}\bescrow)/),
    ...financialAuditFacts(s),
    ...topicFlag('force_majeure.present', 'force-majeure', s),
  ];
}

/** "We will pass on to you any price reduction we give to another customer": most-favoured pricing in plain words. */
function passOnReductions(s: SentenceView): Candidate[] {
  const m = /\bpass(?:es)? on\b[^.;]{0,40}\b(?:price|fee|rate|charge)s? (?:reductions?|decreases?|cuts?)\b[^.;]{0,60}\b(?:other|another|any) (?:customers?|clients?)\b/.exec(s.norm);
  return m ? [candidate('mfn.present', true, s, { index: m.index, length: m[0].length })] : [];
}
