// Topic detection: a clause gets a topic when its heading (or a parent's heading) names it, or when one of
// its sentences says something that only a clause on that topic says. A clause can have several topics.
import type { Clause, CompiledTopic } from '../types.js';
import { TOPICS } from '../vocabulary.js';
import { splitSentences } from './sentences.js';
import { anyPhrase, guardedTest, normalise, wordsRegex, type Phrase } from './text.js';
import { applyClassifier } from './classifier/score.js';

export interface TopicRule {
  /** Heading words/phrases that name the topic. */
  headings: readonly string[];
  /** Sentence patterns (written against normalised, lowercase text); a list means all must match. */
  sentences: readonly Phrase[];
  /** A sentence matching one of these does not count for the topic, whatever else it says. */
  unless?: readonly RegExp[];
  /** Headings that look like the topic's words but are not (e.g. "Term" in "Terms of Use"). */
  headingUnless?: readonly RegExp[];
  /** The heading alone is not enough: some sentence must say it too (headings often negate: "No Third-Party Beneficiaries"). */
  headingNeedsText?: boolean;
}

// Shared fragments.
const NOT = String.raw`(?:not|never|no|neither|nor)`;
const AGREEMENT = String.raw`(?:this|the) (?:agreement|contract|licen[cs]e|arrangement)`;
const IP_WORDS = String.raw`(?:intellectual property|copyrights?|patents?|patent rights|inventions?|work product|deliverables|developments|improvements|works? made for hire|know-how|trademarks?|proprietary rights|trade secrets|discoveries|domain names?|customer (?:lists?|data))`;
// After "at least"/"a minimum of": not a span of time or a frequency ("at least thirty (30) days", "at least once");
// a rate still counts ("a minimum of 10,000 units per calendar year").
const NOT_A_TIME = String.raw`(?! (?:(?!(?:per|each|every|a|an|any)\b)\S+ ){0,3}?(?:(?:business |calendar |working )?(?:days?|hours?|weeks?|months?|years?)|once|twice|times|annually)\b)(?![^.;]{0,30}\b(?:prior to|before|after|in advance)\b)`;
const END_EVENT = String.raw`(?:expiration|expiry|termination|expiration or termination|termination or expiration|end of the term)`;

