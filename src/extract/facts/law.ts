// governing_law.jurisdiction and venue.jurisdiction: "governed by the laws of X" is the law;
// "courts located in Y" / "arbitration seated in Z" is the venue.
import { COUNTRIES } from '../values/countries.js';
import { findJurisdictions } from '../values/index.js';
import { candidate, type Candidate, type SentenceView } from './common.js';

const LAW_SENTENCE = /\b(?:governed by|regulated by|(?:governed|construed|interpreted|enforced|controlled|applied|determined)\b[^.;]{0,160}\b(?:according to|in accordance with|under|pursuant to|by) the (?:internal |substantive )?laws?|(?:laws?|law) of [^.;]{0,120}\b(?:govern|governs|apply|applies)|application of the laws? of|governed in accordance with|construed (?:and enforced )?(?:in accordance with|under)|interpreted (?:in accordance with|under)|governing law|laws? of [^.;]{0,60}\b(?:shall|will) (?:govern|apply)|subject to (?:the )?(?:laws?|law) of|(?:english|scottish|irish|german|french|swiss|dutch) law|law (?:appl(?:y|ies)|governs?|(?:shall|will) (?:govern|apply))|(?:subject to|application of) (?:the )?(?:application of (?:the )?)?[a-z]+ law|(?:governed|construed|interpreted|enforced|determined)\b[^.;]{0,100}\b(?:under|by|in accordance with|according to) (?:[a-z]+ ){1,3}law)\b/;
const LAW_ANCHOR = /\b(?:laws?|law) of\b|\b(?:governed|regulated) by\b|\bgoverning law\b|\b(?:english|scottish|irish|german|french|swiss|dutch|new york|delaware|california) law\b/;
const VENUE_ANCHOR = /\b(?:courts?|judicial district|tribunals?|jurisdiction|venue|forum|arbitration|arbitral|seat(?:ed)?|place of arbitration|litigat\w*|proceedings)\b/;
/** A venue sentence names where disputes go; "binding orders of courts in the United States" does not. */
const VENUE_CONTEXT = /\b(?:jurisdiction|venue|forum|submit\w*|brought|bring|resolv\w*|settled|heard|arbitrat\w*|disputes?|actions?|(?:law)?suits?|proceedings?|claims?|litigat\w*|exclusive\w*|seat(?:ed)?|sitting|institut\w*|commenced|adjudicat\w*|tribunals?)\b/;
/** "the consumer protection laws of Australia", "incorporated under the laws of X": not the agreement's law. */
const NOT_AGREEMENT_LAW = /\b(?:consumer|export|import|privacy|data protection|securities|tax(?:ation)?|employment|labou?r|competition|antitrust|sanctions|bribery|corruption|environmental|immigration|insolvency|bankruptcy|(?:incorporated|organi[sz]ed|registered|existing|formed|authori[sz]ed|licensed) under)(?: (?:protection|control))?(?: the)?\s*$/;
/** Conflict-of-laws boilerplate names no jurisdiction of its own. */
const CONFLICT_OF_LAWS = /\b(?:conflicts? of laws?|choice of laws?|conflict-of-laws?)\b/;

/**
 * Cities and counties that name a venue (courts and arbitration seats), with their jurisdiction. Global patterns:
 * a sentence may name two places, one for the law and one for the venue.
 */
const PLACES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:New York (?:City|County)|Manhattan|Borough of Manhattan|Southern District of New York)\b/g, 'New York'],
  [/\b(?:San Francisco|Santa Clara|Los Angeles|San Diego|San Jose|Orange County|Northern District of California|Central District of California|Palo Alto|Sacramento)\b/g, 'California'],
  [/\b(?:Wilmington|New Castle County|District of Delaware)\b/g, 'Delaware'],
  [/\b(?:Chicago|Cook County)\b/g, 'Illinois'],
  [/\b(?:Seattle|King County)\b/g, 'Washington'],
  [/\b(?:Boston|Suffolk County)\b/g, 'Massachusetts'],
  [/\b(?:Austin|Dallas|Houston|Travis County|Harris County)\b/g, 'Texas'],
  [/\b(?:Denver)\b/g, 'Colorado'],
  [/\b(?:Atlanta|Fulton County)\b/g, 'Georgia'],
  [/\b(?:Miami|Miami-Dade)\b/g, 'Florida'],
  [/\b(?:Philadelphia)\b/g, 'Pennsylvania'],
  [/\b(?:Toronto)\b/g, 'Ontario'],
  [/\b(?:Vancouver)\b/g, 'British Columbia'],
  [/\b(?:Sydney)\b/g, 'New South Wales'],
  [/\b(?:Brisbane)\b/g, 'Queensland'],
  [/\b(?:Montreal|Montréal)\b/g, 'Quebec'],
  [/\b(?:Calgary|Edmonton)\b/g, 'Alberta'],
  [/\b(?:New Orleans|Orleans Parish|Parish of Orleans)\b/g, 'Louisiana'],
  [/\b(?:Adelaide)\b/g, 'South Australia'],
  [/\b(?:Darwin)\b/g, 'Northern Territory'],
  [/\bWhitehorse\b/g, 'Yukon'],
  // The country shares its name with the US state: a court in Tbilisi gives "Georgia" either way.
  [/\b(?:Tbilisi|Batumi|Kutaisi)\b/g, 'Georgia'],
  // Countries: their court cities live in their records (countries.ts).
  ...COUNTRIES.flatMap((c) => (c.courtPlaces ?? []).map((re) => [re, c.name] as const)),
];

interface Place {
  value: string;
  index: number;
  length: number;
}

