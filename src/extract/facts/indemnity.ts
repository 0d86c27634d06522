// indemnity.scope: what we (the vendor) indemnify. indemnity.uncapped is read in liability.ts.
import { subjectRole } from '../parties.js';
import { candidate, continuesList, listItems, referencedHeadings, type Candidate, type SentenceView } from './common.js';

// "shall take up the defence of the Cooperative against any claim": Quebec and French drafting of a defence duty.
// "shall reimburse any fine imposed on the Winery ... where the fine results from the Supplier's own violation of the
// legislation": a promise to bear the customer's fines is an indemnity for them.
const REIMBURSE_FINES = /\breimburse (?:(?:the )?\w+ (?:for )?)?(?:any|all|the) (?:fines?|penalt(?:y|ies)|sanctions?)\b/;
const INDEMNIFY = new RegExp(`\\b(?:indemnif(?:y|ies|ied|ying)|defend(?:s)?|hold(?:s)? (?:\\w+ ){0,3}harmless|take (?:up|over|on) (?:the )?(?:conduct|defen[cs]e) of|settle (?:the|that|such|any) claim at its (?:own )?(?:cost|expense))\\b|${REIMBURSE_FINES.source}`);
/** "we will defend the claim at our expense and pay any damages awarded": an indemnity in plain words. */
// ...or "shall settle the claim at its own expense and compensate the Customer for the losses caused to it".
// ("If a third party claims that ... infringes ..., Provider shall defend Customer and bear the damages finally awarded".)
const DEFEND_AND_PAY = /\bdefend (?:the|that|such|any|each) (?:claim|action|suit|proceedings?)\b[^.;]{0,60}\bpay\b[^.;]{0,30}\b(?:damages|amounts?|costs|settlements?|awards?)\b|\bclaims?\b[^.;]{0,200}\bdefend\b[^.;]{0,40}\b(?:pay|bear|compensate|reimburse)\b[^.;]{0,30}\b(?:damages|amounts?|costs|settlements?|awards?)\b|\bsettle (?:the|that|such|any) claim at its (?:own )?(?:cost|expense)\b[^.;]{0,40}\b(?:compensat\w*|reimburs\w*|indemnif\w*)\b/;
const SCOPE_ITEMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ip-infringement', /\b(?:infring\w*|misappropriat\w*|intellectual property (?:rights? )?(?:claim|violation)|violat\w* (?:of )?(?:any |a |the )?(?:third[- ]part(?:y|ies)'?s? )?(?:intellectual property|patent|copyright|trademark|trade secret)|violat\w* (?:an?|any) (?:[\w-]+ (?:or [\w-]+ )?)?(?:patents?|copyrights?|trade ?marks?|trade secrets?)\b)/],
  ['data-breach', /\b(?:data breach|security breach|privacy breach|breach (?:by (?:us|the \w+) )?of (?:its |the |our )?(?:data (?:and |& )?(?:security|protection)|data protection|personal data|personal information|security|privacy)|leakage of personal (?:data|information)|security incident|unauthori[sz]ed (?:access|disclosure|use) (?:to|of)(?:,? or (?:\w+ ){1,2}(?:to|of),?)? (?:customer |personal |[a-z]+ )?data|personal data breach)\b|\bbreach\b[^.;]{0,40}\b(?:clause|section|article) [\d.]+ \((?:data protection|data security|personal data|privacy|security|information security)\)/],
  ['breach-of-contract', /\bbreach of (?:this agreement|the agreement|any (?:of its )?(?:representations?|warranties|obligations|covenants)|its (?:representations?|warranties|obligations|covenants))\b|\bbreach (?:by \w+ )?of (?:any )?(?:term|provision) of this agreement\b/],
  ['bodily-injury', /\b(?:bodily injury|personal injury|death|damage to (?:real or )?(?:tangible )?property|property damage)\b/],
  // "violation by the Company of applicable law", "breach by the Vendor or its personnel of applicable anti-bribery,
  // sanctions or export-control laws", "failure to comply with any federal, state or local law".
  ['violation-of-law', /\bviolation (?:by [^.;,]{1,40}? )?of (?:[^.;,()]{1,30}?(?:, [^.;,()]{1,30}?){0,3},? or )?(?:any |the )?(?:other )?(?:applicable )?(?:(?:[\w-]+ )?(?:laws?|regulations?|statutes?|legislation)|rules)\b|\bbreach\w* (?:by [^.;,]{1,40}? )?of (?:any )?(?:applicable )?(?!(?:the )?(?:data protection|privacy))(?:[\w-]+,? ){0,4}(?:legislation|laws?|regulations|statutes)\b|\b(?:fail\w* (?:by [^.;,]{1,30}? )?to comply|non-?compliance|contravention) (?:with|of) (?:any )?(?:applicable )?(?:[\w-]+,? (?:or |and )?){0,4}(?:laws?|regulations?|legislation)\b|\bfail\w* (?:by [^.;,]{1,30}? )?to comply with (?:the )?[A-Z]?[^.;]{0,60}?\b(?:act|legislation|laws?|regulations?)\b/],
  ['third-party-claims', /\b(?:any (?:and all )?|all )(?:third[- ]party )?(?:claims?|actions?|suits?|demands?|proceedings?)\b[^.;]{0,60}\b(?:arising (?:out of|from|under|in connection with)|relating to|related to|resulting from)\b[^.;]{0,30}\b(?:this agreement|the (?:services|products?|software|deliverables|work)|its (?:performance|acts|obligations|negligence)|the performance|(?:its|the) (?:acts|omissions))/],
];

