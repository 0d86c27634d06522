// term.initial_months, renewal.auto, renewal.term_months, renewal.notice_days.
import { parseNumberWords, parseNumeral } from '../values/index.js';
import { NOTICE_AFTER, after, before, candidate, durationCandidate, durations, type Candidate, type ReadDuration, type SentenceView } from './common.js';

const TERM_SENTENCE = /\b(?:initial (?:subscription )?(?:term|period|duration)|subscription period|(?:subscription|agreement|msa|contract|term|plan(?: period)?) (?:starts|begins|commences|takes effect|comes into (?:force|effect)|enters into force)\b[^.;]{0,120}\b(?:(?:runs?|continues?|lasts?) for|lasts?)\b|(?:subscription|term) (?:runs|lasts|continues) for|(?:term|tenure) of (?:this|the) (?:agreement|contract|licen[cs]e)|(?:this|the) (?:agreement|contract) (?:shall|will) (?:commence|begin|start|remain|continue|be in (?:full )?(?:force|effect)|be effective|(?:be|remain) valid|expire|run|come into (?:force|effect)|be for (?:a|an|the)\b)|\b(?:contract|agreement|licen[cs]e) (?:period|term) (?:shall be|will be|is)\b|(?:agreement|contract|licen[cs]e) (?:is|remains) valid for|subscription term|(?<!\b(?:warranty|payment|support|maintenance|loan|lease|guarantee|notice|restricted|non-?compete|exclusivity) )(?:the )?term (?:shall|will|is) (?:be )?|^term\s*[:|]|^(?:initial |minimum )?(?:contract|service|coverage|agreement|order|licen[cs]e|commitment) (?:term|period)\s*[:|]|^(?:initial )?(?:term|duration|period) of (?:the )?(?:order|agreement|contract|subscription|licen[cs]e|services)\s*[:|]|\b(?:initial |minimum )?commitment (?:period|term) (?:of|is|shall be|will be)\b|\b(?:remains?|continues?) in (?:full )?(?:force|effect) for\b|\b(?:is|shall be|will be) (?:first |initially )in (?:full )?(?:force|effect) for\b|\bminimum (?:contract |subscription |service )?term\b|\b(?:agreement|contract|licen[cs]e|subscription|plans?) (?:shall |will )?(?:has|have) a (?:duration|term) of\b|\bthe duration of (?:this|the) (?:agreement|contract|licen[cs]e|subscription) (?:is|shall be|will be)\b|\b(?:first|initial) (?:licen[cs]e|subscription|contract|service) (?:year|period|term)\b[^.;]{0,80}\b(?:lasts?|runs? for)\b|\b(?:this|the) (?:agreement|contract|msa)\b[^.;]{0,60}\b(?:endures?|subsists?|shall endure|will endure) for\b|\b(?:is|are|shall be|has been) (?:entered into|concluded|made) for (?:a |an )?(?:fixed |definite |initial |firm )?(?:period|term)\b|^(?:initial|minimum|fixed|first) (?:term|period|duration)\s*[:|]|\b(?:agreement|contract)\b[^.;]{0,80}\b(?:is|remains|shall remain|shall be) valid for\b|\b(?:agreement|contract)\b[^.;]{0,80}\bhas (?:a|an) (?:first|initial|minimum|fixed) (?:period|term|duration) of\b|\b(?:this|the) (?:agreement|contract) (?:applies|shall apply|will apply) from\b[^.;]{0,60}\bfor (?:a (?:period|term) of )?(?:\w+ )?\(?\d*\)? ?(?:years?|months?)\b)/;
const NOTICE_NEAR = /\b(?:notice|notify|notif\w*|prior to|before the end|in advance)\b/;
const RENEWAL_WORDS = /\b(?:renew\w*|successive|succeeding|additional|further|consecutive|subsequent|extension|extend\w*|prolong\w*|roll(?:s|ed|ing)? ?over|roll(?:s|ed)? (?:forward|into)|another)\b/;
/** "A delay in reaching Go-Live does not extend the periods": an event that does not lengthen the term is no exclusion of renewal. */
const OTHER_THING_EXTENDS = /\b(?:delay\w*|suspension|downtime|failure|dispute|event|holiday|implementation|go-live)\b[^.;]{0,60}$/;
/** "notifies the other ... that it will not renew": the content of a non-renewal notice, not an exclusion of renewal. */
const NOTICE_CONTENT_BEFORE = /\b(?:notif\w*|notice|informs?|tells?|advises?|confirms?|indicat\w*)\b[^.;]{0,160}\bthat (?:it|they|you|we|such party|the \w+)?\s*$/;

