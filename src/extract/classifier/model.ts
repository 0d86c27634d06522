// The trained topic classifier's model: its JSON shape (models/topic-classifier.json, written by
// scripts/train-classifier.mjs), a check of that shape, and a lazy once-per-process loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../version.js';

export const MODEL_FORMAT = 'termlint-topic-classifier/1';
export const DEFAULT_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'topic-classifier.json');

/**
 * How a label's score combines with the rule tables for a clause's topic:
 * rules = scores ignored; or = rule or score >= threshold; and = rule and score >= threshold;
 * classifier = score >= threshold alone. Signals (fact-based CUAD categories) never change topics.
 */
export type CombineMode = 'rules' | 'or' | 'and' | 'classifier';

export interface ModelLabel {
  /** A topic of TOPICS for kind "topic"; a signal name (e.g. "cap-on-liability") for kind "signal". */
  name: string;
  /** The CUAD category it was trained on. */
  category: string;
  kind: 'topic' | 'signal';
  mode: CombineMode;
  /** Clause probability at or above which the label counts as present (chosen by cross-validation). */
  threshold: number;
  bias: number;
  /** Feature -> weight; absent features weigh 0. */
  weights: Record<string, number>;
}

export interface ModelJson {
  format: typeof MODEL_FORMAT;
  provenance: Record<string, unknown>;
  labels: ModelLabel[];
}

export interface CompiledModel {
  labels: ReadonlyArray<Omit<ModelLabel, 'weights'>>;
  /** Feature -> [label index, weight] pairs, so scoring walks a clause's features once. */
  weights: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /**
   * The same pairs for the labels that can change a clause's topics only (kind topic, mode not "rules"):
   * topic detection scores every clause, and most labels ship as signals or as "rules".
   */
  topicWeights?: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
}

const MODES: readonly CombineMode[] = ['rules', 'or', 'and', 'classifier'];

/** Check the JSON's shape and index its weights by feature. Throws an Error naming the first problem. */
export function compileModel(json: unknown): CompiledModel {
  const m = json as Partial<ModelJson> | null;
  if (!m || typeof m !== 'object' || m.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model`);
  if (!Array.isArray(m.labels)) throw new Error('model has no labels');
  const weights = new Map<string, Array<readonly [number, number]>>();
  const labels = m.labels.map((l, i) => {
    const ok = typeof l?.name === 'string' && (l.kind === 'topic' || l.kind === 'signal') && MODES.includes(l.mode)
      && Number.isFinite(l.threshold) && Number.isFinite(l.bias) && !!l.weights && typeof l.weights === 'object';
    if (!ok) throw new Error(`model label ${i} is malformed`);
    for (const [feature, w] of Object.entries(l.weights)) {
      if (!Number.isFinite(w)) throw new Error(`model label ${l.name}: weight of "${feature}" is not a number`);
      let list = weights.get(feature);
      if (!list) weights.set(feature, (list = []));
      list.push([i, w]);
    }
    return { name: l.name, category: String(l.category ?? ''), kind: l.kind, mode: l.mode, threshold: l.threshold, bias: l.bias };
  });
  const changesTopics = new Set(labels.flatMap((l, i) => (l.kind === 'topic' && l.mode !== 'rules' ? [i] : [])));
  const topicWeights = new Map<string, Array<readonly [number, number]>>();
  for (const [feature, list] of weights) {
    const kept = list.filter(([i]) => changesTopics.has(i));
    if (kept.length > 0) topicWeights.set(feature, kept);
  }
  return { labels, weights, topicWeights };
}

export function loadModel(path: string): CompiledModel {
  return compileModel(JSON.parse(readFileSync(path, 'utf8')));
}

let cached: CompiledModel | null | undefined;

/**
 * The shipped model, loaded on first use and kept for the process. Null when switched off
 * (TERMLINT_CLASSIFIER=0, e.g. to measure the rules alone) or when the model file is missing or broken;
 * then topics come from the rule tables only, with one warning.
 */
export function defaultModel(): CompiledModel | null {
  if (process.env.TERMLINT_CLASSIFIER === '0') return null;
  if (cached === undefined) {
    try {
      cached = loadModel(DEFAULT_MODEL_PATH);
    } catch (err) {
      cached = null;
      const why = err instanceof Error ? err.message : String(err);
      process.stderr.write(`termlint: warning: topic classifier unavailable (${why}); topics come from the rule tables only\n`);
    }
  }
  return cached;
}
