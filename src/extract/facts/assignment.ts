// assignment.consent_required, assignment.change_of_control_termination.
import { subjectRole, type Role } from '../parties.js';
import { candidate, type Candidate, type SentenceView } from './common.js';

// Not "fraudulent transfer" laws nor "an assignment for the benefit of creditors" (insolvency).
const ASSIGN = /(?<!\bfraudulent )\b(?:assign\w*|transfer\w*|delegat\w*)\b(?! for the benefit of (?:its )?creditors)/;
const CONSENT = /\b(?:consent|approval|approve|agreement in writing|permission|ok|okay|say-so|sign-off|authori[sz]ation)\b/;
const WITHOUT_CONSENT = /\bwithout (?:the )?(?:need for |need to obtain |requiring |obtaining )?(?:any )?(?:[\w'-]+ ){0,2}?(?:prior )?(?:written )?(?:consent|approval|permission|ok|okay|say-so|sign-off|authori[sz]ation)\b/;
const PROHIBIT = /\b(?:may not|shall not|will not|cannot|can not|must not|won't|can't|mustn't|shan't|is not permitted to|are not permitted to|neither (?:party|of us|of the parties) (?:may|shall|will)|no party (?:may|shall|will))\b/;
/** Whose consent is asked: "consent of Licensor", "Licensor's consent", "without our OK". */
const CONSENT_OF = /\b(?:consent|approval|permission|ok|okay|authori[sz]ation)(?: in writing)? of (?:the )?([\w&.'-]+(?: [\w&.'-]+)?)/;
const POSSESSIVE_CONSENT = /\b([\w&.-]+'s?|your|our|its|their)\s(?:prior |express )?(?:written )?(?:consent|approval|permission|ok|okay)\b/;
/** Free assignment stated without any consent words: "Licensor may freely assign", "We may transfer our rights". */
const MAY_ASSIGN = /\b(?:may|can|is (?:free|entitled) to|shall be (?:free|entitled) to|has the right to|reserves the right to)(?: at any time)?(?: freely)? (?:assign|transfer|novate)\b/;
/** Consent given now for any later assignment: "the Client gives from now its consent", "hereby consents in advance". */
const ADVANCE_CONSENT = /\b(?:gives?|grants?) (?:from now|hereby|now|in advance) (?:its|their|his|her) consent\b|\b(?:gives?|grants?) (?:its|their) consent (?:from now|now|hereby|in advance)\b|\bhereby (?:irrevocably )?consents? (?:in advance )?to (?:any|such)\b|\bconsents? in advance\b/;
const NO_CONSENT_NEEDED = /\b(?:consent|approval)\b[^.;]{0,20}\b(?:shall|will|is|are) not (?:be )?(?:required|needed|necessary)\b|\bno (?:such )?(?:consent|approval) (?:is|shall be|will be) (?:required|needed|necessary)\b/;
const CARVE_OUT = /\b(?:affiliate|successor|merger|acquisition|reorgani[sz]ation|sale of (?:all|substantially all)|change of control)\b/;
/** The change named with its owner after it: "change of control of the Supplier", "obtains control of us". */
const CHANGE_OF_CONTROL = /\b(?:change (?:of|in) (?:the )?(?:(?:management|ownership|control)(?:,| or| and|, or)? ){0,2}(?:control|ownership)|merger|acquisition of (?:all or )?(?:substantially all|a (?:majority|controlling))|sale of all or substantially all|(?:obtains?|acquires?|gains?) control of|change in the (?:persons?|entity|entities|shareholders?) (?:who|that|which) (?:directly or indirectly )?controls?|control of(?=[^.;,]{1,40}\b(?:passes|pass|is transferred|are transferred|changes)\b|\s+(?:the\s+)?[\w.&'-]+(?:\s+[\w.&'-]+)?,[^.;]{1,100}\b(?:passes|is transferred) to\b)|(?:\d+|fifty|a majority)\s*(?:%|percent)?(?: \(\d+%?\))?(?: or more)? of the (?:voting|issued|outstanding) (?:shares|stock|securities|equity)(?: of)?)\b/;
/** The change named with its owner before it: "the Supplier is acquired", "we merge with", "Licensor sells all ...". */
const CHANGE_OF_CONTROL_SUBJECT = /\b(?:(?:is|be|becomes?|are) acquired|merges? (?:with|into)|amalgamates? with|consolidates? with|undergoes a change (?:of|in) (?:control|ownership)|sells? (?:all or )?substantially all)\b/;
/** Ending the agreement, in its several words. */
const END_AGREEMENT = /\b(?:terminat\w*|cancel\w*|rescind|end (?:this|the|these|your|our) (?:agreement|contract|terms|subscription))\b/;

export function assignmentFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  const m = ASSIGN.exec(n);
  if (m && /^\W*assignment\b[^:|]{0,30}[:|]|\b(?:this agreement|the agreement|these terms|this order form|(?:this|the|any) (?:msa|master (?:services |subscription |purchase )?agreement|contract|addendum|dpa|sow|statement of work|order)|its rights|any (?:of its )?rights|(?:its|their|our|your) (?:contractual )?position|rights (?:or|and|and\/or) obligations|obligations (?:hereunder|under)|this contract|its interest|any interest|any (?:such )?(?:assignment|transfer|novation) by)\b/.test(n) && !/\bmeaning(?:s)? (?:assigned|ascribed)\b/.test(n)) {
    const role = assignor(s, m.index);
    // "The Manufacturer shall not assign ... without the consent of Licensor": asking our consent, the assignor is
    // the other party, whatever its name sounds like.
    const giver = consentGiver(s);
    const othersRestriction = giver === 'vendor' && role !== 'both';
    if (role !== 'customer') {
      // "any assignment ... made without our prior written consent" is the other party's breach, not our freedom.
      // "The Company may assign ... by written notice, and the Customer's consent shall not be required".
      // ("Neither party may assign ... without consent, except that no such consent will be required for an affiliate"
      // still needs consent.)
      const noConsentNeeded = NO_CONSENT_NEEDED.test(n) && MAY_ASSIGN.test(n) && !PROHIBIT.test(n.slice(0, n.search(NO_CONSENT_NEEDED)));
      if (noConsentNeeded || (WITHOUT_CONSENT.test(n) && !PROHIBIT.test(n.slice(0, n.search(WITHOUT_CONSENT))) && !(giver === 'vendor' && role !== 'vendor'))) {
        // "Provider may assign this Agreement without consent": free assignment, unless only to an affiliate/successor.
        const freeClause = noConsentNeeded ? n : n.slice(0, n.search(WITHOUT_CONSENT) + 60);
        // Free only towards an affiliate or a successor still means no consent for those; it loses to any "true".
        out.push(candidate('assignment.consent_required', false, s, { index: m.index, length: m[0].length }, { rank: CARVE_OUT.test(freeClause) ? 2 : 1 }));
      } else if (CONSENT.test(n) || PROHIBIT.test(n)) {
        if (!othersRestriction && (PROHIBIT.test(n) || /\b(?:only|solely) with\b|\bsubject to\b|\brequires?\b|\bwith (?:the )?(?:[\w.&'-]+'s? |its |their |your |our )?(?:prior )?(?:written )?(?:consent|approval)\b|\bmust (?:first )?(?:obtain|get|seek|secure)\b/.test(n))) {
          out.push(candidate('assignment.consent_required', true, s, { index: m.index, length: m[0].length }));
        } else if (role !== null && MAY_ASSIGN.test(n) && ADVANCE_CONSENT.test(n) && !/\b(?:not|no|never|neither|nor)\b/.test(n.slice(0, n.search(MAY_ASSIGN)))) {
          // "...; for this purpose the Client gives from now its consent": consent given in advance is no consent to ask.
          out.push(candidate('assignment.consent_required', false, s, { index: m.index, length: m[0].length }, { rank: CARVE_OUT.test(n) ? 2 : 1 }));
        }
      } else if (role !== null && MAY_ASSIGN.test(n) && !/\b(?:not|no|never|neither|nor)\b/.test(n.slice(0, n.search(MAY_ASSIGN)))) {
        out.push(candidate('assignment.consent_required', false, s, { index: m.index, length: m[0].length }, { rank: CARVE_OUT.test(n) ? 2 : 1 }));
      }
    }
  }
  const subjectForm = CHANGE_OF_CONTROL_SUBJECT.exec(n);
  const ofForm = CHANGE_OF_CONTROL.exec(n);
  const coc = subjectForm && (!ofForm || subjectForm.index < ofForm.index) ? subjectForm : ofForm;
  const term = END_AGREEMENT.exec(n);
  if (coc && term) {
    const role = subjectRole(s.text, term.index, s.roles);
    // Who undergoes the change: the subject of "is acquired"; else the party after "of", or a possessive before.
    const possessive = /([\w.&'-]+)'s?\s*$/.exec(s.text.slice(Math.max(0, coc.index - 30), coc.index));
    // The subject of "is acquired" is the last few words before it; a party word further back is another clause's.
    const subjectWords = /(?:\S+\s+){0,2}\S*\s*$/.exec(s.text.slice(Math.max(0, coc.index - 40), coc.index))?.[0] ?? '';
    const whose = coc === subjectForm ? subjectRole(subjectWords, subjectWords.length, s.roles)
      : ownerAfter(s, coc.index + coc[0].length) ?? (possessive ? subjectRole(possessive[1]!, possessive[1]!.length, s.roles) : null);
    // "A change of control shall not give Customer any right to terminate": expressly no such right.
    const denied = /\b(?:not|no|never|neither|nor)\b[^.;]{0,40}\b(?:any )?(?:right|entitle\w*|option|basis|grounds?)\b[^.;]{0,20}\bto (?:terminat|cancel|end)/.test(n)
      || /\b(?:shall|will|does|do|may|can) ?not (?:\w+ ){0,2}(?:terminat|cancel)\w*\b/.test(n.slice(Math.max(0, term.index - 30), term.index + term[0].length));
    if (denied && whose !== 'customer') {
      out.push(candidate('assignment.change_of_control_termination', false, s, { index: coc.index, length: coc[0].length }));
    } else if (role !== 'vendor' && whose !== 'customer' && /\b(?:may|right to|entitled|option|elect)\b/.test(n)) {
      out.push(candidate('assignment.change_of_control_termination', true, s, { index: coc.index, length: coc[0].length }));
    }
  }
  return out;
}

/** The party whose consent the sentence asks for, if named. */
function consentGiver(s: SentenceView): Role | null {
  const c = CONSENT_OF.exec(s.norm) ?? POSSESSIVE_CONSENT.exec(s.norm);
  if (!c) return null;
  // "consent of Oaktree US": a pronoun inside a name is no party.
  const raw = c[1]!.replace(/[.,'-]+$/, '');
  const name = raw.includes(' ') ? raw.replace(/\s+(?:us|we|our)$/, '') : raw;
  if (/^(?:the other|other|other party|each|either|both|the parties)\b/.test(name) || /\bother\b/.test(name)) return 'both';
  return subjectRole(name, name.length, s.roles);
}

/** The party assigning: the subject before the verb, or the agent of a passive ("be assigned by Customer"). */
function assignor(s: SentenceView, verbIndex: number): Role | null {
  const passive = /^[a-z]*(?:\s+or\s+(?:otherwise\s+)?[a-z]+)?\s+by\s+([^,;.|:]{0,40})/.exec(s.norm.slice(verbIndex));
  if (passive) {
    const agent = passive[1]!;
    if (/\b(?:either|any|neither|each) party\b|\bthe parties\b/.test(agent)) return 'both';
    const role = subjectRole(agent, agent.length, s.roles);
    if (role) return role;
  }
  if (/\b(?:neither|either|each|any|no) party\b|\bthe parties\b|\b(?:neither|either|each) of us\b/.test(s.norm.slice(0, verbIndex))) return 'both';
  const head = s.text.slice(0, verbIndex).replace(/\b(?:without|with|save with|except with|obtain(?:ing)?|get(?:ting)?|seek(?:ing)?|secur(?:e|ing))\b[^,;]{0,80}?\b(?:consent|approval|permission)\b[^,;]{0,60}/gi, (x) => ' '.repeat(x.length));
  return subjectRole(head, verbIndex, s.roles);
}

/** The first party named just after `from` ("of the Vendor are transferred to a third party" -> vendor). */
function ownerAfter(s: SentenceView, from: number): Role | null {
  const window = s.text.slice(from, from + 40).split(/[,;.(]/)[0]!;
  const words = window.split(/\s+/);
  for (let k = 1; k <= Math.min(words.length, 6); k++) {
    const head = words.slice(0, k).join(' ');
    const role = subjectRole(head, head.length, s.roles);
    if (role) return role;
  }
  return null;
}
