// Jurisdictions: US states, countries and the sub-national systems contracts choose
// ("the laws of the State of New York", "English law", "Province of British Columbia").
import { isPunct, tokenize, type Token } from './tokens.js';

interface JurisdictionDef {
  name: string;
  aliases: string[];
  /** Adjectives read only before "law"/"courts": "English law". */
  adjectives?: string[];
  /** The country a sub-national jurisdiction belongs to ("Ontario, Canada" is Ontario). */
  parent?: string;
}

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
const US_COMMONWEALTHS = new Set(['Massachusetts', 'Pennsylvania', 'Virginia', 'Kentucky']);
const US_ABBREVIATIONS: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
};
const STATE_ADJECTIVES: Readonly<Record<string, string[]>> = { California: ['californian'], Texas: ['texan'] };

const CANADIAN_PROVINCES: Array<[string, ...string[]]> = [
  ['Ontario'], ['British Columbia'], ['Quebec', 'québec'], ['Alberta'], ['Manitoba'], ['Saskatchewan'],
  ['Nova Scotia'], ['New Brunswick'], ['Newfoundland and Labrador', 'newfoundland'], ['Prince Edward Island'],
  // The territories make their own laws and have their own superior courts too.
  ['Yukon'], ['Northwest Territories'], ['Nunavut'],
];
const AUSTRALIAN_STATES: Array<[string, ...string[]]> = [
  ['New South Wales'], ['Queensland'], ['Western Australia'], ['South Australia'], ['Tasmania'], ['Northern Territory'],
  ['Australian Capital Territory'],
];

