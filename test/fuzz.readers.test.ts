// Property and fuzz tests (fast-check): the text pipeline never throws and is deterministic on
// arbitrary text; mutated docx, pdf and YAML bytes (bits flipped, cut short, bytes inserted,
// regions repeated) never crash the reader: it answers with a document or a DocumentError that is
// not INTERNAL, in bounded time. Runs are few and seeded so the file stays fast and reproducible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { analyse, splitSentences } from '../src/extract/index.js';
import { findDurations, findFeeMultiples, findJurisdictions, findMoney, findPercents } from '../src/extract/values/index.js';
import { Parser, isCollection, parseDocument, visit } from 'yaml';
import { parseYamlSource, tokensTooDeepAt } from '../src/policy/yaml-positions.js';
import { readBuffer } from '../src/read/index.js';
import { segment } from '../src/segment/index.js';
import type { Block, DocFormat, ReadDocument } from '../src/types.js';

const ROOT = new URL('..', import.meta.url).pathname;
const fixture = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));
const SEED = 20260115;

// Contract-ish pieces reach far more branches than uniformly random characters.
const PIECES = [
  '1.', '1.1', '2.3(a)', '(a)', '(iv)', 'Section 5', 'ARTICLE IV', 'FEES', 'Payment Terms.', 'Customer', 'shall', 'pay',
  'within', 'thirty', '(30)', 'days', 'Net 45', '$1,000,000', '12 months', 'Delaware', 'e.g.', 'U.S.', 'Inc.',
  'liability', 'will not exceed', '2x', 'fees', '99.9%', ';', ',', '.', '\n', '\n\n', '\t', '"', '“', '§', '•', '-',
  '|', '#', '**', 'a'.repeat(40), '.'.repeat(20), ' ',
];
const contractish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 150 }), contractish);

const KINDS: Block['kind'][] = ['heading', 'list-item', 'table-row', 'body'];
const blockArb: fc.Arbitrary<Block> = fc.record({
  text: anyText,
  kind: fc.constantFrom(...KINDS),
  headingLevel: fc.integer({ min: 1, max: 6 }),
  listLevel: fc.integer({ min: 0, max: 8 }),
}).map(({ text, kind, headingLevel, listLevel }) => ({
  text,
  kind,
  location: { page: null, paragraph: null, line: 1 },
  ...(kind === 'heading' ? { headingLevel } : {}),
  ...(kind === 'list-item' ? { listLevel } : {}),
}));
const docArb = fc.array(blockArb, { maxLength: 12 }).map((blocks): ReadDocument => ({
  path: 'fuzz.txt', format: 'txt', blocks, pages: null, warnings: [],
}));