const PARTY_NAME = /\bindemni(?:fied|fying) part(?:y|ies)\b/g;
const PROCEDURE = /\b(?:notice|notify|participat\w*|settle\w*|compromise|cooperat\w*|counsel|control)\b/;
/** Vendor words that often name the licensee in OEM, reseller and developer deals. */
const BUYING_VENDOR_WORD = /\b(?:manufacturer|reseller|developer|distributor)\b/;

export function indemnityFacts(s: SentenceView): Candidate[] {
  // "The Indemnified Party shall give notice ...": a party's name is not an indemnity, unless the sentence carries an
  // indemnity's scope on from a broken line ("... Indemnified Parties to the extent arising out of ...").
  const m = INDEMNIFY.exec(s.norm.replace(PARTY_NAME, (x) => ' '.repeat(x.length)))
    ?? (/\b(?:arising (?:out of|from|under)|resulting from|relating to)\b/.test(s.norm) && !PROCEDURE.test(s.norm) ? INDEMNIFY.exec(s.norm) : null);
  // "X will defend Customer against any claim ... that the Service infringes" is an indemnity without the word.
  // "defend Practice and its officers, clinicians and employees against any infringement (contrefaçon) action".
  if (!m || !(REIMBURSE_FINES.test(s.norm) || /\bindemni|\bhold (?:\w+ ){0,3}harmless\b|\b(?:defend|defen[cs]e of)\b[^.;]{0,80}\b(?:against|from) (?:any|all|an?)\b[^.;]{0,40}\b(?:claims?|actions?|suits?)\b/.test(s.norm) || DEFEND_AND_PAY.test(s.norm))) return [];
  if (/\b(?:no|not|neither)\b[^.;]{0,20}$/.test(s.norm.slice(0, m.index)) || /\bindemni(?:fied|fying) part(?:y|ies)\b[^.;]{0,40}$/.test(s.norm.slice(0, m.index).replace(/\([^()]{0,60}\)/g, ''))) return [];
  const role = subjectRole(s.text, m.index, s.roles);
  if (role === 'customer') return [];
  // "The Manufacturer shall defend and indemnify Licensor against ...": whoever indemnifies us is not us.
  const object = /^(?:,?\s*(?:and |or )?(?:defend|indemnify|hold harmless|keep indemnified)\b|,)*\s*([^.;]{0,60}?)\s+(?:against|from|for|in respect of|harmless)\b/.exec(s.norm.slice(m.index + m[0].length));
  // When both sides read as vendor words ("The Manufacturer shall indemnify Licensor"), a manufacturer, reseller or
  // developer is the one buying the licence.
  if (object && subjectRole(object[1]!, object[1]!.length, s.roles) === 'vendor'
    && (role !== 'vendor' || (BUYING_VENDOR_WORD.test(s.norm.slice(Math.max(0, m.index - 40), m.index)) && !BUYING_VENDOR_WORD.test(object[1]!)))) return [];
  // An opener ("Provider shall defend Customer against any claim:") continues in the list items that follow.
  let text = s.norm;
  if (/[:—-]\s*$|\bfollowing\b/.test(s.norm)) {
    for (const n of s.next) {
      if (!continuesList(s, n)) break;
      text += ' ' + n.norm;
    }
  }
  // "arising from the Supplier's breach of Article 7": what Article 7 is about (its heading) names the ground.
  const breachOfSection = /\bbreach\w* (?:by (?:the )?\w+ )?of (?:its obligations under )?(?:articles?|sections?|clauses?|paragraphs?) \(?\d/.test(text) ? referencedHeadings(s, text) : '';
  let items = listItems(breachOfSection ? `${text} breach of ${breachOfSection}` : text, SCOPE_ITEMS);
  // "from all third-party claims ... arising from (i) any allegation that ... infringes ..., or (ii) ...": the claims
  // are those of the enumerated grounds, not any claim.
  if (items.length > 1 && /\barising (?:out of|from|under)\W*(?:\(?(?:i|a|1)\)|:)/.test(text)) items = items.filter((x) => x !== 'third-party-claims');
  if (items.length === 0) return [];
  return [candidate('indemnity.scope', items, s, { index: m.index, length: m[0].length })];
}
