// Party roles: which words in this contract mean "us" (the vendor) and which mean the customer.
// "We" are the vendor. Defined names in the preamble/definitions ("Acme Inc. ("Provider")") take the role of
// the role word they are defined as, and the company name before the definition takes it too.
import type { Clause } from '../types.js';

export type Role = 'vendor' | 'customer' | 'both';

export interface Roles {
  vendor: string[];
  customer: string[];
}

const VENDOR_WORDS = [
  'service provider', 'provider', 'vendor', 'supplier', 'licensor', 'contractor', 'consultant', 'seller',
  'we', 'us', 'our', 'developer', 'manufacturer', 'reseller', 'processor',
];
const CUSTOMER_WORDS = [
  'customer', 'client', 'licensee', 'subscriber', 'buyer', 'purchaser', 'you', 'your', 'user', 'controller',
];
const BOTH_WORDS = ['each party', 'either party', 'neither party', 'each of the parties', 'both parties', 'the parties', 'a party'];

/** Read defined party names from the first clauses (preamble, parties block, definitions). */
export function resolveRoles(clauses: readonly Clause[]): Roles {
  const vendor = new Set(VENDOR_WORDS);
  const customer = new Set(CUSTOMER_WORDS);
  const head = clauses.slice(0, 12).map((c) => c.text).join('\n').slice(0, 6000);
  const defs = [...clauses.filter((c) => c.kind === 'definition').map((c) => c.text), head].join('\n');
  // `Name Inc. (the "Alias")`, `Name ("Alias" or "Provider")`, `Name, hereinafter "Alias"`.
  const re = /([A-Z][\w&.,' -]{1,80}?)\s*,?\s*\(?(?:hereinafter|herein)?\s*(?:referred to as|called)?\s*(?:the\s+)?["“]([^"”]{1,40})["”](?:\s*(?:or|and)\s*(?:the\s+)?["“]([^"”]{1,40})["”])?\)?/g;
  let companyIsVendor: boolean | null = null;
  const found: Array<{ names: string[] }> = [];
  for (const m of defs.matchAll(re)) {
    const names = [m[1]!, m[2]!, m[3]].filter((n): n is string => !!n).map((n) => cleanName(n));
    found.push({ names });
  }
  // "Company" is the vendor when the other party is a Customer/Client (and the customer otherwise unknown).
  const aliasWords = found.flatMap((f) => f.names.map((n) => n.toLowerCase()));
  // ...or a Distributor, Licensee or Purchaser: the Company supplies them.
  if (aliasWords.some((a) => /^(?:customer|client|distributor|licensee|purchaser|buyer|subscriber)$/.test(a))) companyIsVendor = true;
  if (companyIsVendor) vendor.add('company');
  for (const { names } of found) {
    const lower = names.map((n) => n.toLowerCase());
    const isVendor = lower.some((n) => vendor.has(n));
    const isCustomer = lower.some((n) => customer.has(n));
    if (isVendor === isCustomer) continue;
    for (const n of lower) {
      if (n.length < 2 || /^(?:agreement|effective date|party|parties|company)$/.test(n)) continue;
      (isVendor ? vendor : customer).add(n);
      // "Acme Inc." is also called "Acme".
      const short = n.replace(/[,.]?\s+(?:inc|ltd|llc|limited|corp|corporation|plc|gmbh|co|company|l\.?l\.?c)\.?$/, '');
      if (short !== n && short.length > 1) (isVendor ? vendor : customer).add(short);
    }
  }
  // "Clause 1 Parties / 1.1 Larch Oy (the "Supplier", also "we") / 1.2 ... (the "Association")".
  const partiesClauses = clauses.slice(0, 12).filter((c) => /^(?:the )?(?:parties|contracting parties|parties to (?:this|the) agreement)$/i.test(c.heading ?? ''));
  otherPartyOfPreamble(head, vendor, customer, partiesClauses.map((c) => c.text).join('\n'));
  return { vendor: [...vendor], customer: [...customer] };
}

const WE = /^(?:we|us|our)$/;
const YOU = /^(?:you|your)$/;
const ROLE_PRONOUN = /^(?:we|us|our|you|your)$/;
/** The side a bracket's names say they are by "we" or "you", or null. */
const pronounSide = (names: string[]): Role | null => (names.some((n) => WE.test(n)) ? 'vendor' : names.some((n) => YOU.test(n)) ? 'customer' : null);
// ("Company" is a party's name: `Furrowline, Inc. ("Licensor," "we" or "us"), and Cornbelt Seed Co. ("Company")`.)
const NOT_A_PARTY = /^(?:agreement|effective date|party|parties|we|us|our|you|your|order form|msa|terms|services?|software|platform)$/;

/** The quoted names in each bracket of a text: `("Nimbus", the "Company", "we" or "us")` -> [nimbus, company, we, us]. */
function bracketNames(text: string): string[][] {
  return [...text.matchAll(/\(([^()]{0,160})\)/g)]
    .map((m) => [...m[1]!.matchAll(/["“]([^"”]{2,40})["”]/g)].map((a) => cleanName(a[1]!).toLowerCase()).filter((a) => !NOT_A_PARTY.test(a) || ROLE_PRONOUN.test(a)))
    .filter((names) => names.length > 0);
}

/** Where the parties' sentence ends: a full stop that is not the dot of "Inc." or "St.", a blank line, or the end. */
const PARTIES_END = String.raw`(?:(?<!\b(?:Inc|Ltd|Corp|Co|Pty|Pte|Pvt|Sdn|Bhd|No|Mr|Ms|Dr|St|LLC|L\.L\.C|L\.P|plc|S\.p\.A|S\.A|S\.A\.S|S\.A\.R\.L|S\.r\.l|N\.V|B\.V|d\.o\.o|a\.d|s\.r\.o|a\.s|z o\.o|S\.L))\.\s|\n\n(?!and\b)|$)`;
const BETWEEN_PARTIES = new RegExp(String.raw`\b(?:by and )?between\b([\s\S]{0,900}?)${PARTIES_END}`, 'i');
// "entered into as of May 3, 2027 (the "Effective Date") by X (...), and Y (...)" names them without "between".
const ENTERED_INTO_BY = new RegExp(String.raw`\b(?:entered into|made|concluded)\b(?:[^.(]|\([^)]*\)){0,120}?\bby\b(?= [A-Z])([\s\S]{0,900}?)${PARTIES_END}`, 'i');

/**
 * Party names from the preamble's brackets, one bracket being one party:
 * - `("Nimbus", "we" or "us")`, `("Reseller" or "you")`: "we" and "you" decide, over what a name like "Reseller"
 *   usually means;
 * - `by and between Northstar, Inc. ("Licensor") and Prairie Lakes Credit Union (the "Credit Union")`, or two
 *   parties listed after "The undersigned:": in a two-party preamble, the side whose role is unknown takes the
 *   other role.
 */
function otherPartyOfPreamble(head: string, vendor: Set<string>, customer: Set<string>, partiesClauses = ''): void {
  const take = (names: string[], role: Role): void => {
    const [mine, other] = role === 'vendor' ? [vendor, customer] : [customer, vendor];
    for (const n of names.filter((x) => !ROLE_PRONOUN.test(x))) {
      mine.add(n);
      other.delete(n);
    }
  };
  for (const names of bracketNames(head.slice(0, 2000))) {
    const side = pronounSide(names);
    if (side !== null) take(names, side);
  }
  // To the end of the sentence, not the dot of "Inc." or "St.".
  // "BETWEEN X (...),\n\nAND Y (...)": the second party may come in its own paragraph.
  const between = BETWEEN_PARTIES.exec(head);
  // "The undersigned: 1. ... (the "Library"); and 2. ... ("Thistle", "we")": the parties listed before the recitals.
  const listed = between ? null : /\b(?:the undersigned|(?:the )?parties|between)\s*:\s*([\s\S]{0,1500}?)(?=\n\s*(?:whereas|recitals|background|it is agreed|now,? therefore|(?:the )?parties (?:hereby )?agree)\b|$)/i.exec(head);
  const enteredBy = between || listed ? null : ENTERED_INTO_BY.exec(head);
  // "BETWEEN: ... (the "Supplier", "we" or "us"); AND: ... (the "Cooperative")" loses its "BETWEEN:" and "AND:" to
  // the segmenter (they read as run-in headings): the text before the recitals holds the two parties.
  const beforeRecitals = /^([\s\S]{0,1500}?)(?=\b(?:whereas|recitals|background|it is agreed|now,? therefore)\b)/i.exec(head)?.[1];
  const span = between?.[1] ?? listed?.[1] ?? enteredBy?.[1] ?? (partiesClauses || beforeRecitals || undefined);
  if (span === undefined) return;
  const parties = bracketNames(span);
  if (parties.length !== 2) return;
  // ("Provider", "we") and ("Contractor"): the side that says "we" or "you" decides, whatever the other's name
  // usually means.
  const [p0, p1] = [pronounSide(parties[0]!), pronounSide(parties[1]!)];
  if ((p0 === null) !== (p1 === null)) {
    const [decided, other] = p0 !== null ? [p0, parties[1]!] : [p1!, parties[0]!];
    take(other, decided === 'vendor' ? 'customer' : 'vendor');
    return;
  }
  const roleOf = (names: string[]): Role | null => {
    const v = names.some((n) => vendor.has(n));
    const c = names.some((n) => customer.has(n));
    return v === c ? null : v ? 'vendor' : 'customer';
  };
  const [a, b] = [roleOf(parties[0]!), roleOf(parties[1]!)];
  if (a === b || (a !== null && b !== null)) return;
  const known = (a ?? b)!;
  const [mine, theirs] = a !== null ? [parties[0]!, parties[1]!] : [parties[1]!, parties[0]!];
  take(mine, known);
  take(theirs, known === 'vendor' ? 'customer' : 'vendor');
}

function cleanName(n: string): string {
  return n.replace(/^(?:and|by|between|with)\s+/i, '').replace(/[,\s]+$/, '').trim();
}

/** A literal for a RegExp source (a party's name may hold dots or brackets). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The readers ask about the same role lists for many sentences of a document: compile their patterns once.
const WORD_PATTERNS = new WeakMap<readonly string[], RegExp[]>();
function wordPatterns(words: readonly string[]): RegExp[] {
  let res = WORD_PATTERNS.get(words);
  if (res === undefined) {
    res = words.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'g'));
    WORD_PATTERNS.set(words, res);
  }
  return res;
}

/** Whether `text` names any of the role words (`roles.vendor` or `roles.customer`). */
export function mentionsRoleWord(text: string, words: readonly string[]): boolean {
  // search() ignores and keeps the global patterns' lastIndex.
  return wordPatterns(words).some((re) => text.search(re) >= 0);
}

const LEADING_PATTERN = new WeakMap<readonly string[], RegExp>();
/** Whether `text` starts (after punctuation and "the") with one of the role words: "... to the Customer". */
export function startsWithRoleWord(text: string, words: readonly string[]): boolean {
  let re = LEADING_PATTERN.get(words);
  if (re === undefined) {
    re = new RegExp(`^\\W*(?:the\\s+)?(?:${words.map(escapeRegExp).join('|')})\\b`, 'i');
    LEADING_PATTERN.set(words, re);
  }
  return re.test(text);
}

/**
 * The role of the party that is the subject of the verb at `verbIndex` in `sentence`: the last party
 * word before the verb (within the same sentence), or after ", and it" the first one. null when no party word is found.
 */
export function subjectRole(sentence: string, verbIndex: number, roles: Roles): Role | null {
  let before = sentence.slice(0, verbIndex).toLowerCase();
  // "The Firm agrees to accept our certificates ..., and it shall not itself audit": "it" is the first clause's subject.
  const pronoun = /[,;]\s*(?:and|but)\s+(?:it|they)\s+(?:[a-z]+\s+){0,4}$/.exec(before);
  const firstOnly = pronoun !== null;
  if (pronoun) before = before.slice(0, pronoun.index);
  // "The Provider may name the Clinic Group, and display its logo": a verb right after "and" shares the first verb's
  // subject, not the object between them.
  // (Only after a comma and near the modal: "no hearing, investigation or audit" lists nouns.)
  const coordinated = pronoun ? null : /,\s+(?:and|or)\s+(?:also\s+)?$/.exec(before);
  if (coordinated) {
    const modals = [...before.slice(Math.max(0, coordinated.index - 100), coordinated.index).matchAll(/\b(?:may|shall|will|must|can)\b/g)];
    const modal = modals[modals.length - 1];
    if (modal) return subjectRole(sentence, Math.max(0, coordinated.index - 100) + modal.index!, roles);
  }
  let best: { at: number; role: Role } | null = null;
  const consider = (words: readonly string[], role: Role): void => {
    for (const re of wordPatterns(words)) {
      for (const m of before.matchAll(re)) {
        const at = m.index! + m[0].length;
        const better = firstOnly ? !best || at < best.at : !best || at > best.at || (at === best.at && role === 'both');
        if (better) best = { at, role };
      }
    }
  };
  consider(roles.vendor, 'vendor');
  consider(roles.customer, 'customer');
  consider(BOTH_WORDS, 'both');
  return best === null ? null : (best as { role: Role }).role;
}