const AUTO_TRUE: readonly RegExp[] = [
  // "Your Plan rolls over from one billing month to the next".
  /\b(?:roll(?:s|ed)? over|continues?|renews?) from one (?:billing |calendar |contract |subscription )?(?:month|year|period|term) to the next\b/,
  /\b(?:automatically|auto-?)\s*(?:be\s+)?(?:renew\w*|extend\w*|continue\w*)/,
  // ...but "sublicences continue automatically after termination" is survival, not renewal. ("extends by itself")
  /\b(?:renew|renews|renewed|extends?|extended|continue|continues|carr(?:y|ies) on|roll(?:s|ed)? (?:forward|over|on)) (?:automatically|by itself|of itself|of its own accord)\b(?! (?:after|following|upon|on) (?:the |any |such )?(?:termination|expir))/,
  // "your licence simply rolls into a new licence year of twelve months ... unless you tell us".
  /\broll(?:s|ed)? (?:over )?into (?:a|another) new\b(?:[^.]|\.(?=\d))*\bunless\b/,
  // ("shall be extended without further action for a further period of twelve (12) months, unless ...")
  /\b(?:shall|will) (?:be )?(?:renew(?:ed)?|extend(?:ed)?|continue) (?:thereafter )?(?:without (?:any )?(?:further )?(?:action|formality|formalities) )?(?:for|on|by) (?:an? |one (?:\(1\) )?)?(?:additional|successive|further|consecutive|subsequent)\b(?:[^.]|\.(?=\d))*\bunless\b/,
  /\bunless (?:either|one|a|the other) party (?:gives|provides|serves|delivers|notifies|tells|informs)(?:[^.]|\.(?=\d))*\b(?:non-?renewal|not to (?:renew|extend)|intention not to (?:renew|extend)|terminat\w*)\b/,
  /\bevergreen\b/,
  // "this Agreement is extended by a further twelve (12) months, and so on each year thereafter, unless ...".
  /\b(?:is|are) (?:automatically |tacitly )?(?:extended|renewed|prolonged) (?:for|by) (?:an? |the )?(?:further|additional|successive|consecutive|subsequent|another)\b(?:[^.]|\.(?=\d))*\bunless\b/,
  // "The Term will be 3 years ... with an automatic 2 year term extension".
  /(?<!\bnot )\b(?:with|subject to|includ\w*|provides? for) (?:an? |the )?automatic (?:(?:[\w-]+|\(\d+\)) ){0,4}(?:renewals?|extensions?)\b/,
  // "the Agreement is prolonged by twelve (12) months at a time, unless either Party gives written notice" (or "is
  // thereafter extended by ...").
  /\b(?:is|are|shall be|will be) (?:thereafter |then )?(?:automatically |tacitly )?(?:prolonged|extended|renewed)\b[^.;]{0,60}\b(?:at a time|each time|in each case)\b(?:[^.]|\.(?=\d))*\bunless\b/,
  // Continental drafting: "the Contract is tacitly renewed for further periods", "tacit renewal".
  /\btacit(?:ly)? (?:be )?(?:renew\w*|extend\w*|extension|prolong\w*)\b|\b(?:renew\w*|extend\w*|prolong\w*) (?:tacitly|by tacit (?:agreement|consent))\b/,
  // "If neither Party has given notice of termination ..., the Agreement is thereafter extended by twelve months at a time".
  /\bif (?:neither|no|none of the) part(?:y|ies)\b[^.;]{0,160}\b(?:notice|notif\w*)\b[^.;]{0,160}\b(?:is|are|shall be|will be) (?:thereafter |then |automatically |tacitly )*(?:extended|renewed|prolonged)\b/,
  // "continues for successive periods of twelve (12) months each, unless either party gives notice".
  /\b(?:continues?|renews?|extends?|(?:shall|will) (?:continue|renew|extend)) (?:thereafter )?(?:for|on|by) (?:an? |one )?(?:successive|additional|further|consecutive|subsequent) (?:periods?|terms?|(?:\w+[- ]|\w+ \(\d+\) )?(?:year|month)s?\b)(?:[^.]|\.(?=\d))*\bunless\b/,
  /\b(?:year[- ](?:to|by)[- ]year|month[- ](?:to|by)[- ]month)\b(?:[^.]|\.(?=\d))*\b(?:unless|until (?:terminated|either|one|the other|a) |until (?:\w+ ){0,3}(?:cancel|terminat|end)\w*)/,
  // "continues on a rolling monthly basis": rolling means it goes on by itself.
  /\b(?:continu\w*|renew\w*|runs?|carr(?:y|ies) on|thereafter)\b[^.;]{0,30}\bon a rolling (?:monthly|annual|yearly|quarterly|month-to-month|[\w-]+[- ]month|[\w-]+[- ]year) basis\b/,
  // "carries on for another period ... unless you cancel", "shall stand extended for a further period ... unless",
  // "continues each time for a further twelve (12) months, unless".
  /\b(?:carr(?:y|ies) on|continues?|keeps? (?:going|running)|roll(?:s|ed)? (?:forward|on|over)|(?:shall|will) (?:continue|carry on|keep going|roll (?:forward|on|over))|(?:shall |will )?stands? (?:automatically )?(?:extended|renewed))\b(?: automatically)?(?:,? (?:each time|in each case|on each occasion),?)?(?: in (?:full )?(?:force|effect)(?: and effect)?)?(?:,? on the same terms(?: and conditions)?,?)?(?:,? without (?:any )?(?:further )?(?:act|action|notice|formality)(?:[^,;.]{0,30},)?)?(?: (?:after|beyond|following) (?:the |its |that )?[\w-]+(?: [\w-]+)?)? (?:thereafter )?(?:for|on|by|into) (?:an? |the )?(?:another|successive|additional|further|consecutive|subsequent|next)\b(?:[^.]|\.(?=\d))*\b(?:unless|until)\b/,
  // "thereafter shall continue for successive periods of 12 months until terminated by either party giving ...".
  /\b(?:continues?|renews?|extends?|(?:shall|will) (?:continue|renew|extend)) (?:thereafter )?(?:for|on) (?:an? )?(?:successive|additional|further|consecutive|subsequent) (?:periods?|terms?|(?:\w+[- ])?(?:year|month)s?\b)(?:[^.]|\.(?=\d))*\buntil (?:terminated|either|one|the other|a) /,
  // "will roll over for further 12-month periods unless", "will roll over automatically".
  /\broll(?:s|ed)? ?over\b(?: automatically)?(?:[^.]|\.(?=\d))*\b(?:unless|until (?:terminated|either|one|the other|a) )|\broll(?:s|ed)? ?over automatically\b|\bautomatically roll(?:s|ed)? ?over\b/,
  // "Either party may elect not to extend ... by notice": renewal happens unless someone opts out.
  /\b(?:may|can|shall be entitled to) (?:elect|choose|decide|opt) not to (?:renew|extend)\b/,
  /\b(?:cancel|prevent|stop|avoid|opt out of) (?:the |any |its )?(?:automatic|auto-?) ?(?:renewal|extension)\b/,
  /\b(?:agreement|contract|term|licen[cs]e|subscription|it) (?:shall |will |is |are )?(?:be )?deemed (?:to (?:be|have been) )?(?:renewed|extended)\b/,
  // "...; otherwise it will be extended for a further period", "failing which the Agreement renews for a further ...".
  /\b(?:otherwise|failing which|failing such notice|in the absence of such notice)\b,? (?:it|this agreement|the agreement|this contract|the contract|the term|this licen[cs]e|the licen[cs]e|the subscription)? ?(?:will |shall )?(?:be )?(?:automatically )?(?:renew\w*|extend\w*|continu\w*|roll\w* over)\b[^.;]{0,40}\b(?:further|additional|successive|consecutive|subsequent|renewal|another|same)\b/,
  // "Unless either party gives notice ... that it does not wish to renew, this Agreement will be extended for a Further Term".
  /\bunless\b(?:[^.]|\.(?=\d))*\b(?:(?:will|shall) (?:be )?)?(?:automatically )?(?:renew\w*|extend\w*|continu\w*)(?:,? (?:each time|in each case|on each occasion),?)? (?:automatically )?(?:thereafter )?(?:on the same terms (?:and conditions )?)?(?:for|on|by) (?:an? |the )?(?:further|additional|successive|consecutive|subsequent|renewal)\b/,
];
const AUTO_FALSE: readonly RegExp[] = [
  // "It is not extended tacitly, and any continuation requires a supplementary agreement".
  // ("will not roll over or be extended tacitly")
  /\b(?:is|are|shall|will|may) not (?:[a-z ]{1,20} or )?(?:be )?(?:extended|renewed|prolonged) (?:tacitly|automatically)\b/,
  // "shall not be tacitly or automatically extended"
  /\b(?:is|are|shall|will|may) not (?:be )?(?:tacitly|automatically)(?: or (?:tacitly|automatically))? (?:extended|renewed|prolonged)\b/,
  // "This Agreement does not continue automatically".
  /\b(?:will|shall|does|do) not (?:\w+ )?(?:continue|renew|extend|roll over)\w* automatically\b/,
  // "shall not continue or roll over automatically", "shall not roll over or continue by implication", "does not roll
  // over or extend on its own".
  /\b(?:will|shall|does|do) not (?:continue|renew|extend|roll over)(?: or (?:continue|renew|extend|roll over))? (?:automatically|by implication|tacitly|on its own|by itself|of itself)\b/,
  // Scots law: "The parties exclude tacit relocation"; "no further period shall arise unless the parties agree it".
  /\bexclud\w* (?:any )?tacit (?:relocation|renewal|extension|prolongation)\b|\btacit (?:relocation|renewal|extension|prolongation) (?:is|shall be) excluded\b|\bno (?:further|new|additional) (?:period|term) shall arise\b/,
  /\bnothing\b[^.;]{0,60}\b(?:providing for|provides? for|creates?|constitut\w*) (?:an? |any )?(?:automatic|auto-?) ?renewal\b/,
  // (Not "do not extend these support hours": what is extended must be the agreement, if named.)
  /\b(?:will|shall|does|do) not (?:be )?(?:automatically |tacitly )?(?:renew|extend|be renewed|be extended)(?:ed)?\b(?! to\b| beyond\b)(?! (?:the|these|those|its|their|such|any|our|your) (?!(?:agreement|contract|term|terms|subscription|licen[cs]e|order|plan)\b)[a-z])/,
  /\b(?:will|shall|does|do|is) not auto-?(?:renew|renewing|renewed)\b/,
  /\bno (?:automatic|auto-?) ?(?:renewal|extension)s?\b/,
  /\bno tacit (?:renewal|extension|prolongation|relocation)\b/,
  /\bnot (?:be )?subject to (?:any )?(?:automatic|auto-?) ?(?:renewal|extension)s?\b/,
  // "It shall not roll over or continue beyond that date unless the parties agree an extension in a written variation".
  /\b(?:will|shall|does|do) not (?:roll over|renew|continue|be (?:renewed|extended))\b(?: or (?:roll over|renew|continue|be (?:renewed|extended)))?[^.;]{0,40}\bunless (?:the parties|both parties|the parties mutually)\b[^.;]{0,30}\b(?:agree|consent)/,
  /\bnot (?:be )?(?:automatically )?(?:renewed|extended) automatically\b|\bnot renew automatically\b/,
  /\b(?:may|can) (?:only )?be (?:renewed|extended) (?:only )?(?:by|upon|with) (?:a |an |the )?(?:mutual|written|parties'|both)/,
  /\b(?:renewal|extension) (?:of [^.;]{0,30})?(?:requires|is subject to|(?:shall|will|must) (?:require|be subject to|be by)) (?:a |the )?(?:mutual|written|signed|parties')/,
  // Order-form rows: "Auto-renewal | No", "Automatic renewal: None".
  /^(?:auto(?:matic)?[- ]?renew(?:al|s)?|renews automatically|evergreen)\s*[:|]\s*(?:no|none|n\/a|not applicable|off|disabled|not included|excluded)\b/,
  // "shall come to an end unless the parties have agreed in writing to extend it".
  /\b(?:shall|will) (?:come to an end|expire|terminate|end)\b[^.;]{0,40}\bunless (?:the parties|both parties)\b[^.;]{0,40}\b(?:agreed?|agree) (?:in writing )?to (?:extend|renew)\b/,
  // "shall terminate at the end of the Initial Term without renewal".
  /\b(?:expires?|terminates?|ends?|lapses?|(?:shall|will) (?:expire|terminate|end|lapse))\b[^.;]{0,60}\bwithout (?:any )?(?:further )?(?:renewal|extension)\b(?! (?:fees?|charges?|costs?|notice))/,
  /\b(?:may|can) (?:only )?(?:renew|extend)\w*\b[^.;]{0,30}\b(?:by|upon|with) (?:the )?(?:mutual|written agreement|parties' (?:mutual|written))/,
];

export function termFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  // Read lazily: most sentences are neither about the term nor about renewal, and reading durations tokenizes.
  let all: ReadDuration[] | undefined;
  const allDurations = (): ReadDuration[] => (all ??= durations(s, 'months'));

  // Initial term: a duration stated as how long the agreement runs, not a notice period or renewal length.
  if (TERM_SENTENCE.test(n) || /\binitial term\b/.test(s.headings)) {
    const renewalAt = n.search(/\b(?:thereafter|renew\w*|successive|automatically (?:extend|continue)|roll(?:s|ed)? ?over|roll(?:s|ed)? (?:forward|into)|extends? automatically|(?:may|shall|will) be extended|extend\w* the (?:initial )?term)\b/);
    for (const d of allDurations()) {
      if (renewalAt >= 0 && d.index > renewalAt && !/\binitial\b/.test(before(s, d.index, 30))) continue;
      const b = before(s, d.index, 40);
      const a = after(s, d.index, d.length, 30);
      if (NOTICE_NEAR.test(b.slice(-25)) || /^\W*(?:'|s')?\s*(?:prior |advance )*(?:written )?notice/.test(a) || /^\s*(?:prior to|before|in advance)/.test(a)) continue;
      if (/\b(?:within|after termination|following termination|survive)\s*$/.test(b)) continue;
      // "Measurement records are kept for twenty-four (24) months", "The Fees are fixed for the first twelve (12) months
      // of the Initial Period": a retention or a price hold, not the term.
      if (/\b(?:kept|retained|stored|archived|held)\s+for\s*$|\b(?:fees?|prices?|rates?|charges?)\b[^.;]{0,40}\b(?:fixed|firm|held|locked|frozen)\b[^.;]{0,20}$/.test(b)) continue;
      // "after the first six months", "extend the Initial Term by up to six months": a point in or a change to the term.
      if (/\b(?:after|following|during|before|until|in|within) (?:the |its )?(?:first|last|final)\s*$|\bby (?:up to |a further |an additional |a maximum of |not more than )?$/.test(b)) continue;
      // "for six (6) months after its termination": a tail after the term, not the term.
      if (/^\W*(?:after|following|from|beyond) (?:its |the |any |such )?(?:termination|expiry|expiration|end|term of (?:this|the))\b|^\W*thereafter\b|^\W*after (?:it|this agreement|the agreement|the contract) (?:ends|expires|terminates)\b/.test(a)) continue;
      if (/\b(?:further|additional|successive|consecutive|subsequent|renewal)\s+(?:(?:periods?|terms?) of\s+)?$/.test(b)) continue;
      if (d.value <= 0 || d.value > 1200) continue;
      out.push(durationCandidate('term.initial_months', d, s, /\binitial\b/.test(n) ? 0 : 1));
      break;
    }
  }

  // Renewal: auto true/false, length of each renewal term, notice of non-renewal.
  const autoFalse = AUTO_FALSE.find((re) => { const m = re.exec(n); return m !== null && !NOTICE_CONTENT_BEFORE.test(n.slice(Math.max(0, m.index - 140), m.index)) && !OTHER_THING_EXTENDS.test(n.slice(Math.max(0, m.index - 80), m.index)); });
  // "The Warranty Period shall automatically be extended", "payment obligations continue automatically": not the term.
  const autoTrue = autoFalse ? undefined : AUTO_TRUE.find((re) => { const m = re.exec(n); return m !== null && !otherThingRenews(n.slice(Math.max(0, m.index - 50), m.index)); });
  if (autoFalse) {
    const m = autoFalse.exec(n)!;
    out.push(candidate('renewal.auto', false, s, { index: m.index, length: m[0].length }));
  } else if (autoTrue) {
    const m = autoTrue.exec(n)!;
    out.push(candidate('renewal.auto', true, s, { index: m.index, length: m[0].length }));
  }
  // "continues on a month-to-month basis" renews; "continues from year to year" alone may hinge on yearly approval (funds).
  const isRenewal = autoTrue !== undefined || /\b(?:continu\w*|renew\w*|extend\w*|carr(?:y|ies) on|on an?)\b[^.;]{0,20}\b(?:month[- ](?:to|by)[- ]month|quarter[- ](?:to|by)[- ]quarter|year[- ]by[- ]year)\b|\brenew\w*\b|\bsuccessive\b|\broll(?:s|ed)? ?over\b|\b(?:extend|extended|continue) for (?:an? )?(?:additional|further|consecutive|subsequent)\b|\bextend\w*\b[^.;]{0,40}\bfor (?:up to )?(?:\w+ )?(?:\(\d+\) )?(?:additional|further|consecutive|subsequent) (?:periods?|terms?)\b|\bextend\w*\b[^.;]{0,60}\b(?:each time|on each occasion) by\b/.test(n);
  // "Company may, at its option, extend the term ... by notice given 30 days before expiry": notice to exercise an option,
  // not notice of non-renewal.
  // "... the Company may send the Network a written proposal for extension": an offer to extend, not a non-renewal notice.
  const proposal = /\b(?:proposal|offer|request) (?:for|to) (?:an? )?(?:extension|renewal|extend|renew)\b|\b(?:renewal|extension) (?:proposal|offer|quote)\b/.test(n);
  // ("The Customer may, by notice given at least sixty (60) days before the end of the Initial Term, extend ...")
  const optionToExtend = proposal || /\b(?:may|has the (?:right|option)|is entitled),? (?:(?:at|in) its (?:sole )?(?:option|discretion),? |by (?:written )?notice [^.;,]{0,100}, )?(?:to )?(?:be )?(?:extend|renew)(?:ed)?\b/.test(n) && !/\bunless (?:either|one|a|the other|such|each) party\b|\bunless\b[^.;]{0,60}\b(?:notice|notif\w*)\b|\bnon-?renewal\b|\bnot (?:to )?(?:renew|extend)\b/.test(n);
  // '"Contract Year" means each successive period of twelve months': a definition, not a renewal.
  if (isRenewal && !/"\s*(?:means|shall mean|refers to)\s+(?:each|every|the) (?:successive |consecutive )?(?:period|year)\b/.test(n)) {
    const term = renewalLength(s, allDurations());
    if (term) out.push(term);
    if (!optionToExtend) {
      // "... unless either party notifies the other of its intention not to renew. Such notice must be given
      // ninety (90) days prior to expiration": the period sits in the next sentence.
      const follow = s.next[0];
      const notice = nonRenewalNotice(s) ?? (follow && /\b(?:notice|notif\w*)\b/.test(n) && /^(?:such|the|this|that|any such|said) (?:written )?(?:notice|notification)\b/.test(follow.norm) ? nonRenewalNotice(follow) : null);
      if (notice) out.push(notice);
    }
  }
  return out;
}

/** The notice of non-renewal in a renewal sentence: a day count tied to notice or to "prior to the end". */
function nonRenewalNotice(s: SentenceView): Candidate | null {
  for (const d of durations(s, 'days')) {
    const b = before(s, d.index, 50);
    const a = after(s, d.index, d.length, 60);
    const noticeAfter = NOTICE_AFTER.test(a);
    const noticeBefore = /\bnotice\b[^.;]{0,40}(?:at least|not less than|no less than|no later than|of|within)?\s*$/.test(b);
    const priorToEnd = /^\s*(?:prior to|before|in advance of|preceding)\b[^.;]{0,40}\b(?:end|ends|finish\w*|expir\w*|renewal|anniversary|term|date|last day)/.test(a);
    if (!(noticeAfter || noticeBefore || priorToEnd)) continue;
    if (/\bafter\s*$/.test(b)) continue;
    // "send an invoice thirty days before each renewal": billing or a reminder, not notice of non-renewal.
    if (/\b(?:invoice[sd]?|invoicing|bill(?:s|ed)?|remind\w*|quote[sd]?|charge[sd]?|payable)\b[^.;]{0,30}$/.test(b)) continue;
    // "ninety (90) days' notice of any price increase taking effect on renewal".
    if (/^\W*(?:'|s|s')?\W*\s*(?:advance |prior |written )*(?:notice|notification) (?:to \w+ )?of (?:any |a |the |such )?(?:new |revised |updated |increased |proposed |changed |applicable )?(?:price|fee|rate|pricing|charge|change|increase|amendment|modification)/.test(a)) continue;
    // "may increase the Fees by written notice given at least 90 days before that Renewal Term": a price notice.
    // "may change its fees with effect from the start of any Renewal Term ... by giving at least ninety (90) days' notice".
    // ("will tell Customer of any increase at least forty-five (45) days before the renewal date".)
    if (/\b(?:increase|raise|change|adjust|revise)\w*\b[^.;]{0,40}\b(?:fees?|prices?|rates?|charges?)\b|\b(?:any|an|the|such) (?:price |fee )?(?:increase|change|adjustment|revision)s?\b[^.;]{0,40}$/.test(before(s, d.index, 120))) continue;
    return durationCandidate('renewal.notice_days', d, s);
  }
  return null;
}

const PERIOD_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:year[- ]to[- ]year|annual(?:ly)? renew\w*|renew\w* annually)\b/, 12],
  [/\bmonth[- ](?:to|by)[- ]month\b|\brolling (?:monthly|month-to-month) basis\b/, 1],
  [/\brolling (?:annual|yearly) basis\b/, 12],
  [/\bfrom one (?:billing |calendar )?month to the next\b/, 1],
  [/\bfrom one (?:billing |contract |subscription )?year to the next\b/, 12],
  // "Monthly plans renew automatically", "renews at the end of each monthly billing cycle".
  [/\bmonthly (?:plans?|subscriptions?)\b[^.;]{0,30}\b(?:renew|roll)|\b(?:renew\w*|roll(?:s|ed)? ?over)\b[^.;]{0,40}\b(?:each|every) monthly\b/, 1],
  [/\b(?:annual|yearly) (?:plans?|subscriptions?)\b[^.;]{0,30}\b(?:renew|roll)|\b(?:renew\w*|roll(?:s|ed)? ?over)\b[^.;]{0,40}\b(?:each|every) (?:annual|yearly)\b/, 12],
  // "renew for another year", "carries on automatically for another month".
  // ...and "for one further Subscription Year at a time".
  [/\b(?:for|into|by) (?:another|a further|an additional|a new|the next|one (?:\(1\) )?(?:further|additional|more))(?: (?:subscription|contract|licen[cs]e|service|billing|agreement))? month\b/, 1],
  [/\b(?:for|into|by) (?:another|a further|an additional|a new|the next) quarter\b/, 3],
  [/\b(?:for|into|by) (?:another|a further|an additional|a new|the next|one (?:\(1\) )?(?:further|additional|more))(?: (?:subscription|contract|licen[cs]e|service|billing|agreement|calendar))? year\b/, 12],
  [/\bquarter[- ]to[- ]quarter\b/, 3],
  // "deemed extended for each subsequent year".
  [/\b(?:for|by) each (?:subsequent|successive|following|further) year\b/, 12],
  // "extend automatically for monthly periods", "for successive annual periods".
  [/\bfor (?:successive |additional |further |consecutive |subsequent )?monthly (?:periods?|terms?)\b/, 1],
  [/\bfor (?:successive |additional |further |consecutive |subsequent )?quarterly (?:periods?|terms?)\b/, 3],
  [/\bfor (?:successive |additional |further |consecutive |subsequent )?(?:annual|yearly) (?:periods?|terms?)\b/, 12],
  // "renews automatically every month", "rolls over each year".
  [/\b(?:renew\w*|roll(?:s|ed)? ?over)(?: automatically)? (?:every|each) month\b/, 1],
  [/\b(?:renew\w*|roll(?:s|ed)? ?over)(?: automatically)? (?:every|each) quarter\b/, 3],
  [/\b(?:renew\w*|roll(?:s|ed)? ?over)(?: automatically)? (?:every|each) year\b/, 12],
];

