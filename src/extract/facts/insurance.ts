// insurance.general_liability and insurance.cyber: the first amount after the cover's name.
import { findMoney } from '../values/index.js';
import { candidate, type Candidate, type SentenceView } from './common.js';

const COVERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['insurance.general_liability', /\b(?:commercial )?general liability\b|\bpublic liability\b|\bpublic and products? liability\b|\bproducts? and public liability\b|\bcgl\b/],
  ['insurance.cyber', /\b(?:cyber(?:[- ]?security)?(?: liability)?|network security(?: and privacy)?(?: liability)?|privacy liability|technology errors (?:and|&) omissions|errors (?:and|&) omissions|e ?& ?o|technology professional liability|professional (?:indemnity|liability))\b/],
];
/** Any cover name, to stop one cover's amount being read for another. */
const ANY_COVER = /\b(?:general liability|public liability|cyber|errors (?:and|&) omissions|professional (?:indemnity|liability)|workers'? compensation|employer'?s'? liability|automobile|auto liability|umbrella|excess liability|product(?:s)? liability|property insurance)\b/g;

export function insuranceFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  if (!/\b(?:insurance|coverage|cover|policy|policies|insured|limits?)\b/.test(n) && !s.topics.has('insurance')) return out;
  const money = findMoney(s.text);
  if (money.length === 0) return out;
  const covers = [...n.matchAll(ANY_COVER)].map((m) => ({ index: m.index!, name: m[0] }));
  const coverStarts = covers.map((c) => c.index);
  for (const [fact, re] of COVERS) {
    const m = re.exec(n);
    if (!m) continue;
    // A synonym in brackets ("professional liability (errors and omissions) insurance") or joined to it
    // ("technology errors and omissions and cyber liability", "E&O / Cyber") is the same cover.
    const nextCover = covers.find((c) => c.index > m.index + m[0].length
      && !/^\s*(?:\(|\/|and|or|&)\s*$/.test(n.slice(m.index + m[0].length, c.index)) && !re.test(c.name))?.index ?? n.length;
    const amount = money.find((x) => x.index > m.index && x.index < nextCover) ?? (coverStarts.length <= 1 ? money.find((x) => x.index < m.index) : undefined);
    if (amount) out.push(candidate(fact, { amount: amount.amount, currency: amount.currency }, s, amount));
  }
  return out;
}
