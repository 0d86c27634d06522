// governing_law.jurisdiction and venue.jurisdiction: "governed by the laws of X" is the law;
// "courts located in Y" / "arbitration seated in Z" is the venue.
import { findJurisdictions } from '../values/index.js';
import { candidate, type Candidate, type SentenceView } from './common.js';

const LAW_SENTENCE = /\b(?:governed by|regulated by|(?:governed|construed|interpreted|enforced|controlled|applied|determined)\b[^.;]{0,160}\b(?:according to|in accordance with|under|pursuant to|by) the (?:internal |substantive )?laws?|(?:laws?|law) of [^.;]{0,120}\b(?:govern|governs|apply|applies)|application of the laws? of|governed in accordance with|construed (?:and enforced )?(?:in accordance with|under)|interpreted (?:in accordance with|under)|governing law|laws? of [^.;]{0,60}\b(?:shall|will) (?:govern|apply)|subject to (?:the )?(?:laws?|law) of|(?:english|scottish|irish|german|french|swiss|dutch) law|law (?:appl(?:y|ies)|governs?|(?:shall|will) (?:govern|apply))|(?:subject to|application of) (?:the )?(?:application of (?:the )?)?[a-z]+ law|(?:governed|construed|interpreted|enforced|determined)\b[^.;]{0,100}\b(?:under|by|in accordance with|according to) (?:[a-z]+ ){1,3}law)\b/;
const LAW_ANCHOR = /\b(?:laws?|law) of\b|\b(?:governed|regulated) by\b|\bgoverning law\b|\b(?:english|scottish|irish|german|french|swiss|dutch|new york|delaware|california) law\b/;
const VENUE_ANCHOR = /\b(?:courts?|judicial district|tribunals?|jurisdiction|venue|forum|arbitration|arbitral|seat(?:ed)?|place of arbitration|litigat\w*|proceedings)\b/;
/** A venue sentence names where disputes go; "binding orders of courts in the United States" does not. */
const VENUE_CONTEXT = /\b(?:jurisdiction|venue|forum|submit\w*|brought|bring|resolv\w*|settled|heard|arbitrat\w*|disputes?|actions?|suits?|proceedings?|claims?|litigat\w*|exclusive\w*|seat(?:ed)?|sitting|institut\w*|commenced|adjudicat\w*|tribunals?)\b/;
/** "the consumer protection laws of Australia", "incorporated under the laws of X": not the agreement's law. */
const NOT_AGREEMENT_LAW = /\b(?:consumer|export|import|privacy|data protection|securities|tax(?:ation)?|employment|labou?r|competition|antitrust|sanctions|bribery|corruption|environmental|immigration|insolvency|bankruptcy|(?:incorporated|organi[sz]ed|registered|existing|formed|authori[sz]ed|licensed) under)(?: (?:protection|control))?(?: the)?\s*$/;
/** Conflict-of-laws boilerplate names no jurisdiction of its own. */
const CONFLICT_OF_LAWS = /\b(?:conflicts? of laws?|choice of laws?|conflict-of-laws?)\b/;

/**
 * Cities and counties that name a venue (courts and arbitration seats), with their jurisdiction. Global patterns:
 * a sentence may name two places, one for the law and one for the venue.
 */
