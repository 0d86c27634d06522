// The trained clause classifier: features, model checking, scoring and how scores combine with the rules.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyClassifier, clauseFeatures, clauseScores, compileModel, defaultModel, DEFAULT_MODEL_PATH, labelProbabilities,
  loadModel, MODEL_FORMAT, tokens,
} from '../src/extract/classifier/index.js';
import { classifyClauses } from '../src/extract/topics.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { clause } from './helpers/clauses.js';

describe('features', () => {
  it.each([
    ['Supplier shall maintain insurance.', ['supplier', 'shall', 'maintain', 'insurance']],
    ['Net 30 days; 1,000,000.50 USD', ['net', '0', 'days', '0', 'usd']],
    ['Licensee’s non-exclusive right', ["licensee's", 'non-exclusive', 'right']],
    ['THIRD–PARTY Beneficiaries', ['third-party', 'beneficiaries']],
    ['', []],
  ])('tokens(%j)', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it.each([
    ['Shall pay', null, ['shall', 'pay', 'shall pay']],
    ['pay pay pay', null, ['pay', 'pay pay']],
    ['Maintain insurance', 'Insurance Requirements', ['maintain', 'insurance', 'maintain insurance', 'h:insurance', 'h:requirements']],
    ['within 30 days', '7. Term', ['within', '0', 'within 0', 'days', '0 days', 'h:0', 'h:term']],
  ])('clauseFeatures(%j, %j)', (text, heading, expected) => {
    expect(clauseFeatures(text, heading)).toEqual(expected);
  });
});

/** A hand-made model: "insurance" fires on the word insurance; "escrow" is a signal. */
const TINY = {
  format: MODEL_FORMAT,
  provenance: { data: 'test fixture' },
  labels: [
    { name: 'insurance', category: 'Insurance', kind: 'topic', mode: 'or', threshold: 0.5, bias: -2, weights: { insurance: 6, 'h:insurance': 2 } },
    { name: 'mfn', category: 'Most Favored Nation', kind: 'topic', mode: 'and', threshold: 0.5, bias: -1, weights: { favored: 4 } },
    { name: 'exclusivity', category: 'Exclusivity', kind: 'topic', mode: 'classifier', threshold: 0.5, bias: -1, weights: { exclusive: 4 } },
    { name: 'escrow', category: 'Source Code Escrow', kind: 'signal', mode: 'rules', threshold: 0.5, bias: -1, weights: { escrow: 4 } },
  ],
};

describe('model and scorer', () => {
  const model = compileModel(TINY);

  it('scores as sigmoid(bias + sum of weights / sqrt(feature count))', () => {
    // features: maintain, insurance, maintain insurance -> 3; insurance weighs 6
    const [insurance, mfn] = labelProbabilities(model, 'maintain insurance', null);
    expect(insurance).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 6 / Math.sqrt(3)))), 12);
    expect(mfn).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });

  it('keeps only the labels that can change topics in topicWeights, with the same scores for them', () => {
    expect([...new Set([...model.topicWeights!.values()].flat().map(([i]) => i))].sort()).toEqual([0, 1, 2]); // not the escrow signal
    const text = 'Licensee shall maintain insurance and an exclusive escrow.';
    const all = labelProbabilities(model, text, 'Insurance');
    const topicOnly = labelProbabilities(model, text, 'Insurance', model.topicWeights);
    expect(topicOnly.slice(0, 3)).toEqual(all.slice(0, 3));
  });

  it('gives the same scores every time', () => {
    const text = 'Licensee shall maintain insurance and an exclusive escrow.';
    expect(clauseScores(text, 'Insurance', model)).toEqual(clauseScores(text, 'Insurance', model));
  });

  it('names every label in clauseScores, signals included', () => {
    expect(Object.keys(clauseScores('x', null, model))).toEqual(['insurance', 'mfn', 'exclusivity', 'escrow']);
    expect(clauseScores('x', null, null)).toEqual({});
  });

  it.each([
    // [rule topics, text, expected topics]
    [[], 'insurance', ['insurance']], // or: the score adds it
    [['insurance'], 'nothing here', ['insurance']], // or: the rule keeps it
    [['mfn'], 'most favored pricing', ['mfn']], // and: rule and score
    [['mfn'], 'lower prices than others', []], // and: the score vetoes the rule
    [[], 'most favored', []], // and: no rule, no topic
    [['exclusivity'], 'the parties', []], // classifier alone drops the rule's topic
    [[], 'exclusive', ['exclusivity']], // classifier alone adds it
    [[], 'escrow', []], // signals never change topics
  ])('rules %j + "%s" -> %j', (rule, text, expected) => {
    const topics = new Set<string>(rule);
    applyClassifier(topics, text, null, model);
    expect([...topics].sort()).toEqual(expected);
  });

  it.each([
    [null, /not a termlint-topic-classifier/],
    [{ ...TINY, format: 'other/1' }, /not a termlint-topic-classifier/],
    [{ ...TINY, labels: 'x' }, /no labels/],
    [{ ...TINY, labels: [{ ...TINY.labels[0], mode: 'maybe' }] }, /label 0 is malformed/],
    [{ ...TINY, labels: [{ ...TINY.labels[0], weights: { a: 'big' } }] }, /weight of "a"/],
  ])('rejects a malformed model (%#)', (json, message) => {
    expect(() => compileModel(json)).toThrow(message);
  });
});

