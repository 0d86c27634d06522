// Features of one clause for the trained topic classifier: lowercased word unigrams and bigrams of the
// text, plus the heading's words prefixed "h:". Numbers become "0" so "30 days" and "60 days" share a feature.
// The training script (scripts/train-classifier.mjs) imports this same module from dist/, so training
// and scoring can never disagree about what a feature is.

const WORD = /[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*/g;
const DIGIT = /^\d/;

/** Lowercased word tokens; any number is the single token "0". */
export function tokens(text: string): string[] {
  const lower = text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(WORD)) out.push(DIGIT.test(m[0]) ? '0' : m[0]);
  return out;
}

/**
 * The distinct features of a clause, in first-seen order: unigrams, bigrams ("a b") and heading words ("h:word").
 * Linear in the text's length.
 */
export function clauseFeatures(text: string, heading: string | null): string[] {
  const seen = new Set<string>();
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    seen.add(words[i]!);
    if (i > 0) seen.add(`${words[i - 1]} ${words[i]}`);
  }
  if (heading) for (const w of tokens(heading)) seen.add(`h:${w}`);
  return [...seen];
}