describe('the text pipeline on arbitrary text', () => {
  it('segment never throws, is deterministic and keeps clause text from the blocks', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const clauses = segment(doc);
        expect(segment(doc)).toEqual(clauses);
        for (const c of clauses) expect(typeof c.text).toBe('string');
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('analyse (segment, topics, facts) never throws and is deterministic', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const first = analyse(doc);
        expect(analyse(doc)).toEqual(first);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('splitSentences never throws, and every sentence points into the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const sentences = splitSentences(text);
        expect(splitSentences(text)).toEqual(sentences);
        for (const s of sentences) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('reading text bytes as txt or md never throws anything but a DocumentError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map((t) => new TextEncoder().encode(t))), fc.constantFrom<DocFormat>('txt', 'md'), async (bytes, hint) => {
        const outcome = await readBuffer(bytes, `fuzz.${hint}`, hint).then(
          (doc) => JSON.stringify(doc),
          (err: unknown) => {
            expect(err).toBeInstanceOf(DocumentError);
            return (err as DocumentError).code;
          },
        );
        expect(outcome).not.toBe('INTERNAL');
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});

describe('long inputs stay linear', () => {
  // A backtracking or quadratic reader would take seconds or minutes on these; each gets a budget.
  const LONG: Array<[string, string]> = [
    ['one 400 KB line of words', 'Customer shall pay the fees within thirty (30) days. '.repeat(8000)],
    ['400 KB without a space', 'a'.repeat(400_000)],
    ['400 KB of dots', '.'.repeat(400_000)],
    ['400 KB of digits and commas', '1,'.repeat(200_000)],
    ['400 KB of nested brackets', '('.repeat(200_000) + ')'.repeat(200_000)],
  ];

  it.each(LONG)('value readers and splitSentences on %s', (_what, text) => {
    const start = performance.now();
    for (const find of [findDurations, findMoney, findPercents, findFeeMultiples, findJurisdictions]) find(text);
    splitSentences(text);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

/** One mutation of some bytes: flip bits, cut short, insert junk, or repeat a region. */
type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; length: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = new Uint8Array(source);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.kind === 'flip' && bytes.length) bytes[at] ^= m.mask;
    if (m.kind === 'truncate') bytes = bytes.slice(0, at);
    if (m.kind === 'insert') bytes = Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    if (m.kind === 'repeat') bytes = Uint8Array.from([...bytes.subarray(0, at + m.length), ...bytes.subarray(at)]);
  }
  return bytes;
}

describe('mutated documents never crash the reader', () => {
  const SOURCES: Array<[string, Uint8Array, number]> = [
    ['contract.docx', fixture('fixtures/contracts/initech-order-form.docx'), 40],
    ['contract.pdf', fixture('fixtures/contracts/umbrella-dpa.pdf'), 30],
    ['termsheet.yaml', fixture('fixtures/contracts/globex-termsheet.yaml'), 200],
    ['contract.md', fixture('fixtures/contracts/initech-order-form.md'), 100],
    ['zip-bomb.docx', fixture('fixtures/hostile/zip-bomb.docx'), 10],
  ];

  it.each(SOURCES)('%s: a document or a DocumentError (never INTERNAL), within 5 s each', async (name, source, numRuns) => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const bytes = mutate(source, mutations);
        const start = performance.now();
        const err = await readBuffer(bytes, name).then(() => null, (e: unknown) => e);
        expect(performance.now() - start).toBeLessThan(5000);
        if (err === null) return;
        expect(err).toBeInstanceOf(DocumentError);
        expect((err as DocumentError).code).not.toBe('INTERNAL');
        expect((err as DocumentError).message).not.toContain('\n');
      }),
      { numRuns, seed: SEED },
    );
  });

  it('mutated policy YAML: parseYamlSource never throws and every diagnostic has a position', () => {
    const policy = fixture('policies/default.policy.yaml');
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = new TextDecoder().decode(mutate(policy, mutations));
        const src = parseYamlSource('policy.yaml', text);
        for (const d of src.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150, seed: SEED },
    );
  });
});

describe('the YAML depth check is sound', () => {
  /** Deepest nesting of collections in what the yaml parser built (errors and all). */
  function parsedDepth(text: string): number {
    const doc = parseDocument(text, { uniqueKeys: false, schema: 'core', customTags: [] });
    let deepest = 0;
    visit(doc, {
      Collection(_key, _node, path) {
        const depth = path.filter((n) => isCollection(n)).length + 1;
        deepest = Math.max(deepest, depth);
      },
    });
    return deepest;
  }

  // Pieces that open and close flow and block structure, quotes, block scalars and comments.
  const YAML_PIECES = ['[', ']', '{', '}', ',', '"', "'", '- ', 'k: ', 'a', ' ', '\n', '\n  ', '\n    ', '|', '#', '? ', 'x y'];
  const yamlish = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 40 }).map((p) => p.join(''));

  it('whenever the token check finds no excess, the composed document is no deeper than the limit', () => {
    fc.assert(
      fc.property(yamlish, fc.integer({ min: 1, max: 4 }), (text, limit) => {
        if (tokensTooDeepAt([...new Parser().parse(text)], limit) === null) expect(parsedDepth(text)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: Number(process.env.DEPTH_RUNS ?? 3000), seed: Number(process.env.DEPTH_SEED ?? SEED) },
    );
  });
});