function places(text: string): Place[] {
  const found: Place[] = findJurisdictions(text).map((j) => ({ value: j.value, index: j.index, length: j.length }));
  for (const [re, value] of PLACES) {
    for (const m of text.matchAll(re)) {
      if (!found.some((f) => m.index >= f.index && m.index < f.index + f.length)) found.push({ value, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function lawFacts(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const n = s.norm;
  const hasLaw = LAW_SENTENCE.test(n);
  const hasVenue = VENUE_ANCHOR.test(n);
  if (!hasLaw && !hasVenue) return out;
  // "with its registered seat in Amsterdam" is a company's home, not a seat of arbitration.
  const venueContext = VENUE_CONTEXT.test(n.replace(/\b(?:its|registered|statutory|corporate) seat\b/g, ''));
  const found = places(s.text);
  if (found.length === 0) return out;

  // Each place belongs to the nearest anchor before it: a law anchor ("laws of") or a venue anchor ("courts").
  const lawAnchors = [...n.matchAll(new RegExp(LAW_ANCHOR.source, 'g'))].map((m) => m.index!);
  const venueAnchors = [...n.matchAll(new RegExp(VENUE_ANCHOR.source, 'g'))].map((m) => m.index!);
  let law: Place | null = null;
  let venue: Place | null = null;
  let conflictSide: Place | null = null;
  for (const p of found) {
    const lastLaw = Math.max(-1, ...lawAnchors.filter((i) => i <= p.index));
    const lastVenue = Math.max(-1, ...venueAnchors.filter((i) => i <= p.index));
    // "English law" / "New York law": the anchor follows the name.
    const lawAfter = /^\s*law\b/.test(n.slice(p.index + p.length, p.index + p.length + 6)) || /\blaw$/.test(n.slice(p.index, p.index + p.length));
    const between = n.slice(Math.max(lastLaw, 0), p.index);
    const lawSide = hasLaw && (lawAfter || (lastLaw >= 0 && lastLaw >= lastVenue));
    // "governed by the laws of a state other than North Dakota" names the one place that is not the law.
    if (lawSide && /\bother than\s*(?:the\s+)?$/.test(n.slice(Math.max(0, p.index - 20), p.index))) continue;
    if (lawSide && lastLaw >= 0 && NOT_AGREEMENT_LAW.test(n.slice(Math.max(0, lastLaw - 50), lastLaw))) {
      continue;
    } else if (lawSide && !CONFLICT_OF_LAWS.test(between.slice(-30))) {
      // "authorised under the laws of Singapore ..., and this Agreement is governed by the laws of New York":
      // a place right after "governed"/"construed" wins over an earlier one.
      if (law && !/\b(?:govern|construed|interpreted)/.test(n.slice(Math.max(0, law.index - 80), law.index))
        && /\b(?:govern|construed|interpreted)/.test(n.slice(Math.max(0, p.index - 80), p.index))) law = p;
      law ??= p;
    } else if (lawSide) {
      // "governed by the internal laws, and not by the laws regarding conflicts of laws, of the State of X":
      // kept only when no other place is the law.
      conflictSide ??= p;
    } else if (hasVenue && venueContext && ((lastVenue >= 0 && p.index - lastVenue < 160) || /\bcourts?$/.test(n.slice(p.index, p.index + p.length))
      // "resolved in the Helsinki District Court": the court named after its city ("the Montana Thirteenth Judicial
      // District Court" after its state).
      // (Not "the United States District Court for the Southern District of New York": the district names the place.)
      || (p.value !== 'United States' && /^\s*(?:\([^)]{1,30}\)\s*)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|twentieth|[a-z]+ieth|\d+(?:st|nd|rd|th)) judicial )?(?:district |commercial |regional |city |county |municipal |high |superior |economic |civil |arbitration |appeals? )?courts?\b/.test(n.slice(p.index + p.length, p.index + p.length + 60))))) {
      // "... the Parish of Orleans and the United States District Court for the Eastern District of Louisiana": a
      // federal court is named after its district, so a state court or district named with it is the place.
      const federal = p.value === 'United States' && /^\s*district courts?\b/.test(n.slice(p.index + p.length, p.index + p.length + 20));
      if (federal && found.some((q) => q !== p && q.value !== 'United States')) continue;
      venue ??= p;
    }
  }
  law ??= conflictSide;
  // "in the State of Nevada ... governed by the laws thereof": the place comes before the anchor.
  if (!law && hasLaw && /\blaws? (?:thereof|of (?:such|said|that|this) (?:state|country|jurisdiction|province))\b/.test(n)) law = found[0] ?? null;
  // "the laws of the United States and of the State of Texas", "except as governed by the United States Trademark
  // Act ... the laws of the State of New York": federal law sits beside a state's; the state is the agreement's law.
  if (law && law.value === 'United States') {
    const state = found.find((p) => p !== law && p.value !== 'United States' && lawAnchors.some((i) => i <= p.index));
    if (state) law = state;
  }
  // "This Agreement shall be construed in accordance with the laws of X" is as strong as "governed by"; a counsel's
  // opinion "limited to matters governed by the laws of Y" is weaker.
  const agreementLaw = /\b(?:this|the) (?:agreement|contract|terms|guarantee)\b[^.;]{0,160}\b(?:governed|construed|interpreted)\b/.test(n);
  if (law) out.push(candidate('governing_law.jurisdiction', law.value, s, law, { rank: agreementLaw ? 0 : /\bgovern/.test(n) ? 1 : 2 }));
  if (venue && !/\b(?:enforce|enforcement of) (?:any |the |a |an )?(?:arbitral )?(?:award|judgment)\b[^.;]{0,40}$/.test(n.slice(0, venue.index))) {
    out.push(candidate('venue.jurisdiction', venue.value, s, venue));
  }
  return out;
}
