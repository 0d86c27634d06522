// Small text helpers shared by topic detection and fact extraction.

/** Lowercase, straight quotes, single spaces: the form every phrase table is written against. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    // A prefix hyphenated across a PDF line break comes back as "non- exclusive": rejoin it.
    .replace(/\b(non|anti|co|sub|self|re|pre|post|multi|cross)(?: - ?|- )(?=[a-z])/g, '$1-');
}

/**
 * Same length as the input (so indexes stay valid), lowercased, quotes straightened and
 * whitespace turned into single spaces one-for-one. Use when a match index must point into the source.
 */
export function foldSameLength(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s/g, ' ')
    .toLowerCase();
}

/** A phrase table entry: every regex in the list must match the same sentence. */
export type Phrase = RegExp | readonly RegExp[];

export function phraseMatches(phrase: Phrase, text: string): boolean {
  if (phrase instanceof RegExp) return phrase.test(text);
  return phrase.every((re) => re.test(text));
}

export function anyPhrase(phrases: readonly Phrase[], text: string): boolean {
  return phrases.some((p) => phraseMatches(p, text));
}

/** Build a word-bounded, case-insensitive regex from heading words/phrases. */
export function wordsRegex(words: readonly string[]): RegExp {
  const alts = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${alts.join('|')})`, 'i');
}
