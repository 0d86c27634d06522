// Scoring clauses with the trained classifier and combining its verdicts with the rule tables' topics.
import { clauseFeatures } from './features.js';
import { defaultModel, type CompiledModel } from './model.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Probability per label (model label order) that the clause is about that label. Features are binary,
 * scaled by 1/sqrt(feature count) as in training, so long and short clauses score alike.
 */
export function labelProbabilities(model: CompiledModel, text: string, heading: string | null, weights = model.weights): number[] {
  const features = clauseFeatures(text, heading);
  // A Float64Array, not [0, 0, ...]: an array of small integers that turns into doubles on the first
  // weight added made every optimised version of this function deoptimise (wrong map).
  const sums = new Float64Array(model.labels.length);
  for (const f of features) {
    const list = weights.get(f);
    if (list) for (const [i, w] of list) sums[i] += w;
  }
  const scale = 1 / Math.sqrt(Math.max(1, features.length));
  return model.labels.map((l, i) => sigmoid(l.bias + sums[i]! * scale));
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