/** The built-in topic tables. Every topic of TOPICS has an entry (checked by a test). */
export const TOPIC_RULES: Readonly<Record<string, TopicRule>> = {
  payment: {
    headings: ['payment', 'payments', 'invoicing', 'invoices', 'billing', 'fees and payment', 'payment terms', 'charges'],
    sentences: [
      /\b(?:shall|will|must|agrees? to) (?:promptly )?pay\b/,
      [/\b(?:payable|due|paid)\b/, /\b(?:invoice|days?|net)\b/],
      /\bnet\s*\d{1,3}\b/,
      /\blate (?:payment|charge)s?\b/,
    ],
  },
  pricing: {
    headings: ['pricing', 'price', 'prices', 'fees', 'price adjustment', 'price increases', 'rates'],
    sentences: [
      /\b(?:price|fee|rate|pricing) (?:increases?|adjustments?|changes?)\b/,
      /\b(?:increase|raise|adjust|change) (?:the |its |any )?(?:fees|prices|pricing|rates|charges)\b/,
      /\b(?:fees|prices|pricing|rates) (?:shall|will) (?:remain )?(?:fixed|firm|locked|unchanged)\b/,
      /\bprice (?:protection|lock|hold)\b/,
    ],
  },
  term: {
    headings: ['term', 'duration', 'term of agreement', 'term and termination', 'period of agreement', 'effective date and term'],
    headingUnless: [/\bterms\b/, /\bterm sheet\b/],
    sentences: [
      /\binitial term\b/,
      [new RegExp(`\\b${AGREEMENT} (?:shall|will) (?:commence|begin|become effective|remain in (?:full )?(?:force|effect)|continue)`), /\b(?:until|for a (?:period|term)|years?|months?|expire)\b/],
      /\bterm of (?:this agreement|the agreement) (?:shall|will) (?:be|commence|begin|continue)\b/,
    ],
  },
  renewal: {
    headings: ['renewal', 'renewals', 'auto-renewal', 'automatic renewal', 'extension'],
    sentences: [
      /\b(?:automatically|auto-?) ?renew/,
      /\brenew(?:ed|s|al)? (?:automatically|for (?:an? )?(?:additional|successive|further|consecutive|subsequent))/,
      /\b(?:automatically )?(?:extend(?:ed)?|continue) for (?:an? )?(?:additional|successive|further|consecutive|subsequent) (?:periods?|terms?|renewal|one|two|three|\(?\d)/,
      /\b(?:renewal term|renewal period|non-?renewal)\b/,
      /\b(?:option|right) to (?:renew|extend)\b/,
    ],
  },
  termination: {
    headings: ['termination', 'term and termination', 'cancellation', 'suspension and termination', 'events of default', 'default'],
    sentences: [
      /\b(?:may|right to|entitled to) terminate\b/,
      /\bterminat(?:e|ion) (?:for (?:convenience|cause|any reason|no reason)|without cause|upon (?:written )?notice)\b/,
      /\bterminate (?:this|the) agreement\b/,
    ],
  },
  'limitation-of-liability': {
    headings: ['limitation of liability', 'limitations of liability', 'limitation on liability', 'limited liability', 'liability', 'exclusion of liability', 'limitation of damages', 'damages limitation', 'consequential damages', 'liability cap'],
    sentences: [
      [/\bliab(?:le|ility)\b/, /\b(?:exceed|in no event|aggregate|limited to|cap|maximum|consequential|indirect|punitive|special|incidental|lost profits|unlimited)\b/],
      /\b(?:consequential|indirect|incidental|punitive|special|exemplary) damages\b/,
      /\bin no event (?:shall|will)\b.*\b(?:liable|liability|responsible)\b/,
    ],
  },
  indemnification: {
    headings: ['indemnification', 'indemnity', 'indemnities', 'indemnify', 'intellectual property indemnity', 'infringement indemnity'],
    sentences: [/\bindemnif(?:y|ies|ied|ication|ying)\b/, /\bhold (?:\w+ ){0,3}harmless\b/, /\bdefend\b.*\bagainst (?:any|all)\b.*\bclaims?\b/],
  },
  warranty: {
    headings: ['warranty', 'warranties', 'representations and warranties', 'disclaimer', 'disclaimers', 'warranty disclaimer', 'limited warranty'],
    sentences: [/\bwarrant(?:s|y|ies|ed)\b/, /\bdisclaim(?:s|ed|er)?\b.*\b(?:warrant|merchantability|fitness)/, /\bmerchantability\b/, /\bas is\b.*\bwithout\b/],
  },
  sla: {
    headings: ['service level', 'service levels', 'service level agreement', 'sla', 'availability', 'uptime', 'service credits', 'service standards', 'performance standards'],
    sentences: [/\bservice levels?\b/, /\buptime\b/, /\bservice credits?\b/, [/\bavailab(?:le|ility)\b/, /\d+(?:\.\d+)?\s*(?:%|percent)/]],
  },
  support: {
    headings: ['support', 'technical support', 'maintenance and support', 'support and maintenance', 'support services', 'maintenance'],
    sentences: [
      /\b(?:technical|customer) support\b/,
      /\bsupport (?:services|hours|requests?|tickets?)\b/,
      /\bresponse times?\b/,
      /\bseverity (?:level )?(?:1|one|i)\b/,
      /\b(?:priority|severity) (?:1|one|level)\b/,
      /\bhelp ?desk\b/,
      /\bmaintenance and support\b/,
    ],
  },
  'data-protection': {
    headings: ['data protection', 'privacy', 'personal data', 'data processing', 'data privacy', 'data security', 'security breach', 'data breach', 'data location', 'data residency', 'customer data'],
    sentences: [
      /\bpersonal (?:data|information)\b/,
      /\bdata protection\b/,
      /\b(?:gdpr|ccpa|hipaa)\b/,
      /\bdata (?:processing|processor|controller|subject)s?\b/,
      /\b(?:security|data|personal data) breach\b/,
      /\b(?:security|data) incident\b/,
      /\bdata residency\b/,
      [/\b(?:data|customer data)\b/, /\b(?:stored|hosted|located|processed|reside)\b/, /\b(?:in|within|outside) (?:the )?(?:european|eu\b|eea\b|united states|us\b|uk\b|united kingdom)/],
    ],
  },
  security: {
    headings: ['security', 'information security', 'data security', 'security measures', 'security audits', 'penetration testing'],
    sentences: [
      /\binformation security\b/,
      /\bsecurity (?:measures|program|programme|policies|controls|safeguards|audits?|assessments?|standards|requirements)\b/,
      /\bpenetration test/,
      /\b(?:soc ?2|soc ?1|iso ?27001|pci[- ]dss)\b/,
      /\b(?:administrative|technical|physical),? (?:technical,? )?(?:and )?(?:physical )?safeguards\b/,
    ],
  },
  confidentiality: {
    headings: ['confidentiality', 'confidential information', 'non-disclosure', 'nondisclosure', 'confidentiality obligations', 'proprietary information'],
    sentences: [/\bconfidential information\b/, /\bconfidentiality\b/, /\bnon-?disclosure\b/, /\bkeep (?:\w+ ){0,3}confidential\b/, /\bhold (?:\w+ ){0,3}in (?:strict )?confidence\b/],
  },
  'governing-law': {
    headings: ['governing law', 'applicable law', 'choice of law', 'law', 'governing law and jurisdiction', 'governing law; jurisdiction', 'law and jurisdiction'],
    sentences: [
      /\bgoverned by\b.*\blaws?\b/,
      /\b(?:construed|interpreted|enforced)\b.*\bin accordance with\b.*\blaws?\b/,
      /\bgoverning law\b/,
      /\blaws? of\b.*\bshall (?:govern|apply)\b/,
      /\bsubject to\b.*\blaws? of\b/,
      // "governed and construed according to the laws of", "controlled by the laws of", "laws of X govern all matters".
      /\b(?:governed|construed|interpreted|enforced|controlled|applied|determined)\b[^.;]{0,160}\b(?:according to|in accordance with|under|pursuant to|by) the (?:internal |substantive )?laws?\b/,
      /\b(?:laws?|law) of [^.;]{0,120}\b(?:govern|governs|apply|applies|shall apply)\b/,
      /\brequires? (?:the )?application of the laws? of\b/,
    ],
  },
  venue: {
    headings: ['venue', 'jurisdiction', 'forum', 'dispute resolution', 'arbitration', 'disputes', 'governing law and jurisdiction', 'law and jurisdiction', 'governing law; jurisdiction'],
    sentences: [
      [/\bjurisdiction\b/, /\bcourts?\b/],
      /\bvenue\b/,
      [/\barbitrat/, /\b(?:seat|place|held|conducted|venue|located|take place|city|county)\b/],
      /\bsubmit to the\b.*\bcourts?\b/,
    ],
  },
  assignment: {
    // "Successors and Assigns" (a binding-effect clause) and "Transfer" (of shares, of a policy, of assets) name no
    // restriction on assigning the contract by themselves; their sentences still count when they say one.
    headings: ['assignment', 'assignments', 'assignability', 'assignment and subcontracting', 'no assignment', 'assignment; delegation', 'non-assignability'],
    sentences: [
      // The verb and what is assigned sit close together ("assign this Agreement", "this Agreement ... is assignable"),
      // not at the two ends of a long sentence ("delegated ... with respect to this Agreement").
      [/\b(?:assign(?:s|ed|ment|able|ability)?|transfer(?:red|s|able)?|delegated?)\b[^.;]{0,80}\b(?:this (?:[\w-]+ ){0,2}(?:agreement|contract|transaction)|the (?:[\w-]+ )?agreement|its rights|any rights|rights (?:or|and|and\/or) obligations|obligations hereunder|rights hereunder|its interest|an interest in|this licen[cs]e)\b|\b(?:this (?:[\w-]+ ){0,2}(?:agreement|contract|transaction)|the (?:[\w-]+ )?agreement|its rights|any rights|rights (?:or|and|and\/or) obligations|obligations hereunder|rights hereunder|its interest|an interest in|this licen[cs]e)\b[^.;]{0,80}\b(?:assign(?:s|ed|ment|able|ability)?|transfer(?:red|s|able)?|delegated?)\b/, /\b(?:consent|approval|without|may not|shall not|will not|cannot|prohibited|void|null|except|neither party|free to|may assign|permitted)\b/],
      /\bnon-?assignable\b/,
      // Fund agreements: "This Agreement will automatically terminate in the event of its assignment".
      /\bterminat\w*\b[^.;]{0,60}\bin the event of (?:its|an?) "?assignment\b/,
      /\b(?:not be|nor be|non-?) ?(?:assignable|transferable) (?:by|without)\b/,
    ],
    unless: [
      /\bmeaning(?:s)? (?:assigned|ascribed)\b/, /\bassigned to (?:it|them|such term)s? in\b/,
      /\bassignments? for the benefit of (?:its |their )?creditors\b/,
      // "binding upon the parties and their successors and permitted assigns" without a restriction on assigning.
      /^(?!.*\b(?:consent|approval|may not|prohibited|void|(?:shall|will) not (?:be )?(?:assign|transfer))).*\b(?:binding (?:up)?on|inure|enure)\b[^.;]{0,160}\bassigns\b/,
    ],
  },
  insurance: {
    headings: ['insurance', 'insurance requirements', 'insurance coverage'],
    sentences: [
      [/\binsurance\b/, /\b(?:maintain|carry|procure|obtain|keep|policy|policies|coverage|insured|insurer)\b/],
      /\b(?:general|professional|product|products|public|employer'?s'?) liability (?:insurance|coverage|policy)\b/,
      /\b(?:errors and omissions|workers'? compensation|cyber(?: liability)?) (?:insurance|coverage|policy)\b/,
      /\badditional insureds?\b/,
    ],
    unless: [
      // Personal cover (life, health, deposit insurance) is not cover one party keeps for the other's benefit.
      /^(?!.*\bliability\b).*\b(?:life|health|medical|dental|deposit|fdic)[- ]insur/,
      /\binsured by the fdic\b/,
      // "the Company will not withhold ... or obtain worker's compensation insurance on the Consultant's behalf".
      /\b(?:will|shall) not (?:withhold|make|obtain|provide|carry|maintain|purchase)\b[^.;]{0,100}\binsurance\b/,
    ],
  },
  ip: {
    headings: ['intellectual property', 'ownership', 'proprietary rights', 'intellectual property rights', 'ip rights', 'ownership of work product', 'work product', 'title'],
    headingUnless: [/\btitle (?:of|to) goods\b/],
    sentences: [
      /\bintellectual property\b/,
      [/\b(?:work product|deliverables|inventions?)\b/, /\b(?:own|owned|ownership|property|title)\b/],
      /\bright,? title,? and interest\b/,
    ],
  },
  'non-solicit': {
    headings: ['non-solicitation', 'non-solicit', 'nonsolicitation', 'no solicitation', 'no hire', 'non-hire', 'solicitation of employees'],
    sentences: [
      [/\bsolicit/, /\b(?:employ|personnel|staff|hire|consultants?|contractors?|customers|clients)\b/, new RegExp(`\\b(?:${NOT}|refrain|will not|shall not)\\b`)],
      /\bnon-?solicit/,
      [/\b(?:hire|employ|engage)\b/, /\bemployees? of the other party\b/, new RegExp(`\\b${NOT}\\b`)],
    ],
  },
  exclusivity: {
    headings: ['exclusivity', 'exclusive dealing', 'exclusive relationship', 'exclusive appointment', 'exclusive rights'],
    // "No Exclusivity", "Exclusivity of Warranties" (an exclusive remedy).
    headingUnless: [/\bnon-?exclusiv/, /\bno exclusiv/, /\bexclusiv\w* of (?:warrant|remed)/],
    sentences: [
      /\b(?:grant|grants|granted|appoint|appoints|appointed|designate|designates|designated|name|names|named|engage|engages|retain|retains)\b[^.;]{0,160}\b(?:exclusive|sole and exclusive)\b(?! (?:jurisdiction|remedy|remedies|property|owner|ownership|venue|forum|courts?|right,|right and remedy|liability|obligation|authority|control|discretion|responsibility|title))/,
      // "an exclusive, worldwide licence", "exclusive worldwide rights to promote and sell".
      /(?<!\bnon-? ?)\bexclusive,? (?:(?:worldwide|world-wide|perpetual|irrevocable|royalty-free|fully[- ]paid(?:[- ]up)?)[ ,]+(?:and )?){0,3}(?:distributor|supplier|provider|reseller|agent|representative|licensee|licen[cs]e|distribution|dealer|manufacturer|source|partner|marketing|sales|sponsor|basis|relationship|dealing|territory|arrangement|rights? (?:to|for) (?:sell|market|distribute|manufacture|promote|use|develop|commercialize|make|supply|purchase|provide|offer|represent|selling|marketing|distributing|exploit))/,
      // "processed exclusively through Network 1", "work exclusively with each other"; not "governed/owned exclusively by".
      /(?<!\b(?:governed|owned|borne|resolved|determined|construed|interpreted|lies|vested|held|paid|controlled|made) )\bexclusively (?:and (?:directly|solely) )?(?:through|by|with)\b/,
      // "shall not enter into any other joint venture or distribution agreement with any company in the Territory".
      /\bshall not enter into any (?:other |similar )?(?:[\w/-]+ ){0,3}(?:agreements?|arrangements?)\b[^.;]{0,80}\bwith any (?:other )?(?:company|person|third|entity|provider|party)/,
      // Buying from or selling to one party only; "only to those employees who need to know" and "solely with respect
      // to" are not exclusivity, and "in order to" is no order.
      /\b(?:sell|supply|distribute|market|provide|deliver)\b[^.;]{0,80}\b(?:exclusively|solely) (?:to|through)\b/,
      /\b(?:purchase|buy|obtain|procure|source|(?<!in )order)\b[^.;]{0,80}\b(?:exclusively|solely|only) (?:from|through)\b/,
      /\ball of (?:its|their|its and its affiliates') (?:requirements|needs)\b/,
      /\b(?:its|their) (?:entire|total) requirements\b/,
      [new RegExp(`\\b(?:(?:shall|will|must|agrees?|undertakes?)(?: to)? ${NOT}|won't|shan't|mustn't)\\b`), /\b(?:grant|license|appoint|sell|supply|distribute|market|provide)\b/, /\b(?:any )?(?:third part(?:y|ies)|other (?:persons?|party|parties|entit(?:y|ies)|distributors?|suppliers?|licensees?|licen[cs]es?|resellers?|compan(?:y|ies)|customers?|clients?|retailers?|dealers?|purchasers?))\b|\b(?:your|(?:the )?customer's|(?:the )?client's) (?:direct )?competitors\b|\bcompetitors of (?:the )?(?:customer|client|you)\b/, /\b(?:(?:same|similar|competing|substantially similar) (?:or (?:substantially )?similar )?(?:products?|services?|promotions?|commitments?|rights?|licen[cs]es?|goods|business|technolog\w*|programs?)|within the territory|in the territory)\b/],
    ],
    unless: [
      /\bnon-?exclusive\b(?![^.]*\bexclusive\b(?! jurisdiction))/,
      // "Nothing herein creates an exclusive arrangement", "shall not be considered its exclusive provider", "are not exclusive".
      /\b(?:nothing|not be (?:considered|construed|deemed)|(?:is|are) not)\b[^.;]{0,80}\bexclusive\b/,
      // A recital about an earlier agreement: "WHEREAS, X and Y entered into the License Agreement dated ... whereby X
      // granted to Y an exclusive license".
      /\bwhereas\b[^.]{0,300}\b(?:entered into|are parties to|(?:agreement|license) dated)\b[^.]{0,300}\b(?:granted|appointed)\b/,
    ],
  },
  mfn: {
    headings: ['most favored', 'most favoured', 'most favored nation', 'most favoured nation', 'most favored customer', 'mfn', 'best pricing', 'most favourable terms', 'most favorable terms'],
    sentences: [
      /\bmost favou?red\b/,
      [/\b(?:prices?|pricing|terms|rates?|royalt(?:y|ies)|fees?|discounts?|conditions|charges)\b/, /\b(?:no less favou?rable|not less favou?rable|at least as favou?rable|more favou?rable|as favou?rable as|better terms|lower (?:prices?|rates?|fees)|lowest (?:price|rate)|best price|(?:no|not) (?:higher|greater|more) than (?:those|that|the (?:[\w-]+ ){0,2}(?:prices?|charges?|fees|rates?)))\b/, /\b(?:any )?(?:others?|another|third[- ]part(?:y|ies)|customers?|clients?|licensees?|distributors?|purchasers?)\b/],
      // "shall not charge the Estate a fee ... higher than it charges any other visitor attraction".
      /\b(?:shall|will|must) not charge\b[^.;]{0,80}\b(?:higher|more|greater) than (?:it|we|the [\w-]+) (?:charges?|offers?|gives?|grants?)\b[^.;]{0,10}\b(?:any other|another|others)\b/,
      // The better deal named first: "offers lower rates to another client", "the lowest price charged to others".
      /\b(?:lower (?:[\w-]+ )?(?:prices?|rates?|fees?|royalt(?:y|ies))|lowest (?:prices?|rates?|fees)|better (?:terms|prices?|pricing|rates?)|more favou?rable (?:terms|prices?|pricing|rates?))\b[^.;]{0,160}\b(?:others?|another|third[- ]part(?:y|ies)|customers?|clients?|licensees?|distributors?|purchasers?)\b/,
      // "If Vendor grants any other reseller a discount greater than Partner's, Vendor will offer the same discount to Partner".
      // "... to any other customer at a lower rate, Supplier shall reduce Client's rate to match"; "anyone else at a
      // better price, we'll match it".
      // ("any other pilotage, port or marine-services operator ... lower charges ... offer the same charges")
      /\b(?:(?:any|another) (?:other )?(?:[\w-]+,? (?:or |and )?){0,4}(?:customers?|clients?|resellers?|distributors?|licensees?|partners?|purchasers?|operators?|subscribers?|users?|buyers?)|anyone else|any third part(?:y|ies))\b[^.;]{0,120}\b(?:greater|lower|better|more favou?rable|larger|higher)\b[^.]{0,120}(?:\b(?:offer|extend|grant|give|provide|apply)\w* (?:the same|such|an equivalent|equivalent|an equal|equal|comparable) (?:\w+ ){0,2}(?:discounts?|prices?|pricing|terms|rates?|fees?|charges)\b|\b(?:reduce|adjust|lower|decrease|amend)\w*\b[^.;]{0,60}?(?:\bto match\b|\bto (?:the same|that|an equal|an equivalent)\b|\baccordingly\b)|\bmatch (?:it|that|them|the (?:lower|better))\b)/,
      // "Should Supplier reduce its list prices for any other distributor, it shall extend the same reduction to Distributor".
      /\b(?:reduc\w*|lower\w*|decreas\w*)\b[^.;]{0,60}\b(?:prices?|rates?|fees|pricing)\b[^.;]{0,40}\b(?:any|another) (?:other )?(?:[\w-]+ )?(?:customers?|clients?|distributors?|resellers?|licensees?)\b[^.]{0,80}\b(?:extend|offer|pass|apply|give|grant)\w* (?:on )?(?:the same|such|an equivalent|equivalent|a corresponding|corresponding|a comparable|comparable)\b/,
      // "Distributor shall be treated no less favorably than any other distributor".
      /\btreated (?:no|not) less favou?rabl[ey] than (?:any|its|those of its|all)? ?(?:other|equivalently|similarly|comparable)\b/,
      // "allocate ... in a manner no less favorable than those of its equivalently situated customers".
      /\b(?:manner|basis) (?:no|not) less favou?rable than (?:that|those) (?:of|offered to|given to|provided to) (?:its |any |all )?(?:other|equivalently|similarly|comparable)\b/,
    ],
    // A right of first refusal: after declining, the owner may sell to a third party on terms no better than those offered.
    unless: [
      /\bthird part(?:y|ies)\b[^.;]{0,80}\b(?:on|upon|at) (?:terms|a price|prices?)\b[^.;]{0,60}\b(?:no|not) (?:more|less) favou?rable\b/,
      // The same, worded after the offer: "... to any third party upon terms not less favourable than those initially
      // offered to SAP Africa", "the right of first refusal ... at the same or better terms".
      /\bright of first (?:refusal|negotiation|offer)\b/,
      /\bthan (?:those|the terms?) (?:\w+ )?(?:offered|proposed) to (?!(?:any|other|its other|all|third|similarly|comparable)\b)/,
    ],
  },
  publicity: {
    headings: ['publicity', 'press release', 'press releases', 'marketing', 'use of name', 'use of names', 'logo', 'customer reference', 'references', 'announcements'],
    sentences: [
      /\bpublicity\b/,
      /\bpress releases?\b/,
      [/\b(?:name|logo|logos|trademarks?|marks)\b/, /\b(?:customer lists?|marketing materials?|promotional|publicity|reference customer|as a customer|website|advertis)/],
      /\bpublic announcements?\b/,
    ],
  },
  escrow: {
    headings: ['escrow', 'source code escrow', 'software escrow'],
    sentences: [[/\bescrow\b/, /\b(?:source code|source materials|deposit materials|software|technology|code)\b/], /\bescrow agent\b.*\b(?:source|code|software|deposit)/,
      // "deposit a copy of the source code with a trusted third party, to be released ... if insolvent".
      [/\b(?:deposit|lodg)\w*\b[^.;]{0,80}\bsource code\b|\bsource code\b[^.;]{0,80}\b(?:deposit|lodg)\w*/, /\b(?:third party|custodian|agent|agency|agence|notary|trustee|releas\w*|insolven\w*|bankrupt\w*|liquidat\w*)\b/]],
  },
  audit: {
    headings: ['audit', 'audits', 'audit rights', 'records', 'books and records', 'inspection', 'records and audit', 'audit and inspection'],
    sentences: [
      [/\b(?:audit|audited|inspect|inspection|examine|examination|review)\b/, /\b(?:books|records|accounts|facilities|premises|sites?|plant|operations)\b/],
      [/\baudit/, /\b(?:right|may|entitled|permit|allow|request|conduct)\b/],
      /\b(?:independent|certified public) accountant\b.*\b(?:examine|audit|inspect|review)\b/,
    ],
  },
  'force-majeure': {
    headings: ['force majeure', 'excusable delay', 'excused performance', 'acts of god', 'unavoidable delay', 'superior force', 'fortuitous event', 'fortuitous events', 'circumstances excluding liability', 'vis major'],
    // "superior force" is the Quebec Civil Code's force majeure (art. 1470).
    // "fortuitous event" (caso fortuito) is the civil-law name in the Philippines and Latin America.
    // "vis major" is the Roman-Dutch (South African) name.
    sentences: [/\bforce majeure\b/, /\bsuperior force\b/, /\bacts? of god\b/, /\bfortuitous events?\b/, /\bvis major\b/,
      // Czech and German drafting: "an extraordinary, unforeseeable and insurmountable obstacle arising independently of its will".
      /\b(?:insurmountable|insuperable) (?:obstacle|event|circumstance|force)s?\b|\birresistible force\b/, /\bcircumstances? excluding liability\b/, [/\b(?:beyond|outside(?: of)?) (?:(?:its|their|our|your|the|such party's|a party's|the affected party's|either party's|[\w-]+'s) )?(?:reasonable )?control\b/, /\b(?:delay|failure|fail|perform)/],
      // "something neither of us can reasonably control, such as a flood", "events it could not have foreseen or prevented".
      [/\b(?:neither (?:of us|party)|no party|nobody) (?:\w+ ){0,2}?(?:reasonably )?(?:control|prevent)\b|\b(?:could|can) ?not (?:reasonably )?(?:have )?(?:foreseen|prevented|avoided|controlled)\b/, /\b(?:delay\w*|fail\w*|perform\w*|obligations?|suspend\w*)\b/, /\b(?:events?|causes?|circumstances?|floods?|fires?|pandemics?|epidemics?|war|strikes?|earthquakes?|storms?|natural disasters?)\b/]],
    // An SLA's downtime exclusions mention force majeure without being a force-majeure clause.
    unless: [/\b(?:downtime|unavailability|availability|uptime)\b[^.]{0,60}\b(?:does not include|do not include|excludes?|excluding|shall not include)\b/, // (A force majeure "within the meaning of Article 1218 of the Civil Code" is a clause of its own.)
      /\b(?:downtime|unavailab\w*|availability|uptime|credits?)\b[^.]{0,250}\bforce majeure (?:event )?(?:as defined|within the meaning)\b/, /\bforce majeure (?:event )?(?:as defined|within the meaning) (?:in|of) (?:the|this) (?:agreement|msa|master|main agreement|terms)\b/,
      // Service credits not owed for force-majeure downtime: an SLA exclusion, not a force-majeure clause.
      /\bservice credits?\b[^.]{0,80}\b(?:downtime|unavailab\w*|outages?)\b[^.]{0,40}\bforce majeure\b/,
      // A ground for termination excluding excused causes: "not for reasons outside of its control".
      /\bnot (?:for|due to|because of|by reason of) (?:any )?(?:reasons?|causes?|events?|circumstances?) (?:beyond|outside)\b/],
  },
  notices: {
    headings: ['notices', 'notice', 'notification', 'communications'],
    headingUnless: [/\bnotice of\b/, /\bnotice period\b/],
    sentences: [
      [/\bnotices?\b/, /\b(?:in writing|(?:shall|must|will) be (?:given|sent|delivered|deemed|addressed)|addressed to|registered mail|certified mail|courier|personal delivery|by hand|e-?mail)\b/, /\b(?:address|delivered|mail|courier|deemed)\b|\w@[\w-]+\./],
    ],
  },
  'entire-agreement': {
    headings: ['entire agreement', 'integration', 'whole agreement', 'complete agreement', 'merger clause'],
    sentences: [/\bentire (?:agreement|understanding)\b/, [/\bsupersedes?\b/, /\b(?:prior|previous|contemporaneous)\b/], /\bcomplete and exclusive statement\b/],
  },
  severability: {
    headings: ['severability', 'severance', 'partial invalidity', 'invalidity'],
    sentences: [/\bseverab/, [/\b(?:invalid|illegal|unenforceable|void)\b/, /\b(?:remaining|remainder|other|rest of the) (?:provisions?|terms?|of this agreement)\b/]],
  },
  definitions: {
    headings: ['definitions', 'defined terms', 'interpretation', 'definitions and interpretation'],
    sentences: [/\b(?:shall|will) have the (?:following )?meanings?\b/, /\bas used in this agreement\b.*\bmeans?\b/, /^"[^"]{1,80}" (?:means|shall mean|has the meaning)\b/],
  },
  'non-compete': {
    headings: ['non-competition', 'non-compete', 'noncompetition', 'covenant not to compete', 'competition', 'competitive activities', 'restrictive covenants', 'competing products'],
    headingUnless: [/\bcompetition law/],
    sentences: [
      /\bnon-?compet(?!itive\b)/,
      /\bcovenants? not to compete\b/,
      // "competitive market pricing", "at competitive rates" describe a price, not a competing business.
      [new RegExp(`\\b(?:shall|will|agrees?|may|covenants?)\\b.{0,40}\\b${NOT}\\b`), /\b(?:compete|competing|competitive(?! (?:market )?(?:pric\w*|rates?|terms|basis|bids?|fees|quotes?)\b)|competitors?(?:'s?)?|in competition|competes)\b/, /\b(?:engage|develop|sell|market|manufacture|distribute|offer|own|operate|promote|commercial|business|products?|services?|participate|invest|license|represent|carry)\b/],
      [new RegExp(`\\b(?:shall|will|agrees?)\\b.{0,40}\\b${NOT}\\b`), /\b(?:similar|same|like) (?:products?|services?|business)\b/, /\b(?:sell|market|distribute|manufacture|develop|promote|offer|represent|engage)\b/],
      /\b(?:refrain from|prohibited from)\b.*\b(?:compet|similar products|same business)/,
      /\b(?:prohibit|restrict|refrain from|not)\w* (?:any )?(?:competition|competing)\b/,
    ],
    // "will not ... use the Service to build a competing product" restricts use of what we supply, it is not a non-compete.
    unless: [
      /\b(?:use|access|copy|reverse engineer|modify)\b[^.;]{0,80}\b(?:to|in order to) (?:build|develop|create|design|make) (?:a |an |any )?(?:competing|competitive|similar|rival)\b/,
      // A freedom to compete: "shall not prevent either party from ... selling competing Products", "shall be free
      // ... to develop ... products that may compete".
      /\b(?:not|nothing)\b[^.;]{0,60}\b(?:prevent|restrict|prohibit|preclude|limit)\w* (?:\S+ ){0,3}from\b[^.;]{0,120}\bcompet/,
      /\bfree (?:\S+ ){0,4}to\b[^.;]{0,120}\bcompet/,
      // A representation about covenants owed to others: "is not subject to any covenant-non-compete".
      /\b(?:not|no) (?:\S+ ){0,3}(?:subject to|party to|bound by|under) (?:any|a)\b[^.;]{0,60}\bnon-?compet/,
    ],
  },
  'third-party-beneficiary': {
    headings: ['third party beneficiaries', 'third-party beneficiaries', 'third party beneficiary', 'third-party beneficiary', 'no third party beneficiaries', 'no third-party beneficiaries', 'third party rights', 'rights of third parties', 'contracts (rights of third parties) act'],
    sentences: [
      // A sentence that says something, not a contents line ("Third-Party Beneficiaries 16 Section 11.08").
      [/\bthird[- ]part(?:y|ies)[- ]beneficiar/, /\b(?:shall|will|is|are|be|been|deemed|intended|confer\w*|enforce\w*|ha(?:s|ve))\b/],
      [/\bintended (?:\w+ ){0,4}beneficiar/, /\b(?:shall|will|is|are|be|been|deemed|confer\w*|enforce\w*|ha(?:s|ve))\b/],
      // "... shall also be deemed to be for the benefit of the officers and directors of the Agent".
      /\b(?:shall|will) (?:also be(?: deemed to be)?|be deemed to be) for the benefit of (?!(?:its |their )?creditors)/,
      /\bcontracts \(rights of third parties\) act\b/,
      [/\b(?:confer|give|grant|create)s?\b/, /\b(?:upon|on|to|in favou?r of) any (?:person|party|third|other person|entity)\b/, /\b(?:rights? (?:or|and|and\/or) remed(?:y|ies)|benefits?|beneficiar\w*|enforce\w*)\b/],
      /\bexpress(?:ly)? (?:third[- ]party )?beneficiar/,
      // "... the benefits of this Agreement inure to any third party" (counts only with a carve-out, see unless).
      [/\b(?:benefits?|rights?)\b/, /\binure\b/, /\b(?:third part(?:y|ies)|any (?:other )?person)\b/],
    ],
    // "No third-party beneficiaries" / "nothing confers any right on any other person" names no beneficiary
    // (CUAD: a non-contracting party must benefit), unless it carves out a named class ("except ... the Affiliates of
    // Bank of America"). "Except as set forth in Article 11" and "except for Persons indemnified hereunder" name none.
    unless: [/^(?!.*\b(?:except (?:that|for (?!(?:any )?(?:persons?|part(?:y|ies)) indemnified|indemnit))|save for|with the exception of|excluding|but (?:is|are|shall be|will be) (?:an? )?(?:intended|express))\b).*\b(?:no|not|nothing|neither|nor|without)\b(?! (?:have|be liable|assume|incur)\b[^.;]{0,40}\b(?:obligations?|liabilit))/],
    headingNeedsText: true,
  },
  'liquidated-damages': {
    headings: ['liquidated damages', 'termination fee', 'termination fees', 'early termination fee', 'penalties', 'break fee'],
    sentences: [
      /\bliquidated damages\b/,
      /\b(?:early )?(?:termination|cancellation|exit) (?:fee|charge|payment|penalty)\b/,
      /\bbreak(?:-up)? fee\b/,
      [/\bpenalt(?:y|ies)\b/, /\b(?:pay|payable|equal to|amount|per day|per week|\$|%)\b/],
      [/\b(?:pay|payable)\b/, /\b(?:remaining|balance of the) (?:term|fees|payments?)\b/, /\b(?:terminat|cancel)/],
    ],
    // Penalties a government levies (taxes "with interest and penalties", regulatory fines), a delay "without penalty"
    // and a third party's cancellation penalties are not a sum the parties agree one pays the other for a breach.
    unless: [/^(?!.*\bliquidated damages\b).*(?:\btax(?:es)?\b[^.;]{0,150}\bpenalt|\bpenalt\w*[^.;]{0,100}\btax|\bwithout (?:any )?penalty\b|\bfines\b|\bcancellation penalt)/],
  },
  'minimum-commitment': {
    headings: ['minimum commitment', 'minimum purchase', 'minimum purchases', 'minimum order', 'minimum quantities', 'minimum volume', 'minimum payments', 'minimum royalties', 'minimum sales', 'purchase commitment', 'minimum annual'],
    sentences: [
      /\bminimum (?:annual |quarterly |monthly |yearly )?(?:purchase|order|quantit|volume|commitment|payment|royalt|sales|revenue|fee|guarantee|units|amount|number|spend|requirement|buy|target|performance|obligation)/,
      // "a minimum of"/"at least" count when they govern a quantity or an amount, not a time ("at least 30 days
      // prior", "a minimum of two years", "at least once per quarter").
      new RegExp(`\\bminimum (?:of|quantities of)\\b${NOT_A_TIME}`),
      // The quantity or period follows the "at least" closely, not at the other end of a long sentence.
      [new RegExp(`\\b(?:not less than|no less than|at least)\\b${NOT_A_TIME}(?! all\\b)[^.;]{0,80}\\b(?:units|orders?|purchases?|purchase orders?|per (?:year|month|quarter|calendar|contract year)|each (?:year|month|quarter|contract year|calendar))\\b`), /\b(?:purchase|buy|order|sell|pay|spend|deliver|provide)\b/],
      /\b(?:take[- ]or[- ]pay|shortfall)\b/,
      /\b(?:(?:annual|guaranteed|committed) (?:purchase|volume|spend|minimum)|guaranteed (?:fee|payment|impressions))\b/,
      // A promised quantity per period: "shall produce no less than forty (40) episodes per year".
      new RegExp(`\\b(?:shall|must|will|agrees? to|obligation to)\\b[^.;]{0,80}\\b(?:at least|not less than|no less than)\\b${NOT_A_TIME}[^.;]{0,80}\\b(?:per|each|every|in any|during (?:the|each|any)(?: first)?) (?:calendar |contract |fiscal )?(?:year|quarter|month)\\b`),
    ],
    unless: [
      // "there is no minimum amount", "does not include a minimum annual royalty".
      /\b(?:no|not (?:include|require|impose|contain)s? (?:a|any)|without (?:a|any)) minimum\b/,
      // Disclose "the minimum amount of information", keep "the minimum number of copies"; "minimum requirements" of a law.
      /\bminimum (?:amount|number|portion) of (?:\S+ ){0,3}(?:information|copies|data)\b/,
      /\b(?:satisfy|meet|comply with|satisfies|meets) (?:the |its |\S+'s? )?minimum requirements\b/,
      // Insurance limits ("coverage of a minimum of $3,000,000") are the insurance topic.
      /\b(?:insurance|coverage|insured|policy limits?|combined single limit)\b/,
    ],
  },
  'right-of-first-refusal': {
    headings: ['right of first refusal', 'right of first offer', 'right of first negotiation', 'first refusal', 'first negotiation'],
    sentences: [/\bright of first (?:refusal|offer|negotiation)\b/, /\bfirst right (?:of refusal|to (?:negotiate|purchase|acquire|offer|match))\b/, /\b(?:rofr|rofo|rofn)\b/, /\bright to match\b/],
  },
  'change-of-control': {
    headings: ['change of control', 'change in control', 'change of ownership'],
    sentences: [
      // "a change of control", "any material change in the organization, ownership, management or control".
      /\bchange (?:of|in) (?:the )?(?:(?:general |effective )?(?:control|ownership|management|organi[sz]ation)(?:,| or| and|, or)? ){0,3}(?:general |effective )?(?:control|ownership)\b/,
      // "the Merger" (a defined transaction) names no change of a party's control.
      [/\b(?:(?:a|any|by|of|or|through) merger|merger(?:,| or| and) (?:consolidation|acquisition|reorgani[sz]ation|sale|otherwise|change)|merges? (?:with|into)|consolidat\w* with|(?:is|be|becomes?) acquired|acquisition of (?:all|substantially all|a majority|control)|sale of (?:all|substantially all)|all or substantially all of (?:its|the|their) (?:assets|business|stock|equity|shares)|(?:\d+|fifty|a majority)\s*(?:%|percent)? (?:\(\d+%?\) )?(?:or more )?of (?:the|its)? ?(?:voting|outstanding))/, /\b(?:terminat\w*|consent|notify|notice|approval)\b/],
    ],
    unless: [
      /\bwithout (?:the )?(?:need for |requiring |obtaining )?(?:any )?(?:prior )?(?:written )?(?:consent|approval)\b/,
      // A list of termination events names insolvency; it still counts when it names a change of control too.
      /^(?!.*\bchange (?:of|in) (?:the )?(?:[\w,]+ (?:or |and )?){0,3}(?:control|ownership)\b).*\b(?:bankrupt|insolven|creditors)/,
      // "..., except that either party may assign to a successor by merger" / "no consent shall be required for a
      // merger": the merger is carved out of the consent requirement, so it triggers nothing.
      /\b(?:except|excepting|provided|notwithstanding|however)\b[^.]{0,250}(?:\bmay (?!not\b)|\bno (?:such )?(?:consent|approval)\b|\bwithout (?:\S+ ){0,4}(?:consent|approval)\b)[^.]{0,250}\b(?:merger|consolidat\w*|acquisition|acquired|reorgani[sz]ation|sale of (?:all|substantially)|substantially all|successor)/,
      /^(?:either party|each party|\S+) may,? without (?:\S+ ){0,4}(?:consent|approval),? (?:assign|transfer)\b/,
      // "may not assign without consent, except by operation of law or in connection with the sale of substantially all
      // of its assets": the merger is the exception to the consent requirement.
      /\b(?:without|may not|shall not)\b[^.;]{0,120}\b(?:consent|approval)\b[^.;]{0,40}\b(?:except|excepting|other than|save)\b[^.;]{0,120}\b(?:merger|consolidat\w*|acquisition|acquired|substantially all|successor)\b(?![^.]*\b(?:deemed|constitute|treated as)\b)/,
      // Investment-company boilerplate: termination "by the vote of a majority of the outstanding voting securities".
      /\bvote of (?:a )?majority of the (?:outstanding )?voting securities\b/,
    ],
  },
  'ip-assignment': {
    headings: ['ownership of work product', 'assignment of inventions', 'work made for hire', 'ownership of deliverables', 'ownership of developments', 'assignment of intellectual property', 'assignment of rights', 'ownership of inventions', 'ownership of improvements'],
    // "Assignment of Rights and Obligations" is about assigning the contract.
    headingUnless: [/\bassignment of rights (?:and|or|under)\b/],
    sentences: [
      [/\b(?:hereby (?:irrevocably )?(?:assigns?|transfers?|conveys?)|(?:shall|will|agrees? to|does hereby) (?:irrevocably )?(?:assign|transfer|convey)|(?:shall|will) be (?:deemed )?(?:assigned|transferred)|cause (?:\S+ ){0,6}to be (?:assigned|transferred)|irrevocably (?:assigns?|transfers?))\b/, new RegExp(`\\b(?:right,? title,? and interest|ownership|${IP_WORDS})\\b`)],
      /\bworks? (?:made )?for hire\b/,
      // "shall become the property of"; "shall remain the property of" keeps what a party already owns.
      [new RegExp(`\\b${IP_WORDS}\\b`), /\b(?:shall|will) (?:be|become|vest)\b(?! and remain).{0,60}\b(?:sole and exclusive |exclusive |sole )?property of\b/],
      [new RegExp(`\\b${IP_WORDS}\\b`), /\b(?:shall|will) (?:vest|be vested) in\b/],
      // "shall be owned by", "is and will be owned exclusively by us", "is deemed to be owned exclusively by".
      [new RegExp(`\\b${IP_WORDS}\\b`), /\b(?:shall|will|is|are) (?:and (?:shall|will) )?(?:be )?(?:deemed (?:to be )?)?owned (?:exclusively |solely )?by\b/],
      // Who will own what the work creates: "Microgenics shall own all inventions made ...", "shall be the sole owner of
      // all inventions". Not "is the sole owner of the trademarks" (what a party already owns).
      /\b(?:(?:shall|will) (?:solely |exclusively )?own|(?:shall|will) be (?:and remain )?the (?:sole (?:and exclusive )?)?owner of) (?:all|any)\b[^.;]{0,60}\b(?:inventions?|discoveries|improvements|developments|deliverables|work product|copyrights?|intellectual property)\b/,
      [new RegExp(`\\b${IP_WORDS}\\b`), /\bshall (?:be|become) (?:jointly )?owned\b/],
    ],
    unless: [
      /\bassign(?:s|ed)? (?:this agreement|its rights under this agreement)\b/, /\b(?:nothing|no)\b[^.;]{0,60}\b(?:transfer|assign|convey)/, /\bto any third part/,
      // What a party brought to the deal stays its own: "existing at the Effective Date", "made prior to this Agreement".
      /\b(?:existing (?:at|as of|on|prior to) the (?:effective date|date)|(?:made|developed|created|owned) (?:\S+ ){0,3}(?:prior to|before) (?:this agreement|the effective date))\b/,
      /\b(?:is|are) and (?:shall|will) remain\b/,
    ],
  },
  'license-grant': {
    headings: ['license', 'licence', 'license grant', 'licence grant', 'grant of license', 'grant of licence', 'grant of rights', 'licenses', 'licences'],
    sentences: [
      [/\b(?:hereby )?grants?\b/, /\b(?:licen[cs]e|sublicen[cs]e|right to use)\b/],
      /\blicen[cs]e to (?:use|access|reproduce|make|sell|distribute|display|copy|modify|exploit|practice)\b/,
      /\b(?:is|are) (?:hereby )?licen[cs]ed\b/,
    ],
  },
  'revenue-sharing': {
    headings: ['royalties', 'royalty', 'revenue share', 'revenue sharing', 'profit sharing', 'commissions', 'commission'],
    sentences: [
      // "royalty-free" is the absence of a royalty.
      /(?<!\bnon-? ?)\broyalt(?:y|ies)\b(?!-? ?free\b)/,
      /\b(?:revenue|profit|income)[- ]shar/,
      /\bshare (?:of|in) (?:the )?(?:net |gross )?(?:revenues?|profits?|income|proceeds|receipts)\b/,
      [/\bpercent(?:age)?\b|%/, /\bof (?:the |its |all )?(?:net |gross |total |adjusted )?(?:sales|revenues?|receipts|profits?|proceeds|income|margin|billings|collections|amounts? (?:received|collected))\b/],
      /\bcommissions?\b.*\b(?:percent|%|of (?:the )?(?:net |gross )?(?:sales|revenue))/,
      // "5% of all airtime renewal revenue", "thirty percent (30%) of net Company income", "30% of all advertising sales".
      /(?:\bpercent(?:age)?\b|%)[^.;]{0,20}\bof (?:the |its |all |any )?(?:[\w-]+ ){0,3}(?:sales|revenues?|receipts|profits?|proceeds|income|margin|billings|collections|commissions)\b/,
      // "agree to share any revenue generated".
      /\bshare (?:any|all|the|such) (?:[\w-]+ )?(?:revenues?|profits?|proceeds|income)\b/,
      // Not costs or attorneys' fees "divided equally" between the parties.
      [/\b(?:split|divided|shared)\b/, /\b(?:revenues?|profits?|proceeds|income|(?<!attorneys'? )fees)\b/, /\b(?:equally|between the parties|percent|%)\b/],
    ],
    // "without paying any royalty or other fee", "shall not pay any fees or royalties": no royalty is owed.
    // "Control" means holding 50% of the income or voting interest of a person: a definition of an affiliate, not a share.
    unless: [
      /\b(?:without (?:paying |payment of |the payment of )?(?:any )?|(?:not|no) (?:(?:be (?:required|obligated|obliged) to )?pay )?(?:any )?(?:[\w-]+ (?:or|and) )?)royalt/,
      /\bcontrol\w*"?\)?[^.;]{0,80}\b(?:shall )?means?\b[^.;]{0,120}\b(?:ownership|voting)\b/,
    ],
  },
  'non-disparagement': {
    headings: ['non-disparagement', 'nondisparagement', 'disparagement'],
    sentences: [
      /\bdisparag/,
      [/\b(?:negative|derogatory|defamatory|detrimental|unfavou?rable|critical)\b/, /\b(?:statements?|remarks|comments?|publicity|communications?)\b/, new RegExp(`\\b(?:${NOT}|refrain|shall not|will not)\\b`)],
      [/\b(?:(?:harm|damage|injure|impair)s?|reflect adversely on) (?:the )?(?:reputation|goodwill|image)\b/, new RegExp(`\\b(?:${NOT}|refrain)\\b`)],
    ],
    // A content warranty ("will not constitute defamation, product disparagement or trade libel") is not a promise
    // about what one party says of the other.
    // A limit on how the other's marks or materials may be used ("not to use the Marks in any manner that is disparaging")
    // is a trademark-usage rule, not a promise about what one says.
    unless: [
      /\b(?:libel\w*|obscen\w*|pornograph\w*|product disparagement)\b/,
      /\b(?:make )?use (?:of )?(?:the |its |any |such )?(?:other party's |\S+'s? )?(?:marks?|trademarks?|logos?|licensed materials|trade names?|names?|materials)\b[^.;]{0,80}\bdisparag/,
    ],
  },
  'covenant-not-to-sue': {
    headings: ['covenant not to sue', 'no challenge', 'non-challenge', 'no contest', 'waiver of claims'],
    sentences: [
      /\bcovenants? not to (?:sue|assert|bring)\b/,
      [new RegExp(`\\b(?:${NOT}|refrain from)\\b`), /\b(?:contest|challenge|attack|oppose|impugn|dispute)\b/, /\b(?:validity|ownership|title|enforceability|registration)\b/, /\b(?:marks?|trademarks?|patents?|intellectual property|copyrights?|names?|licensed|technology|rights? (?:of|in))\b/],
      [/\b(?:shall|will|agrees?|covenants?|undertakes?)\b[^.;]{0,30}\b(?:not|never)\b[^.;]{0,20}\b(?:to )?(?:sue|assert|bring|commence|institute|initiate|file)\b/, /\b(?:claims?|actions?|suits?|proceedings?|lawsuits?)\b/, /\bagainst\b/],
      [/\b(?:hereby |forever )(?:release|releases|waive|waives|discharge)\b/, /\b(?:all|any and all) (?:claims|rights|actions|causes of action|moral rights)\b/],
      [/\b(?:acknowledges?|admits?|recogni[sz]es?)\b/, /\b(?:exclusive )?(?:ownership|owner|title)\b/, /\b(?:trademarks?|marks|intellectual property|trade names?|copyrights?|patents?)\b/],
    ],
    // A jury-trial waiver gives up a way of trying a claim, not the claim; "execute, acknowledge and deliver" documents
    // is a further-assurances duty, not an acknowledgement of the other's title.
    unless: [/\btrial by jury\b|\bjury trial\b/, /\bexecute,? (?:and )?acknowledge\b/],
  },
  'post-termination-services': {
    headings: ['post-termination', 'transition assistance', 'transition services', 'sell-off', 'sell off', 'wind-down', 'wind down', 'run-off'],
    sentences: [
      /\btransition (?:services|assistance|period|plan)\b/,
      /\b(?:sell[- ]off|wind[- ]down|run[- ]off|last[- ]time buy|last buy)\b/,
      [new RegExp(`\\b(?:after|following|upon|on|subsequent to|within \\w+ (?:\\(\\d+\\) )?days (?:of|after)|prior to|in the event of|at the time of)\\b (?:the )?(?:any )?${END_EVENT}\\b`), /\b(?:shall|will|must|may|agrees? to)\b.{0,80}\b(?:sell|provide|deliver|pay|continue|assist|transfer|fulfil|fulfill|complete|purchase|repurchase|maintain|furnish|perform|ship|honor|honour|remit|refund|supply|make available|distribute)\b/],
      // Survival of what continues to be paid or supplied; a survival clause of indemnities, confidentiality or "the
      // obligations of this Section" keeps duties alive without any service after the end.
      [new RegExp(`\\b(?:${END_EVENT})\\b`), /\bsurviv/, /\b(?:payment|pay|royalt|fees|insurance|warranty|support|supply)/],
      [/\b(?:for a period of|for \w+ (?:\(\d+\) )?(?:years?|months?)|until)\b/, new RegExp(`\\b(?:after|following) (?:the )?(?:any )?${END_EVENT}\\b`), /\b(?:maintain|continue|provide|keep)\b/],
    ],
    // Keeping, returning or destroying the other's confidential information after the end is a confidentiality duty,
    // not a service.
    unless: [/\b(?:confidential information|confidentiality)\b/],
  },
};

const HEADING_REGEX: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(TOPIC_RULES).map(([topic, rule]) => [topic, wordsRegex(rule.headings)]),
);

/** Topics that the heading text names. */
export function headingTopics(heading: string | null): string[] {
  if (!heading) return [];
  // Heading-less clauses take their parent's heading, and facts read every clause's heading again: remember.
  let topics = HEADING_TOPICS_SEEN.get(heading);
  if (topics === undefined) {
    if (HEADING_TOPICS_SEEN.size >= 5000) HEADING_TOPICS_SEEN.clear();
    topics = topicsOfHeading(heading);
    HEADING_TOPICS_SEEN.set(heading, topics);
  }
  return [...topics];
}

const HEADING_TOPICS_SEEN = new Map<string, readonly string[]>();

function topicsOfHeading(heading: string): string[] {
  const h = normalise(heading);
  const out: string[] = [];
  for (const [topic, re] of HEADING_REGEX) {
    if (!re.test(h)) continue;
    const rule = TOPIC_RULES[topic]!;
    if (rule.headingUnless?.some((u) => u.test(h)) || rule.headingNeedsText) continue;
    out.push(topic);
  }
  return out;
}

const TOPIC_RULE_ENTRIES = Object.entries(TOPIC_RULES);

/** Topics that one sentence's meaning points to (text already normalised). */
export function sentenceTopics(normalisedSentence: string): string[] {
  const out: string[] = [];
  for (const [topic, rule] of TOPIC_RULE_ENTRIES) {
    if (rule.unless?.some((u) => guardedTest(u, normalisedSentence))) continue;
    if (anyPhrase(rule.sentences, normalisedSentence)) out.push(topic);
  }
  return out;
}

/** Headings of the clause and of the clauses it sits under (nearest first). */
export function headingChain(clauses: readonly Clause[]): Array<Array<string>> {
  const chains: string[][] = [];
  const stack: Array<{ level: number; heading: string | null }> = [];
  for (const c of clauses) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= c.level) stack.pop();
    const chain = [c.heading, ...[...stack].reverse().map((s) => s.heading)].filter((h): h is string => !!h);
    chains.push(chain);
    stack.push({ level: c.level, heading: c.heading });
  }
  return chains;
}

/**
 * Fill `clause.topics` for every clause: built-in topics of TOPICS plus the policy's custom topics.
 * A clause without a heading of its own inherits the topics named by its nearest parent heading.
 */
export function classifyClauses(clauses: Clause[], custom: CompiledTopic[] = []): void {
  const chains = headingChain(clauses);
  const customHeadings = custom.map((t) => ({ topic: t, re: t.headings.length > 0 ? wordsRegex(t.headings) : null }));
  clauses.forEach((clause, i) => {
    const topics = new Set<string>();
    if (clause.kind === 'signature' || clause.kind === 'title') {
      clause.topics = [];
      return;
    }
    const chain = chains[i]!;
    // Own heading first; a heading-less clause takes its nearest parent's heading.
    const heading = clause.heading ?? chain[0] ?? null;
    for (const t of headingTopics(heading)) topics.add(t);
    if (clause.kind === 'definition') topics.add('definitions');
    for (const s of splitSentences(clause.text)) {
      for (const t of sentenceTopics(normalise(s.text))) topics.add(t);
    }
    // The trained classifier (models/topic-classifier.json) adds or vetoes a few CUAD-style topics.
    applyClassifier(topics, clause.text, heading);
    for (const { topic, re } of customHeadings) {
      const headingHit = re !== null && heading !== null && re.test(normalise(heading));
      if (headingHit || topic.matches(clause.text)) topics.add(topic.name);
    }
    clause.topics = orderTopics([...topics]);
  });
}

const TOPIC_ORDER = new Map(TOPICS.map((t, i) => [t, i]));

/** Built-in topics in vocabulary order, then custom ones in the order found. */
function orderTopics(topics: string[]): string[] {
  return topics
    .map((t, i) => ({ t, key: TOPIC_ORDER.get(t) ?? TOPICS.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.t);
}
