// Jurisdictions: US states, countries and the sub-national systems contracts choose
// ("the laws of the State of New York", "English law", "Province of British Columbia").
import { COUNTRIES } from './countries.js';
import { isPunct, tokenize, type Token } from './tokens.js';

export interface JurisdictionDef {
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
  return [...defs, ...COUNTRIES];
}

export const JURISDICTION_DEFS: readonly JurisdictionDef[] = buildDefs();
const PARENT: ReadonlyMap<string, string | undefined> = new Map(JURISDICTION_DEFS.map((d) => [d.name, d.parent]));

// Strip accents so "Québec" and "Quebec" are one key.
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const CANONICAL_NAMES: ReadonlyMap<string, string> = new Map(JURISDICTION_DEFS.map((d) => [fold(d.name), d.name]));

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
  // A canonical name given alone is itself, even one not read in running text ("Victoria", "Jordan" are also
  // first names).
  const canonical = CANONICAL_NAMES.get(fold(name.trim()));
  if (canonical !== undefined) return canonical;
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