const OTHERS: JurisdictionDef[] = [
  { name: 'United States', aliases: ['united states', 'united states of america', 'USA', 'u s a'] },
  { name: 'District of Columbia', aliases: ['district of columbia', 'washington d c', 'washington dc'], parent: 'United States' },
  { name: 'Puerto Rico', aliases: ['puerto rico', 'commonwealth of puerto rico'], parent: 'United States' },
  { name: 'England and Wales', aliases: ['england and wales', 'england & wales', 'england', 'wales'], adjectives: ['english', 'welsh'], parent: 'United Kingdom' },
  { name: 'Scotland', aliases: ['scotland'], adjectives: ['scottish', 'scots'], parent: 'United Kingdom' },
  { name: 'Northern Ireland', aliases: ['northern ireland'], parent: 'United Kingdom' },
  { name: 'United Kingdom', aliases: ['united kingdom', 'united kingdom of great britain and northern ireland', 'great britain', 'UK', 'u k'], adjectives: ['british'] },
  { name: 'Ireland', aliases: ['ireland', 'republic of ireland', 'eire'], adjectives: ['irish'] },
  { name: 'Germany', aliases: ['germany', 'federal republic of germany'], adjectives: ['german'] },
  { name: 'France', aliases: ['france', 'french republic', 'republic of france'], adjectives: ['french'] },
  { name: 'Netherlands', aliases: ['netherlands', 'kingdom of the netherlands', 'holland'], adjectives: ['dutch'] },
  { name: 'Switzerland', aliases: ['switzerland', 'swiss confederation'], adjectives: ['swiss'] },
  { name: 'Belgium', aliases: ['belgium', 'kingdom of belgium'], adjectives: ['belgian'] },
  { name: 'Austria', aliases: ['austria', 'republic of austria'], adjectives: ['austrian'] },
  { name: 'Denmark', aliases: ['denmark', 'kingdom of denmark'], adjectives: ['danish'] },
  { name: 'Norway', aliases: ['norway', 'kingdom of norway'], adjectives: ['norwegian'] },
  { name: 'Sweden', aliases: ['sweden', 'kingdom of sweden'], adjectives: ['swedish'] },
  { name: 'Finland', aliases: ['finland', 'republic of finland'], adjectives: ['finnish'] },
  { name: 'Spain', aliases: ['spain', 'kingdom of spain'], adjectives: ['spanish'] },
  { name: 'Portugal', aliases: ['portugal', 'portuguese republic'], adjectives: ['portuguese'] },
  { name: 'Italy', aliases: ['italy', 'italian republic', 'republic of italy'], adjectives: ['italian'] },
  { name: 'Luxembourg', aliases: ['luxembourg', 'grand duchy of luxembourg'] },
  { name: 'Poland', aliases: ['poland', 'republic of poland'], adjectives: ['polish'] },
  { name: 'Czech Republic', aliases: ['czech republic', 'czechia'], adjectives: ['czech'] },
  { name: 'Hungary', aliases: ['hungary'], adjectives: ['hungarian'] },
  { name: 'Greece', aliases: ['greece', 'hellenic republic'], adjectives: ['greek'] },
  { name: 'Cyprus', aliases: ['cyprus', 'republic of cyprus'], adjectives: ['cypriot'] },
  { name: 'Malta', aliases: ['malta'], adjectives: ['maltese'] },
  { name: 'Jersey', aliases: ['jersey', 'bailiwick of jersey'] },
  { name: 'Guernsey', aliases: ['guernsey', 'bailiwick of guernsey'] },
  { name: 'Isle of Man', aliases: ['isle of man'] },
  { name: 'Russia', aliases: ['russia', 'russian federation'], adjectives: ['russian'] },
  { name: 'Kazakhstan', aliases: ['kazakhstan', 'republic of kazakhstan'], adjectives: ['kazakh', 'kazakhstani'] },
  // A common-law financial centre with its own law and court inside Kazakhstan, like the ADGM in the UAE.
  { name: 'Astana International Financial Centre', aliases: ['astana international financial centre', 'astana international financial center', 'AIFC'], parent: 'Kazakhstan' },
  { name: 'Israel', aliases: ['israel', 'state of israel'], adjectives: ['israeli'] },
  { name: 'United Arab Emirates', aliases: ['united arab emirates', 'UAE', 'u a e'] },
  // A common-law enclave with its own laws and courts inside the UAE.
  { name: 'Abu Dhabi Global Market', aliases: ['abu dhabi global market', 'ADGM'], parent: 'United Arab Emirates' },
  { name: 'Dubai International Financial Centre', aliases: ['dubai international financial centre', 'dubai international financial center', 'DIFC'], parent: 'United Arab Emirates' },
  { name: 'Canada', aliases: ['canada'], adjectives: ['canadian'] },
  { name: 'Mexico', aliases: ['mexico', 'united mexican states'], adjectives: ['mexican'] },
  { name: 'Brazil', aliases: ['brazil', 'federative republic of brazil'], adjectives: ['brazilian'] },
  { name: 'Argentina', aliases: ['argentina', 'argentine republic'], adjectives: ['argentine', 'argentinian'] },
  { name: 'Chile', aliases: ['chile', 'republic of chile'], adjectives: ['chilean'] },
  { name: 'Colombia', aliases: ['colombia', 'republic of colombia'], adjectives: ['colombian'] },
  { name: 'Bermuda', aliases: ['bermuda'] },
  { name: 'Cayman Islands', aliases: ['cayman islands', 'cayman'] },
  { name: 'British Virgin Islands', aliases: ['british virgin islands', 'BVI', 'virgin islands british'] },
  { name: 'Singapore', aliases: ['singapore', 'republic of singapore'], adjectives: ['singaporean'] },
  { name: 'Hong Kong', aliases: ['hong kong', 'hong kong sar', 'hong kong special administrative region', 'HKSAR'] },
  { name: 'China', aliases: ["people's republic of china", 'peoples republic of china', 'PRC', 'p r c', 'china', 'mainland china'], adjectives: ['chinese'] },
  { name: 'Taiwan', aliases: ['taiwan', 'republic of china', 'taiwan roc'], adjectives: ['taiwanese'] },
  { name: 'Japan', aliases: ['japan'], adjectives: ['japanese'] },
  { name: 'South Korea', aliases: ['south korea', 'korea', 'republic of korea'], adjectives: ['korean'] },
  { name: 'North Korea', aliases: ['north korea', "democratic people's republic of korea"] },
  { name: 'India', aliases: ['india', 'republic of india'], adjectives: ['indian'] },
  { name: 'Malaysia', aliases: ['malaysia'], adjectives: ['malaysian'] },
  { name: 'Thailand', aliases: ['thailand', 'kingdom of thailand'], adjectives: ['thai'] },
  { name: 'Vietnam', aliases: ['vietnam', 'viet nam'], adjectives: ['vietnamese'] },
  { name: 'Indonesia', aliases: ['indonesia', 'republic of indonesia'], adjectives: ['indonesian'] },
  { name: 'Philippines', aliases: ['philippines', 'republic of the philippines'], adjectives: ['philippine'] },
  { name: 'Australia', aliases: ['australia', 'commonwealth of australia'], adjectives: ['australian'] },
  // Victoria is also a first name: read alone only by normaliseJurisdiction, in text only with "Australia" or "State of".
  { name: 'Victoria', aliases: ['victoria australia', 'state of victoria'], parent: 'Australia' },
  { name: 'New Zealand', aliases: ['new zealand'] },
  { name: 'South Africa', aliases: ['south africa', 'republic of south africa'], adjectives: ['south african'] },
  { name: 'Kenya', aliases: ['kenya', 'republic of kenya'], adjectives: ['kenyan'] },
  { name: 'Croatia', aliases: ['croatia', 'republic of croatia'], adjectives: ['croatian'] },
  { name: 'Iceland', aliases: ['iceland'], adjectives: ['icelandic'] },
  { name: 'Ghana', aliases: ['ghana', 'republic of ghana'], adjectives: ['ghanaian'] },
  { name: 'Romania', aliases: ['romania'], adjectives: ['romanian'] },
  { name: 'Estonia', aliases: ['estonia', 'republic of estonia'], adjectives: ['estonian'] },
  { name: 'Latvia', aliases: ['latvia', 'republic of latvia'], adjectives: ['latvian'] },
  { name: 'Lithuania', aliases: ['lithuania', 'republic of lithuania'], adjectives: ['lithuanian'] },
  { name: 'Slovakia', aliases: ['slovakia', 'slovak republic'], adjectives: ['slovak'] },
  { name: 'Slovenia', aliases: ['slovenia', 'republic of slovenia'], adjectives: ['slovenian'] },
  { name: 'Bulgaria', aliases: ['bulgaria', 'republic of bulgaria'], adjectives: ['bulgarian'] },
  { name: 'Serbia', aliases: ['serbia', 'republic of serbia'], adjectives: ['serbian'] },
  { name: 'Ukraine', aliases: ['ukraine'], adjectives: ['ukrainian'] },
  { name: 'Egypt', aliases: ['egypt', 'arab republic of egypt'], adjectives: ['egyptian'] },
  { name: 'Morocco', aliases: ['morocco', 'kingdom of morocco'], adjectives: ['moroccan'] },
  { name: 'Saudi Arabia', aliases: ['saudi arabia', 'kingdom of saudi arabia'], adjectives: ['saudi'] },
  { name: 'Qatar', aliases: ['qatar', 'state of qatar'], adjectives: ['qatari'] },
  { name: 'Kuwait', aliases: ['kuwait', 'state of kuwait'], adjectives: ['kuwaiti'] },
  { name: 'Bahrain', aliases: ['bahrain', 'kingdom of bahrain'], adjectives: ['bahraini'] },
  { name: 'Oman', aliases: ['oman', 'sultanate of oman'], adjectives: ['omani'] },
  { name: 'Jordan', aliases: ['hashemite kingdom of jordan'], adjectives: ['jordanian'] },
  { name: 'Peru', aliases: ['peru', 'republic of peru'], adjectives: ['peruvian'] },
  { name: 'Uruguay', aliases: ['uruguay'], adjectives: ['uruguayan'] },
  { name: 'Ecuador', aliases: ['ecuador', 'republic of ecuador'], adjectives: ['ecuadorian'] },
  { name: 'Costa Rica', aliases: ['costa rica'] },
  { name: 'Panama', aliases: ['panama', 'republic of panama'], adjectives: ['panamanian'] },
  { name: 'Bangladesh', aliases: ['bangladesh'], adjectives: ['bangladeshi'] },
  { name: 'Sri Lanka', aliases: ['sri lanka'], adjectives: ['sri lankan'] },
  { name: 'Tanzania', aliases: ['tanzania', 'united republic of tanzania'], adjectives: ['tanzanian'] },
  { name: 'Uganda', aliases: ['uganda', 'republic of uganda'], adjectives: ['ugandan'] },
  { name: 'Rwanda', aliases: ['rwanda', 'republic of rwanda'], adjectives: ['rwandan'] },
  { name: 'Ethiopia', aliases: ['ethiopia'], adjectives: ['ethiopian'] },
  { name: 'Gibraltar', aliases: ['gibraltar'] },
  { name: 'Liechtenstein', aliases: ['liechtenstein', 'principality of liechtenstein'] },
  { name: 'Turkey', aliases: ['turkey', 'republic of turkey', 'türkiye', 'turkiye', 'republic of türkiye'], adjectives: ['turkish'] },
  { name: 'Mauritius', aliases: ['mauritius', 'republic of mauritius'], adjectives: ['mauritian'] },
  { name: 'Nigeria', aliases: ['nigeria', 'federal republic of nigeria'], adjectives: ['nigerian'] },
  { name: 'Montenegro', aliases: ['montenegro'], adjectives: ['montenegrin'] },
  { name: 'Andorra', aliases: ['andorra', 'principality of andorra'], adjectives: ['andorran'] },
  { name: 'Algeria', aliases: ['algeria', "people's democratic republic of algeria"], adjectives: ['algerian'] },
  { name: 'Cameroon', aliases: ['cameroon', 'republic of cameroon'], adjectives: ['cameroonian'] },
  { name: "Cote d'Ivoire", aliases: ["cote d'ivoire", "republic of cote d'ivoire", 'ivory coast'], adjectives: ['ivorian'] },
  { name: 'Paraguay', aliases: ['paraguay', 'republic of paraguay'], adjectives: ['paraguayan'] },
  { name: 'Mali', aliases: ['mali', 'republic of mali'], adjectives: ['malian'] },
  { name: 'North Macedonia', aliases: ['north macedonia', 'republic of north macedonia', 'macedonia'], adjectives: ['macedonian'] },
  { name: 'Bahamas', aliases: ['bahamas', 'the bahamas', 'commonwealth of the bahamas'], adjectives: ['bahamian'] },
  { name: 'Bolivia', aliases: ['bolivia', 'plurinational state of bolivia', 'republic of bolivia'], adjectives: ['bolivian'] },
  { name: 'Tunisia', aliases: ['tunisia', 'republic of tunisia'], adjectives: ['tunisian'] },
  { name: 'Mongolia', aliases: ['mongolia'], adjectives: ['mongolian'] },
  { name: 'Azerbaijan', aliases: ['azerbaijan', 'republic of azerbaijan'], adjectives: ['azerbaijani'] },
  { name: 'Zambia', aliases: ['zambia', 'republic of zambia'], adjectives: ['zambian'] },
  { name: 'Cambodia', aliases: ['cambodia', 'kingdom of cambodia'], adjectives: ['cambodian'] },
  { name: 'Botswana', aliases: ['botswana', 'republic of botswana'], adjectives: ['botswana'] },
  { name: 'Brunei', aliases: ['brunei', 'brunei darussalam', 'nation of brunei'], adjectives: ['bruneian'] },
  { name: 'Trinidad and Tobago', aliases: ['trinidad and tobago', 'republic of trinidad and tobago', 'trinidad & tobago'] },
  { name: 'Jamaica', aliases: ['jamaica'], adjectives: ['jamaican'] },
  { name: 'Nepal', aliases: ['nepal', 'federal democratic republic of nepal'], adjectives: ['nepali', 'nepalese'] },
  { name: 'Fiji', aliases: ['fiji', 'republic of fiji'], adjectives: ['fijian'] },
  { name: 'Maldives', aliases: ['maldives', 'republic of maldives', 'republic of the maldives'], adjectives: ['maldivian'] },
  { name: 'Senegal', aliases: ['senegal', 'republic of senegal'], adjectives: ['senegalese'] },
  { name: 'Pakistan', aliases: ['pakistan', 'islamic republic of pakistan'], adjectives: ['pakistani'] },
];

