// Small text helpers shared by topic detection and fact extraction.

// Curly quotes, primes, dashes and the no-break space, straightened in one pass (each maps to a character no
// later step changes back).
const FOLDED_CHARS = /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033\u2010-\u2015\u2212\u00A0]/g;
const FOLDED_FOR_NORMALISE = /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033\u2010-\u2015\u2212\u00A0]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return '"';
  if (c === 0xa0) return ' ';
  return '-';
}

/** Lowercase, straight quotes, single spaces: the form every phrase table is written against. */
export function normalise(text: string): string {
  const folded = FOLDED_FOR_NORMALISE.test(text) ? text.replace(FOLDED_CHARS, foldChar) : text;
  // Same as /\s+/g -> ' ', but a lone plain space (most of them) is not a match to copy over.
  const lower = folded.replace(/\s{2,}|[^\S ]/g, ' ').toLowerCase();
  // A prefix hyphenated across a PDF line break comes back as "non- exclusive": rejoin it.
  // (Every such break holds " -" or "- ".)
  return lower.includes('- ') || lower.includes(' -') ? lower.replace(/\b(non|anti|co|sub|self|re|pre|post|multi|cross)(?: - ?|- )(?=[a-z])/g, '$1-') : lower;
}

/**
 * Same length as the input (so indexes stay valid), lowercased, quotes straightened and
 * whitespace turned into single spaces one-for-one. Use when a match index must point into the source.
 */
export function foldSameLength(text: string): string {
  // foldChar's no-break space is also whitespace: the same result as folding it below.
  const folded = FOLDED_FOR_NORMALISE.test(text) ? text.replace(FOLDED_CHARS, foldChar) : text;
  return folded.replace(/[^\S ]/g, ' ').toLowerCase();
}

/** A phrase table entry: every regex in the list must match the same sentence. */
export type Phrase = RegExp | readonly RegExp[];

export function phraseMatches(phrase: Phrase, text: string): boolean {
  if (phrase instanceof RegExp) return guardedTest(phrase, text);
  for (const re of phrase) if (!guardedTest(re, text)) return false;
  return true;
}

/**
 * `re.test(text)`, skipped when the text lacks every literal the regex needs (see requiredLiterals). Phrase tables
 * run hundreds of regexes on every sentence; the literals of all of them are found in one pass over the sentence
 * (cached for the last text seen), so most regexes are answered by a table look-up.
 */