describe('the shipped model', () => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'models', 'MANIFEST.json'), 'utf8')) as Record<string, { sha256: string; bytes: number }>;

  it('matches the sha256 and size recorded in models/MANIFEST.json and stays under 3 MB', () => {
    const bytes = readFileSync(DEFAULT_MODEL_PATH);
    const entry = manifest['topic-classifier.json']!;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    expect(bytes.length).toBe(entry.bytes);
    expect(statSync(DEFAULT_MODEL_PATH).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('loads, with topic labels for the CUAD topics and signals for the fact categories', () => {
    const model = loadModel(DEFAULT_MODEL_PATH);
    const kinds = Object.fromEntries(model.labels.map((l) => [l.name, l.kind]));
    expect(kinds).toMatchObject({ insurance: 'topic', 'revenue-sharing': 'topic', escrow: 'topic', 'cap-on-liability': 'signal', 'audit-rights': 'signal' });
  });

  // Clauses written for this test (not copied from a contract).
  it.each([
    ['insurance', 'Insurance', 'Supplier shall maintain, at its own expense, commercial general liability insurance with limits of not less than $1,000,000 per occurrence and shall name Customer as an additional insured.'],
    ['revenue-sharing', 'Royalties', 'Licensee shall pay Licensor a royalty equal to five percent (5%) of Net Sales of all Licensed Products sold during each calendar quarter.'],
    ['cap-on-liability', 'Limitation of Liability', "In no event shall either party's aggregate liability arising out of this Agreement exceed the total fees paid by Customer in the twelve months preceding the claim."],
  ])('scores a %s clause high and a governing-law clause low for it', (label, heading, text) => {
    const model = loadModel(DEFAULT_MODEL_PATH);
    const threshold = model.labels.find((l) => l.name === label)!.threshold;
    expect(clauseScores(text, heading, model)[label]).toBeGreaterThanOrEqual(threshold);
    const law = 'This Agreement shall be governed by and construed in accordance with the laws of the State of New York.';
    expect(clauseScores(law, 'Governing Law', model)[label]).toBeLessThan(threshold);
  });
});

describe('classifyClauses hook', () => {
  const saved = process.env.TERMLINT_CLASSIFIER;
  afterEach(() => {
    if (saved === undefined) delete process.env.TERMLINT_CLASSIFIER;
    else process.env.TERMLINT_CLASSIFIER = saved;
  });

  it('TERMLINT_CLASSIFIER=0 switches the classifier off', () => {
    process.env.TERMLINT_CLASSIFIER = '0';
    expect(defaultModel()).toBeNull();
  });

  it('loads the shipped model once and reuses it', () => {
    delete process.env.TERMLINT_CLASSIFIER;
    const first = defaultModel();
    expect(first).not.toBeNull();
    expect(defaultModel()).toBe(first);
  });

  it('runs inside classifyClauses on every clause but signatures and titles', () => {
    delete process.env.TERMLINT_CLASSIFIER;
    const text = 'Supplier shall maintain commercial general liability insurance of at least $2,000,000 and name Customer as an additional insured.';
    const c = clause('9', 'Insurance', text);
    const sig = { ...clause(null, null, text), kind: 'signature' as const };
    classifyClauses([c, sig]);
    expect(c.topics).toContain('insurance');
    expect(sig.topics).toEqual([]);
  });
});