function buildDefs(): JurisdictionDef[] {
  const defs: JurisdictionDef[] = [];
  for (const state of US_STATES) {
    const lower = state.toLowerCase();
    const aliases = [lower, `state of ${lower}`];
    if (US_COMMONWEALTHS.has(state)) aliases.push(`commonwealth of ${lower}`);
    defs.push({ name: state, aliases, adjectives: STATE_ADJECTIVES[state], parent: 'United States' });
  }
  for (const [name, ...extra] of CANADIAN_PROVINCES) {
    const lower = name.toLowerCase();
    defs.push({ name, aliases: [lower, `province of ${lower}`, ...extra], parent: 'Canada' });
  }
  for (const [name] of AUSTRALIAN_STATES) {
    const lower = name.toLowerCase();
    defs.push({ name, aliases: [lower, `state of ${lower}`], parent: 'Australia' });
  }
  return [...defs, ...OTHERS];
}

export const JURISDICTION_DEFS: readonly JurisdictionDef[] = buildDefs();
const PARENT: ReadonlyMap<string, string | undefined> = new Map(JURISDICTION_DEFS.map((d) => [d.name, d.parent]));

// Strip accents so "Québec" and "Quebec" are one key.
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Entry {
  name: string;
  /** Written in capitals only ("PRC", "UK"); matched in text only in capitals. */
  capsOnly: boolean;
  adjective: boolean;
}
interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