/** The length of each renewal term: the duration after "successive/additional/renewal", or "year-to-year". */
function renewalLength(s: SentenceView, all: ReadDuration[]): Candidate | null {
  const n = s.norm;
  for (const d of all) {
    const b = before(s, d.index, 45);
    const a = after(s, d.index, d.length, 30);
    if (NOTICE_NEAR.test(b.slice(-20)) || /^\W*(?:'|s')?\s*(?:prior |advance )?(?:written )?notice/.test(a) || /^\s*(?:prior to|before|in advance)/.test(a)) continue;
    // "rolls over into a new twelve-month period": "new" only right before the length.
    const tied = RENEWAL_WORDS.test(b) || /\b(?:into|for) an? new\s*$|\b(?:each time|on each occasion) by\s*$/.test(b) || RENEWAL_WORDS.test(n.slice(d.index, d.index + d.length)) || /^\s*(?:renewal|extension|prolongation|periods?|terms?|at a time)\b/.test(a);
    if (!tied) continue;
    if (/\binitial\b[^.;]{0,20}$/.test(b)) continue;
    // "during a treaty renewal period | ... | Within one (1) hour": a response time; no term renews by the hour.
    if (/\b(?:hours?|minutes?)\b/.test(n.slice(d.index, d.index + d.length))) continue;
    // "payable within thirty days of the renewal date": a deadline, not a renewal length.
    // ...nor "renewed during the last 30 days of a term" (a point in the term).
    if (/\b(?:within|after|following|beyond)(?: (?:that|the|such|this))?\s*$|\b(?:during|in|within) (?:the |its )?(?:last|final|first)\s*$/.test(b)) continue;
    if (d.value <= 0 || d.value > 1200) continue;
    return durationCandidate('renewal.term_months', d, s);
  }
  for (const [re, months] of PERIOD_WORDS) {
    const m = re.exec(n);
    if (m) return candidate('renewal.term_months', months, s, { index: m.index, length: m[0].length });
  }
  // "renewed for successive periods equal to the initial period", "terms of the same duration": the initial term's
  // length, filled in once the document's initial term is known.
  const same = /\b(?:periods?|terms?)\s+(?:equal (?:in (?:length|duration) )?to|of the same (?:duration|length) as|identical in (?:length|duration) to) (?:the|its|that) (?:initial|first|original) (?:term|period|duration|one)\b|\b(?:periods?|terms?) of the same (?:duration|length)\b|\b(?:a|successive|further) like (?:periods?|terms?)\b/.exec(n);
  if (same) return { ...candidate('renewal.term_months', 0, s, { index: same.index, length: same[0].length }, { rank: 1 }), sameAs: 'term.initial_months' };
  // "for successive one-year periods" when the reader missed the hyphenated form.
  const hy = /\b(?:successive|additional|further|consecutive|renewal)\s+(\w+)[- ](year|month)s?\b/.exec(n);
  if (hy) {
    const amount = parseNumeral(hy[1]!) ?? parseNumberWords(hy[1]!);
    if (amount !== null && amount > 0) return candidate('renewal.term_months', hy[2] === 'year' ? amount * 12 : amount, s, { index: hy.index, length: hy[0].length });
  }
  return null;
}

/** Words before "automatically extended/continues" naming something other than the agreement's term. */
function otherThingRenews(before: string): boolean {
  return /\b(?:warrant\w*|obligations?|liabilit\w*|sublicen[cs]es?|indemnit\w*|payments?|credits?|deadlines?|time limits?|cure period|response times?)\b/.test(before)
    && !/\b(?:agreement|contract|subscriptions?|plans?|licen[cs]e|order|term)\b(?! (?:of|for) (?:the )?(?:warrant|payment))/.test(before.replace(/\bwarranty (?:term|period)\b/g, ''));
}
