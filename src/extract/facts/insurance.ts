// insurance.general_liability and insurance.cyber: the first amount after the cover's name.
import { findMoney } from '../values/index.js';
import { subjectRole } from '../parties.js';
import { before, candidate, type Candidate, type SentenceView } from './common.js';

/** The verb of carrying cover; its subject is the insured party. */
const CARRY = /\b(?:maintain(?:s|ing)?|carr(?:y|ies|ying)|procur(?:e|es|ing)|obtain(?:s|ing)?|keep(?:s|ing)?|hold(?:s|ing)?|have|has|effect|take out|purchas(?:e|es|ing))\b/g;

const COVERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['insurance.general_liability', /\b(?:commercial )?general (?:business |third[- ]party |civil )?liability\b|\b(?:business|third[- ]party|operat\w* civil|civil) liability insurance\b|\bliability insurance for (?:damage|loss|injury) (?:caused )?(?:to third parties|in the course of (?:its|their|the) business)\b|\bpublic liability\b|\bpublic and products? liability\b|\bproducts? and public liability\b|\bcgl\b/],
  ['insurance.cyber', /\b(?:cyber(?:[- ]?security)?(?: liability)?|network security(?: and privacy)?(?: liability)?|privacy liability|technology errors (?:and|&) omissions|errors (?:and|&) omissions|e ?& ?o|technology professional liability|professional (?:indemnity|liability))\b/],
];
/** Any cover name, to stop one cover's amount being read for another. */
const ANY_COVER = /\b(?:general (?:civil )?liability|public liability|cyber|errors (?:and|&) omissions|professional (?:indemnity|liability)|workers'? compensation|employer'?s'? liability|automobile|auto liability|umbrella|excess liability|product(?:s)? liability|property insurance)\b/g;

export function insuranceFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  // A row of a coverage table under an "Insurance" heading names no insurance word itself.
  if (!/\b(?:insurance|coverage|cover|policy|policies|insured|limits?)\b/.test(n) && !s.topics.has('insurance') && !/\binsurance\b/.test(s.headings)) return out;
  const money = findMoney(s.text);
  if (money.length === 0) return out;
  const covers = [...n.matchAll(ANY_COVER)].map((m) => ({ index: m.index!, name: m[0] }));
  // Only our cover counts: not the customer's ("Customer shall maintain", "held by Customer"), nor another party's
  // cover that names us as additional insured. The holder is the subject of the last carrying verb before the first
  // cover named ("Customer may require Provider to maintain ...").
  const firstCover = covers[0]?.index ?? n.length;
  const carry = [...n.matchAll(CARRY)].filter((c) => c.index! < firstCover).pop();
  const heldBy = /\b(?:held|maintained|carried|procured|obtained) by (?:the )?([a-z][\w ]{0,30}?)\b(?= shall| will| must| is| are|[,.;]|$)/.exec(n);
  const holder = heldBy ? subjectRole(heldBy[1]!, heldBy[1]!.length, s.roles) : carry ? subjectRole(s.text, carry.index!, s.roles) : null;
  const namesUs = /\bnam(?:e|es|ing) (?:the )?([^.;]{1,40}?) as (?:an? )?additional insured/.exec(n);
  if (holder === 'customer' || (namesUs && subjectRole(namesUs[1]!, namesUs[1]!.length, s.roles) === 'vendor')) return out;
  const coverStarts = covers.map((c) => c.index);
  for (const [fact, re] of COVERS) {
    const m = re.exec(n);
    if (!m) continue;
    // A synonym in brackets ("professional liability (errors and omissions) insurance") or joined to it
    // ("technology errors and omissions and cyber liability", "E&O / Cyber") is the same cover.
    const nextCover = covers.find((c) => c.index > m.index + m[0].length
      && !/^\s*(?:\(|\/|and|or|&)\s*$/.test(n.slice(m.index + m[0].length, c.index)) && !re.test(c.name))?.index ?? n.length;
    // An amount before the cover's name counts only when it is not a liability cap ("shall not exceed £5,000,000, whether
    // or not covered by its cyber insurance").
    // A deductible, excess or retention is not the cover's limit.
    const limit = (x: { index: number }): boolean => !/\b(?:deductibles?|excess(?:es)?|retentions?|self-insured)\b[^.;]{0,40}$/.test(before(s, x.index, 60));
    const amount = money.find((x) => x.index > m.index && x.index < nextCover && limit(x))
      ?? (coverStarts.length <= 1 ? money.find((x) => x.index < m.index && limit(x) && !/\b(?:exceed\w*|limited to|capped at|liabilit\w*)\b/.test(before(s, x.index, 40))) : undefined);
    if (amount) out.push(candidate(fact, { amount: amount.amount, currency: amount.currency }, s, amount));
  }
  return out;
}