const PLACES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:London|City of London)\b/g, 'England and Wales'],
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
  [/\b(?:Dublin)\b/g, 'Ireland'],
  [/\b(?:Edinburgh|Glasgow)\b/g, 'Scotland'],
  [/\b(?:Paris|Bordeaux|Lyon|Marseille|Toulouse|Nantes|Lille|Montpellier|Strasbourg|Nice)\b/g, 'France'],
  [/\b(?:Frankfurt|Munich|Berlin|Hamburg)\b/g, 'Germany'],
  [/\b(?:Amsterdam|The Hague|Rotterdam)\b/g, 'Netherlands'],
  [/\b(?:Zurich|Zürich|Geneva)\b/g, 'Switzerland'],
  [/\b(?:Stockholm)\b/g, 'Sweden'],
  [/\b(?:Oslo)\b/g, 'Norway'],
  [/\b(?:Copenhagen|København|Aarhus)\b/g, 'Denmark'],
  [/\b(?:Kuala Lumpur)\b/g, 'Malaysia'],
  [/\b(?:Warsaw|Warszawa|Krak[oó]w|Wroc[lł]aw|Gda[nń]sk|Pozna[nń])\b/g, 'Poland'],
  [/\b(?:Buenos Aires)\b/g, 'Argentina'],
  [/\b(?:Tokyo|Osaka)\b/g, 'Japan'],
  [/\b(?:Dubai|Abu Dhabi)\b(?! International Financial Centre| Global Market)/g, 'United Arab Emirates'],
  [/\b(?:Milan|Milano|Rome|Roma|Turin|Torino|Bologna|Florence|Firenze|Naples|Napoli|Genoa|Genova|Verona|Bolzano|Trento|Venice|Venezia|Trieste|Bergamo|Brescia|Padua|Padova)\b/g, 'Italy'],
  [/\b(?:Madrid|Barcelona|Valencia|Seville)\b/g, 'Spain'],
  [/\b(?:Lisbon|Lisboa)\b/g, 'Portugal'],
  [/\b(?:Vienna|Wien)\b/g, 'Austria'],
  [/\b(?:Brussels|Bruxelles|Antwerp)\b/g, 'Belgium'],
  [/\b(?:Helsinki)\b/g, 'Finland'],
  [/\b(?:Toronto)\b/g, 'Ontario'],
  [/\b(?:Vancouver)\b/g, 'British Columbia'],
  [/\b(?:Sydney)\b/g, 'New South Wales'],
  [/\b(?:Melbourne)\b/g, 'Victoria'],
  // "Victoria" alone is also a first name: a place only right after "laws of/in (force in)" or "courts of".
  [/(?<=\b(?:laws?|courts?)(?: (?:in force|applicable|from time to time in force))? (?:of|in) (?:the State of )?)Victoria\b/g, 'Victoria'],
  [/\b(?:Brisbane)\b/g, 'Queensland'],
  [/\b(?:Montreal|Montréal)\b/g, 'Quebec'],
  [/\b(?:Calgary|Edmonton)\b/g, 'Alberta'],
  [/\b(?:New Delhi|Delhi|Mumbai|Bombay|Bengaluru|Bangalore|Chennai|Hyderabad|Kolkata|Pune)\b/g, 'India'],
  [/\b(?:Hong Kong)\b/g, 'Hong Kong'],
  [/\b(?:Makati(?: City)?|Manila|Quezon City|Pasig|Taguig|Cebu City)\b/g, 'Philippines'],
  [/\b(?:Nairobi|Mombasa)\b/g, 'Kenya'],
  [/\b(?:Lagos|Abuja)\b/g, 'Nigeria'],
  [/\b(?:Karachi|Lahore|Islamabad)\b/g, 'Pakistan'],
  [/\b(?:Istanbul|İstanbul|Ankara|Izmir|İzmir)\b/g, 'Turkey'],
  [/\b(?:Seoul)\b/g, 'South Korea'],
  [/\b(?:Tel Aviv|Tel Aviv-Jaffa|Jerusalem|Haifa)\b/g, 'Israel'],
  [/\b(?:New Orleans|Orleans Parish|Parish of Orleans)\b/g, 'Louisiana'],
  [/\b(?:Adelaide)\b/g, 'South Australia'],
  [/\b(?:Hanoi|Ha Noi|Ho Chi Minh City)\b/g, 'Vietnam'],
  // "Split" is also an English word: a place only next to its courts.
  [/\bZagreb\b|(?<=\b[Cc]ourts? (?:in|of|at) )Split\b|\bSplit(?= (?:Municipal|Commercial|County) Court)/g, 'Croatia'],
  [/\b(?:Reykjav[ií]k)\b/g, 'Iceland'],
  [/\b(?:Accra|Kumasi)\b/g, 'Ghana'],
  [/\b(?:Bucharest|Bucure[sș]ti|Cluj-Napoca)\b/g, 'Romania'],
  [/\b(?:Tallinn|Tartu)\b/g, 'Estonia'],
  [/\b(?:Riga)\b/g, 'Latvia'],
  [/\b(?:Vilnius)\b/g, 'Lithuania'],
  [/\b(?:Bratislava)\b/g, 'Slovakia'],
  [/\b(?:Ljubljana)\b/g, 'Slovenia'],
  [/\b(?:Sofia)\b/g, 'Bulgaria'],
  [/\b(?:Belgrade)\b/g, 'Serbia'],
  [/\b(?:Kyiv|Kiev)\b/g, 'Ukraine'],
  [/\b(?:Cairo)\b/g, 'Egypt'],
  [/\b(?:Casablanca|Rabat|Agadir|Marrakesh|Marrakech|Tangier|F(?:e|è)s)(?![A-Za-z])/g, 'Morocco'],
  [/\b(?:Riyadh|Jeddah)\b/g, 'Saudi Arabia'],
  [/\b(?:Doha)\b/g, 'Qatar'],
  [/\b(?:Manama)\b/g, 'Bahrain'],
  [/\b(?:Muscat)\b/g, 'Oman'],
  [/\b(?:Amman)\b/g, 'Jordan'],
  [/\b(?:Lima)\b/g, 'Peru'],
  [/\b(?:Montevideo)\b/g, 'Uruguay'],
  [/\b(?:Quito)\b/g, 'Ecuador'],
  [/\b(?:Dhaka)\b/g, 'Bangladesh'],
  [/\b(?:Colombo)\b/g, 'Sri Lanka'],
  [/\b(?:Dar es Salaam)\b/g, 'Tanzania'],
  [/\b(?:Kampala)\b/g, 'Uganda'],
  [/\b(?:Kigali)\b/g, 'Rwanda'],
  [/\b(?:Addis Ababa)\b/g, 'Ethiopia'],
  [/\b(?:Port Louis)\b/g, 'Mauritius'],
  [/\b(?:Limassol|Nicosia|Larnaca)\b/g, 'Cyprus'],
  [/\b(?:Taipei)\b/g, 'Taiwan'],
  [/\b(?:Jakarta)\b/g, 'Indonesia'],
  [/\b(?:Vaduz)\b/g, 'Liechtenstein'],
  [/\b(?:Darwin)\b/g, 'Northern Territory'],
  // "é" and "á" are no word characters to \b: the name's end is checked by hand. ("Male" alone is an English word.)
  [/\bMalé(?![A-Za-z])|\bMale(?= City\b)/g, 'Maldives'],
  [/\b(?:Dakar)\b/g, 'Senegal'],
  [/\b(?:Suva|Lautoka)\b/g, 'Fiji'],
  [/\b(?:Gaborone|Francistown)\b/g, 'Botswana'],
  [/\bBaku\b/g, 'Azerbaijan'],
  [/\b(?:Abidjan|Yamoussoukro)\b/g, "Cote d'Ivoire"],
  [/\bAsunci(?:o|ó)n(?![A-Za-z])/g, 'Paraguay'],
  [/\bBamako\b/g, 'Mali'],
  [/\bPodgorica\b/g, 'Montenegro'],
  [/\b(?:Shenzhen|Shanghai|Beijing|Guangzhou)\b/g, 'China'],
  // Finnish district courts named after their region: "the South Savo District Court".
  [/\b(?:South Savo|North Savo|Pirkanmaa|Uusimaa|Ostrobothnia|Lapland|Oulu|Turku|Tampere|Espoo|Vantaa|Mikkeli)(?= District Court\b)/g, 'Finland'],
  [/\bAndorra la Vella\b/g, 'Andorra'],
  [/\b(?:Algiers|Oran)\b/g, 'Algeria'],
  [/\b(?:Douala|Yaound(?:e|é))(?![A-Za-z])/g, 'Cameroon'],
  [/\bWhitehorse\b/g, 'Yukon'],
  [/\b(?:Mendoza|C(?:o|ó)rdoba|Rosario)(?![A-Za-z])/g, 'Argentina'],
  [/\bSkopje\b/g, 'North Macedonia'],
  [/\bNassau\b/g, 'Bahamas'],
  [/\b(?:La Paz|Santa Cruz de la Sierra|Sucre|Cochabamba)\b/g, 'Bolivia'],
  [/\b(?:Tunis|Sfax|Sousse)\b/g, 'Tunisia'],
  [/\b(?:Ulaanbaatar|Ulan Bator)\b/g, 'Mongolia'],
  [/\bKlaip(?:e|ė)da(?![A-Za-z])/g, 'Lithuania'],
  [/\b(?:Lusaka|Ndola|Kitwe)\b/g, 'Zambia'],
  [/\bPhnom Penh\b/g, 'Cambodia'],
  [/\b(?:Troms(?:ø|o)|Bergen|Trondheim|Stavanger)(?![A-Za-z])/g, 'Norway'],
  [/\bBandar Seri Begawan\b/g, 'Brunei'],
  [/\bPort of Spain\b/g, 'Trinidad and Tobago'],
  [/\bKingston(?=,? Jamaica\b)/g, 'Jamaica'],
  [/\b(?:Kathmandu|Lalitpur|Pokhara)\b/g, 'Nepal'],
  [/\bBudapest\b/g, 'Hungary'],
  // The country shares its name with the US state: a court in Tbilisi gives "Georgia" either way.
  [/\b(?:Tbilisi|Batumi|Kutaisi)\b/g, 'Georgia'],
  [/\b(?:Astana|Almaty|Nur-Sultan)\b/g, 'Kazakhstan'],
  [/\bBogot(?:a\b|á(?![A-Za-z]))|\bMedell[ií]n\b/g, 'Colombia'],
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
      // "resolved in the Helsinki District Court": the court named after its city.
      // (Not "the United States District Court for the Southern District of New York": the district names the place.)
      || (p.value !== 'United States' && /^\s*(?:\([^)]{1,30}\)\s*)?(?:district |commercial |regional |city |county |municipal |high |superior |economic |civil |arbitration |appeals? )?courts?\b/.test(n.slice(p.index + p.length, p.index + p.length + 60))))) {
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