// Punctuation skipped inside names: "Washington, D.C.", "People's", "P.R.C."
const SKIPPED = new Set(['.', ',', "'", '’', '(', ')']);

function addToTrie(root: TrieNode, alias: string, entry: Entry): void {
  let node = root;
  for (const t of tokenize(alias)) {
    if (t.kind === 'punct' && SKIPPED.has(t.text)) continue;
    const key = fold(t.text);
    let child = node.next.get(key);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.entry ??= entry;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const def of JURISDICTION_DEFS) {
    for (const alias of def.aliases) {
      addToTrie(root, alias, { name: def.name, capsOnly: alias === alias.toUpperCase() && /[A-Z]/.test(alias), adjective: false });
    }
    for (const adjective of def.adjectives ?? []) addToTrie(root, adjective, { name: def.name, capsOnly: false, adjective: true });
  }
  return root;
}
const TRIE = buildTrie();

/** Longest known name starting at token i; `end` is exclusive and excludes skipped punctuation. */
function longestAt(tokens: Token[], i: number): { entry: Entry; end: number } | null {
  let node: TrieNode | undefined = TRIE;
  let best: { entry: Entry; end: number } | null = null;
  let j = i;
  while (j < tokens.length) {
    if (j > i && tokens[j].kind === 'punct' && SKIPPED.has(tokens[j].text)) {
      j++;
      continue;
    }
    node = node.next.get(fold(tokens[j].text));
    if (node === undefined) break;
    j++;
    if (node.entry !== undefined) best = { entry: node.entry, end: j };
  }
  return best;
}