export function guardedTest(re: RegExp, text: string): boolean {
  let ids = REGEX_LITERALS.get(re);
  if (ids === undefined) {
    // A global or sticky regex keeps state in lastIndex, and a case-insensitive one needs a folded text: no guard.
    // (The v flag's nested classes and astral characters' quantifiers are not parsed either.)
    const literals = /[giyv]/.test(re.flags) || /[\uD800-\uDFFF]/.test(re.source) ? null : requiredLiterals(re.source);
    ids = literals === null ? null : literals.map(literalId);
    REGEX_LITERALS.set(re, ids);
  }
  if (ids !== null) {
    if (text !== scannedText || registryVersion !== scannedVersion) scanLiterals(text);
    let found = false;
    for (const id of ids) {
      if (literalMarks[id] === scanStamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return re.test(text);
}

const REGEX_LITERALS = new WeakMap<RegExp, readonly number[] | null>();
// Registry of every guard literal: ids, and the literals of two or more characters bucketed by their first two.
const literalIds = new Map<string, number>();
const literalList: string[] = [];
const singleCharIds: number[] = [];
const asciiPairBuckets: Array<number[] | undefined> = new Array<number[] | undefined>(128 * 128);
const otherPairBuckets = new Map<number, number[]>();
let registryVersion = 0;
// literalMarks[id] === scanStamp: the literal occurs in scannedText.
let literalMarks = new Uint32Array(64);
let scanStamp = 0;
let scannedText: string | null = null;
let scannedVersion = -1;

function literalId(literal: string): number {
  const known = literalIds.get(literal);
  if (known !== undefined) return known;
  const id = literalList.length;
  literalList.push(literal);
  literalIds.set(literal, id);
  if (literal.length === 1) singleCharIds.push(id);
  else {
    const a = literal.charCodeAt(0);
    const b = literal.charCodeAt(1);
    if (a < 128 && b < 128) (asciiPairBuckets[a * 128 + b] ??= []).push(id);
    else {
      const key = a * 65536 + b;
      const bucket = otherPairBuckets.get(key);
      if (bucket) bucket.push(id);
      else otherPairBuckets.set(key, [id]);
    }
  }
  if (id >= literalMarks.length) {
    const grown = new Uint32Array(literalMarks.length * 2);
    grown.set(literalMarks);
    literalMarks = grown;
  }
  registryVersion++;
  return id;
}

function scanLiterals(text: string): void {
  scanStamp++;
  if (scanStamp === 0xffffffff) {
    literalMarks.fill(0);
    scanStamp = 1;
  }
  const stamp = scanStamp;
  for (const id of singleCharIds) if (text.includes(literalList[id]!)) literalMarks[id] = stamp;
  let b = text.length > 0 ? text.charCodeAt(0) : 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = b;
    b = text.charCodeAt(i + 1);
    const bucket = a < 128 && b < 128 ? asciiPairBuckets[a * 128 + b] : otherPairBuckets.get(a * 65536 + b);
    if (bucket === undefined) continue;
    for (const id of bucket) {
      if (literalMarks[id] !== stamp && text.startsWith(literalList[id]!, i)) literalMarks[id] = stamp;
    }
  }
  scannedText = text;
  scannedVersion = registryVersion;
}

/**
 * Strings of which every match of the regex (given by its source) contains at least one, or null when no such
 * set is known. Conservative: anything not understood (classes, escapes like \w, lookarounds, backreferences)
 * contributes nothing and ends the current literal run.
 */
export function requiredLiterals(source: string): string[] | null {
  let pos = 0;

  // Each parser returns the best set for what it consumed (null = none known).
  function alternation(): string[] | null {
    const branches: Array<string[] | null> = [sequence()];
    while (source[pos] === '|') {
      pos++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const union = new Set<string>();
    for (const b of branches) {
      if (b === null) return null;
      for (const l of b) union.add(l);
    }
    return [...union];
  }

  function sequence(): string[] | null {
    let best: string[] | null = null;
    let run = '';
    const offer = (set: string[] | null): void => {
      if (set !== null && set.length > 0 && (best === null || score(set) > score(best))) best = set;
    };
    const endRun = (): void => {
      if (run !== '') offer([run]);
      run = '';
    };
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const atom = parseAtom();
      const q = quantifier();
      if (atom.char !== null && q.min === 1 && q.max === 1) {
        run += atom.char;
        continue;
      }
      endRun();
      if (q.min >= 1) offer(atom.char !== null ? [atom.char] : atom.set);
    }
    endRun();
    return best;
  }

  function closing(end: string): number {
    const at = source.indexOf(end, pos);
    if (at < 0) throw new Error('unclosed');
    return at + 1;
  }

  /** One atom: a literal character (char), or a group/other construct with its best set. */
  function parseAtom(): { char: string | null; set: string[] | null } {
    const c = source[pos]!;
    if (c === '(') {
      pos++;
      let lookaround = false;
      if (source[pos] === '?') {
        const next = source.slice(pos, pos + 3);
        if (next.startsWith('?:')) pos += 2;
        else if (next.startsWith('?=') || next.startsWith('?!')) {
          pos += 2;
          lookaround = true;
        } else if (next === '?<=' || next === '?<!') {
          pos += 3;
          lookaround = true;
        } else if (next.startsWith('?<')) {
          pos = closing('>');
        } else throw new Error('unknown group');
      }
      const inner = alternation();
      if (source[pos] !== ')') throw new Error('unbalanced group');
      pos++;
      return { char: null, set: lookaround ? null : inner };
    }
    if (c === '[') {
      pos++;
      while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
      pos++;
      return { char: null, set: null };
    }
    if (c === '\\') {
      const e = source[pos + 1]!;
      pos += 2;
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(pos, pos + 4))) {
        pos += 4;
        return { char: String.fromCharCode(parseInt(source.slice(pos - 4, pos), 16)), set: null };
      }
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(pos, pos + 2))) {
        pos += 2;
        return { char: String.fromCharCode(parseInt(source.slice(pos - 2, pos), 16)), set: null };
      }
      if (e === 'p' || e === 'P' || e === 'k') {
        if (source[pos] === '{' || source[pos] === '<') pos = closing(source[pos] === '{' ? '}' : '>');
        return { char: null, set: null };
      }
      const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
      if (named[e] !== undefined) return { char: named[e]!, set: null };
      // Escaped punctuation is itself; letters and digits (\b, \w, \d, \1 ...) are classes or assertions.
      if (/[A-Za-z0-9]/.test(e)) return { char: null, set: null };
      return { char: e, set: null };
    }
    pos++;
    if (c === '.' || c === '^' || c === '$') return { char: null, set: null };
    return { char: c, set: null };
  }

  function quantifier(): { min: number; max: number } {
    let q = { min: 1, max: 1 };
    const c = source[pos];
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
      if (!m) return q;
      pos += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    } else return q;
    pos++;
    if (source[pos] === '?') pos++; // lazy
    return q;
  }

  try {
    const set = alternation();
    if (pos !== source.length) return null;
    return set;
  } catch {
    return null;
  }
}

/** Prefer few, long literals: the shortest one bounds how selective the guard is. */
function score(set: readonly string[]): number {
  let shortest = Infinity;
  for (const l of set) shortest = Math.min(shortest, l.length);
  return shortest * 4 - set.length;
}

export function anyPhrase(phrases: readonly Phrase[], text: string): boolean {
  return phrases.some((p) => phraseMatches(p, text));
}

/**
 * anyPhrase without the literal guard: for a few phrases on a text no other guarded regex reads, running the
 * regexes is cheaper than scanning the text for every registered literal.
 */
export function anyPhraseDirect(phrases: readonly Phrase[], text: string): boolean {
  return phrases.some((p) => (p instanceof RegExp ? p.test(text) : p.every((re) => re.test(text))));
}

/** Build a word-bounded, case-insensitive regex from heading words/phrases. */
export function wordsRegex(words: readonly string[]): RegExp {
  const alts = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${alts.join('|')})`, 'i');
}
