// assignment.consent_required, assignment.change_of_control_termination.
import { subjectRole, type Role } from '../parties.js';
import { candidate, type Candidate, type SentenceView } from './common.js';

const ASSIGN = /\b(?:assign\w*|transfer\w*|delegat\w*)\b/;
const CONSENT = /\b(?:consent|approval|approve|agreement in writing|permission)\b/;
const WITHOUT_CONSENT = /\bwithout (?:the )?(?:need for |need to obtain |requiring |obtaining )?(?:any )?(?:[\w']+ ){0,2}?(?:prior )?(?:written )?(?:consent|approval)\b/;
const PROHIBIT = /\b(?:may not|shall not|will not|cannot|can not|must not|is not permitted to|are not permitted to|neither (?:party|of us|of the parties) (?:may|shall|will)|no party (?:may|shall|will))\b/;
const CARVE_OUT = /\b(?:affiliate|successor|merger|acquisition|reorgani[sz]ation|sale of (?:all|substantially all)|change of control)\b/;
const CHANGE_OF_CONTROL = /\b(?:change (?:of|in) (?:the )?control|change of ownership|(?:is|be|becomes?) acquired|merger|merges? with|acquisition of (?:all or )?(?:substantially all|a (?:majority|controlling))|sale of all or substantially all)\b/;

export function assignmentFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  const m = ASSIGN.exec(n);
  if (m && /\b(?:this agreement|the agreement|these terms|this order form|(?:this|the|any) (?:msa|master (?:services |subscription |purchase )?agreement|contract|addendum|dpa|sow|statement of work|order)|its rights|any (?:of its )?rights|rights (?:or|and|and\/or) obligations|obligations (?:hereunder|under)|this contract|its interest|any interest)\b/.test(n) && !/\bmeaning(?:s)? (?:assigned|ascribed)\b/.test(n)) {
    const role = assignor(s, m.index);
    if (role !== 'customer') {
      if (WITHOUT_CONSENT.test(n) && !PROHIBIT.test(n.slice(0, n.search(WITHOUT_CONSENT)))) {
        // "Provider may assign this Agreement without consent": free assignment, unless only to an affiliate/successor.
        const freeClause = n.slice(0, n.search(WITHOUT_CONSENT) + 60);
        // Free only towards an affiliate or a successor still means no consent for those; it loses to any "true".
        out.push(candidate('assignment.consent_required', false, s, { index: m.index, length: m[0].length }, { rank: CARVE_OUT.test(freeClause) ? 2 : 1 }));
      } else if (CONSENT.test(n) || PROHIBIT.test(n)) {
        if (PROHIBIT.test(n) || /\b(?:only|solely) with\b|\bsubject to\b|\brequires?\b|\bwith the (?:prior )?(?:written )?consent\b/.test(n)) {
          out.push(candidate('assignment.consent_required', true, s, { index: m.index, length: m[0].length }));
        }
      }
    }
  }
  const coc = CHANGE_OF_CONTROL.exec(n);
  const term = /\bterminat\w*\b/.exec(n);
  if (coc && term) {
    const role = subjectRole(s.text, term.index, s.roles);
    // Who undergoes the change: the party word nearest before the change-of-control phrase, or after "of".
    const possessive = /([\w.&'-]+)'s?\s*$/.exec(s.text.slice(Math.max(0, coc.index - 30), coc.index));
    const whose = ownerAfter(s, coc.index + coc[0].length) ?? (possessive ? subjectRole(possessive[1]!, possessive[1]!.length, s.roles) : null);
    if (role !== 'vendor' && whose !== 'customer' && /\b(?:may|right to|entitled|option|elect)\b/.test(n)) {
      out.push(candidate('assignment.change_of_control_termination', true, s, { index: coc.index, length: coc[0].length }));
    }
  }
  return out;
}

/** The party assigning: the subject before the verb, or the agent of a passive ("be assigned by Customer"). */
function assignor(s: SentenceView, verbIndex: number): Role | null {
  const passive = /^[a-z]*(?:\s+or\s+(?:otherwise\s+)?[a-z]+)?\s+by\s+([^,;.]{0,40})/.exec(s.norm.slice(verbIndex));
  if (passive) {
    const agent = passive[1]!;
    if (/\b(?:either|any|neither|each) party\b|\bthe parties\b/.test(agent)) return 'both';
    const role = subjectRole(agent, agent.length, s.roles);
    if (role) return role;
  }
  if (/\b(?:neither|either|each|any|no) party\b|\bthe parties\b|\b(?:neither|either|each) of us\b/.test(s.norm.slice(0, verbIndex))) return 'both';
  return subjectRole(s.text, verbIndex, s.roles);
}

function ownerAfter(s: SentenceView, from: number): Role | null {
  const window = s.text.slice(from, from + 40).split(/[,;.]/)[0]!;
  return subjectRole(window, window.length, s.roles);
}
