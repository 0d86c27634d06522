// Scoring clauses with the trained classifier and combining its verdicts with the rule tables' topics.
import { clauseFeatures, tokens } from './features.js';
import { defaultModel, type CompiledModel } from './model.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Probability per label (model label order) that the clause is about that label. Features are binary,
 * scaled by 1/sqrt(feature count) as in training, so long and short clauses score alike.
 */
export function labelProbabilities(model: CompiledModel, text: string, heading: string | null, weights = model.weights): number[] {
  // A Float64Array, not [0, 0, ...]: an array of small integers that turns into doubles on the first
  // weight added made every optimised version of this function deoptimise (wrong map).
  const sums = new Float64Array(model.labels.length);
  const words = tokens(text);
  let featureCount: number;
  if (words.length < MAX_WORDS_FOR_NUMBERED_BIGRAMS) featureCount = sumFeatureWeights(sums, words, heading, weights);
  else {
    const features = clauseFeatures(text, heading);
    for (const f of features) {
      const list = weights.get(f);
      if (list) for (const [i, w] of list) sums[i] += w;
    }
    featureCount = features.length;
  }
  const scale = 1 / Math.sqrt(Math.max(1, featureCount));
  return model.labels.map((l, i) => sigmoid(l.bias + sums[i]! * scale));
}

type Weights = CompiledModel['weights'];
type WeightList = ReadonlyArray<readonly [number, number]>;

// Bigram weights by first word, then second word: scoring looks bigrams up without building "a b" strings.
const BIGRAMS = new WeakMap<Weights, ReadonlyMap<string, ReadonlyMap<string, WeightList>>>();

function bigramWeights(weights: Weights): ReadonlyMap<string, ReadonlyMap<string, WeightList>> {
  let byFirst = BIGRAMS.get(weights) as Map<string, Map<string, WeightList>> | undefined;
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [feature, list] of weights) {
    const space = feature.indexOf(' ');
    if (space < 0) continue;
    const first = feature.slice(0, space);
    let bySecond = byFirst.get(first);
    if (!bySecond) byFirst.set(first, (bySecond = new Map()));
    bySecond.set(feature.slice(space + 1), list);
  }
  BIGRAMS.set(weights, byFirst);
  return byFirst;
}

// Distinct bigrams are kept as firstId * (words + 1) + secondId, which must stay a small integer.
const MAX_WORDS_FOR_NUMBERED_BIGRAMS = 30000;

/**
 * The weights of clauseFeatures(text, heading) added into `sums` in the same order (so the float sums are the
 * same), without building a string per bigram; returns the number of distinct features.
 */
function sumFeatureWeights(sums: Float64Array, words: readonly string[], heading: string | null, weights: Weights): number {
  const bigrams = bigramWeights(weights);
  const add = (list: WeightList | undefined): void => {
    if (list) for (const [i, w] of list) sums[i] += w;
  };
  const wordIds = new Map<string, number>();
  const seenBigrams = new Set<number>();
  const base = words.length + 1;
  let count = 0;
  let previousId = -1;
  let previousWord = '';
  for (const word of words) {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
      count++;
      add(weights.get(word));
    }
    if (previousId >= 0) {
      const key = previousId * base + id;
      if (!seenBigrams.has(key)) {
        seenBigrams.add(key);
        count++;
        add(bigrams.get(previousWord)?.get(word));
      }
    }
    previousId = id;
    previousWord = word;
  }
  if (heading) {
    const seenHeading = new Set<string>();
    for (const w of tokens(heading)) {
      const feature = `h:${w}`;
      if (seenHeading.has(feature)) continue;
      seenHeading.add(feature);
      count++;
      add(weights.get(feature));
    }
  }
  return count;
}

/** Label name -> probability for one clause; empty when the classifier is off or unavailable. */
export function clauseScores(text: string, heading: string | null, model: CompiledModel | null = defaultModel()): Record<string, number> {
  if (!model) return {};
  const p = labelProbabilities(model, text, heading);
  return Object.fromEntries(model.labels.map((l, i) => [l.name, p[i]!]));
}

/**
 * Add or drop topics of one clause by each topic label's combine mode (see CombineMode).
 * `topics` holds what the rule tables found and is changed in place.
 */
export function applyClassifier(topics: Set<string>, text: string, heading: string | null, model: CompiledModel | null = defaultModel()): void {
  if (!model || !model.labels.some((l) => l.kind === 'topic' && l.mode !== 'rules')) return;
  // Only the labels that can change topics are summed; the others' entries of `p` are not used.
  const p = labelProbabilities(model, text, heading, model.topicWeights ?? model.weights);
  model.labels.forEach((l, i) => {
    if (l.kind !== 'topic' || l.mode === 'rules') return;
    const on = p[i]! >= l.threshold;
    if (l.mode === 'or' && on) topics.add(l.name);
    else if (l.mode === 'and' && !on) topics.delete(l.name);
    else if (l.mode === 'classifier') {
      if (on) topics.add(l.name);
      else topics.delete(l.name);
    }
  });
}