// ("d" as in "Cote d'Ivoire".)
const CONNECTORS = new Set(['of', 'and', 'the', 's', 'de', 'la', 'd']);
// ("Washington County, Mississippi", "Orleans Parish": a county or parish named like a state is not the state.)
const STREET_WORDS = new Set([
  'county', 'parish', 'township', 'avenue', 'ave', 'street', 'st', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln',
  'place', 'pl', 'square', 'parkway', 'pkwy', 'plaza', 'highway', 'hwy', 'turnpike',
]);
const LAW_WORDS = new Set(['law', 'laws', 'court', 'courts', 'jurisdiction', 'legislation']);

/** Names in running text must be capitalised, so "china cabinet" or "georgia" in lower case stay out. */
function capitalised(tokens: Token[], from: number, to: number, capsOnly: boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (capsOnly) {
      if (t.text !== t.text.toUpperCase()) return false;
    } else if (!CONNECTORS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) {
      return false;
    }
  }
  return true;
}

export interface JurisdictionMatch {
  value: string;
  index: number;
  length: number;
  text: string;
}

/** Every jurisdiction named in the text, in order of position. */
export function findJurisdictions(text: string): JurisdictionMatch[] {
  const tokens = tokenize(text);
  const found: JurisdictionMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = tokens[i].kind === 'word' ? longestAt(tokens, i) : null;
    if (hit === null || !capitalised(tokens, i, hit.end, hit.entry.capsOnly)) {
      i++;
      continue;
    }
    let end = hit.end;
    if (hit.entry.adjective) {
      if (!(tokens[end]?.kind === 'word' && LAW_WORDS.has(tokens[end].lower))) {
        i++;
        continue;
      }
      end++;
    }
    // "Washington Avenue", "Delaware Street": an address, not a jurisdiction.
    if (tokens[end]?.kind === 'word' && STREET_WORDS.has(tokens[end].lower)) {
      i = end;
      continue;
    }
    // "United States dollars" is a currency, not a law.
    if (hit.entry.name === 'United States' && /^dollars?$/i.test(tokens[end]?.text ?? '')) {
      i = end;
      continue;
    }
    // "Victoria (Australia)": keep the closing bracket with the name.
    if (isPunct(tokens[end], ')') && tokens.slice(i, end).some((t) => isPunct(t, '('))) end++;
    const start = tokens[i].start;
    const stop = tokens[end - 1].end;
    found.push({ value: hit.entry.name, index: start, length: stop - start, text: text.slice(start, stop) });
    i = end;
  }
  return found;
}

// Words a caller may leave around a name: "the laws of the State of New York".
const FILLER = new Set(['the', 'laws', 'law', 'of', 'courts', 'court', 'governed', 'by', 'and', 'in', 'state', 'federal']);

/**
 * A jurisdiction as a canonical name: "new york" -> "New York", "State of Delaware" -> "Delaware",
 * "england" -> "England and Wales", "Ontario, Canada" -> "Ontario"; null if unknown or if it names
 * two different jurisdictions.
 */
export function normaliseJurisdiction(name: string): string | null {
  const tokens = tokenize(name);
  if (tokens.length === 0 || tokens.length > 30) return null;
  if (tokens.length === 1 && tokens[0].text.toUpperCase() in US_ABBREVIATIONS && tokens[0].text === tokens[0].text.toUpperCase()) {
    return US_ABBREVIATIONS[tokens[0].text];
  }
  if (tokens.length === 1 && fold(tokens[0].text) === 'victoria') return 'Victoria';
  const names: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = tokens[i].kind === 'word' ? longestAt(tokens, i) : null;
    if (hit === null) {
      // Unknown words other than filler mean this is not (only) a jurisdiction.
      if (tokens[i].kind === 'word' && !FILLER.has(tokens[i].lower)) return null;
      i++;
      continue;
    }
    names.push(hit.entry.name);
    i = hit.end;
  }
  // Drop a country that contains another name given: "Ontario, Canada", "England and Wales, UK".
  const specific = [...new Set(names)].filter((n) => !names.some((m) => PARENT.get(m) === n));
  return specific.length === 1 ? specific[0] : null;
}

/** All canonical names and spellings, for building patterns (holes.ts). */
export function jurisdictionSpellings(): string[] {
  const spellings: string[] = [];
  for (const def of JURISDICTION_DEFS) spellings.push(...def.aliases, ...(def.adjectives ?? []));
  return spellings;
}
