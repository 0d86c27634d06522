// Limits and YAML safety, unit by unit: the TOO_LARGE messages, the flags that set limits, the
// YAML refusals (size, depth, aliases, tags, duplicate keys) with their positions, and that
// termlint's own code never opens a network connection.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { parseYamlSource, tooDeepAt } from '../src/policy/yaml-positions.js';
import { readBuffer } from '../src/read/index.js';
import {
  DEFAULT_LIMITS,
  LIMITS_ENV,
  YAML_LIMITS,
  limitsFromEnv,
  limitsFromFlags,
  resolveLimits,
  tooLarge,
} from '../src/read/limits.js';
import { parseTermSheet } from '../src/read/termsheet.js';

const ROOT = new URL('..', import.meta.url).pathname;

async function rejection(promise: Promise<unknown>): Promise<DocumentError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DocumentError);
  return err as DocumentError;
}

describe('limits', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 50 * 1024 * 1024,
      maxPages: 2000,
      maxChars: 5_000_000,
      maxDecompressedBytes: 200 * 1024 * 1024,
      maxCompressionRatio: 100,
    });
  });

  it('overrides only what is set, and refuses a limit that would switch checking off', () => {
    expect(resolveLimits({ maxPages: 10 })).toEqual({ ...DEFAULT_LIMITS, maxPages: 10 });
    expect(() => resolveLimits({ maxChars: 0 })).toThrow(/maxChars must be a positive number/);
    expect(() => resolveLimits({ maxFileBytes: Number.NaN })).toThrow(RangeError);
  });

  it.each([
    ['maxFileBytes', 60 * 1024 * 1024, 50 * 1024 * 1024, {}, 'a.pdf is 60 MB, over the file size limit of 50 MB; it was not checked (raise it with --max-file-size <MB>)'],
    ['maxPages', 2400, 2000, {}, 'a.pdf is 2,400 pages, over the page limit of 2,000 pages; it was not checked (raise it with --max-pages <n>)'],
    ['maxChars', 5_000_001, 5_000_000, {}, 'a.pdf is 5,000,001 characters, over the character limit of 5,000,000 characters; it was not checked (raise it with --max-chars <n>)'],
    ['maxDecompressedBytes', 300 * 1024 * 1024, 200 * 1024 * 1024, {}, 'a.pdf is 300 MB unzipped, over the decompressed size limit of 200 MB unzipped; it was not checked (a guard against zip bombs)'],
    ['maxDecompressedBytes', 200 * 1024 * 1024 + 1, 200 * 1024 * 1024, { atLeast: true }, 'a.pdf is over 200 MB unzipped, over the decompressed size limit of 200 MB unzipped; it was not checked (a guard against zip bombs)'],
    ['maxCompressionRatio', 1032.4, 100, {}, 'a.pdf compresses 1032.4:1, over the compression ratio limit of 100:1; it was not checked (a guard against zip bombs)'],
  ] as const)('tooLarge(%s) names the limit and how to raise it', (limit, actual, max, opts, message) => {
    const err = tooLarge('a.pdf', limit, actual, max, opts);
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toBe(message);
  });

  it.each([
    [{}, {}],
    [{ maxFileSize: '10' }, { maxFileBytes: 10 * 1024 * 1024 }],
    [{ maxFileSize: '0.5' }, { maxFileBytes: 512 * 1024 }],
    [{ maxPages: '5000', maxChars: '20000000' }, { maxPages: 5000, maxChars: 20_000_000 }],
  ])('limitsFromFlags(%j) -> %j', (flags, limits) => {
    expect(limitsFromFlags(flags)).toEqual({ limits });
  });

  it.each([
    [{ maxFileSize: '-1' }, '--max-file-size must be a positive number, got "-1"'],
    [{ maxFileSize: '' }, '--max-file-size must be a positive number, got ""'],
    [{ maxPages: '2.5' }, '--max-pages must be a positive whole number, got "2.5"'],
    [{ maxChars: 'Infinity' }, '--max-chars must be a positive whole number, got "Infinity"'],
  ])('limitsFromFlags(%j) is a usage error', (flags, error) => {
    expect(limitsFromFlags(flags)).toEqual({ error });
  });

  it.each([
    [undefined, {}],
    ['{"maxPages":3,"maxChars":100}', { maxPages: 3, maxChars: 100 }],
    ['{"maxPages":-3,"maxChars":"big","other":1}', {}],
    ['not json', {}],
  ])('limitsFromEnv(%s) -> %j', (raw, limits) => {
    expect(limitsFromEnv(raw === undefined ? {} : { [LIMITS_ENV]: raw })).toEqual(limits);
  });
});

describe('readers under limits', () => {
  const pdf = readFileSync(join(ROOT, 'fixtures/contracts/umbrella-dpa.pdf'));

  it('refuses a PDF over the page limit before extracting its text', async () => {
    const err = await rejection(readBuffer(pdf, 'dpa.pdf', undefined, { limits: { maxPages: 1 } }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/^dpa\.pdf is \d pages, over the page limit of 1 page;/);
  });

  it.each([
    ['txt', 'a.txt'],
    ['md', 'a.md'],
  ] as const)('refuses %s over the character limit', async (format, name) => {
    const err = await rejection(readBuffer(Buffer.from('Fees are due in 30 days. '.repeat(100)), name, format, { limits: { maxChars: 1000 } }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/is 2,500 characters, over the character limit of 1,000 characters/);
  });

  it('applies the character limit to the text a PDF yields', async () => {
    const err = await rejection(readBuffer(pdf, 'dpa.pdf', undefined, { limits: { maxChars: 500 } }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('keeps maxBytes as the file size limit shorthand', async () => {
    const err = await rejection(readBuffer(Buffer.alloc(2048, 65), 'a.txt', 'txt', { maxBytes: 1024, limits: { maxFileBytes: 1e9 } }));
    expect(err.message).toBe('a.txt is 2 KB, over the file size limit of 1 KB; it was not checked (raise it with --max-file-size <MB>)');
  });

  it('reads a document within its limits', async () => {
    const doc = await readBuffer(Buffer.from('1. Fees are due in 30 days.'), 'a.txt', 'txt', { limits: { maxChars: 1000 } });
    expect(doc.format).toBe('txt');
  });

  it('refuses a device file rather than reading forever', async () => {
    const { readDocument } = await import('../src/read/index.js');
    const err = await rejection(readDocument('/dev/zero'));
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toBe('/dev/zero is not a regular file');
  });

  it('refuses a term sheet over the YAML size limit as TOO_LARGE', () => {
    const text = `termsheet: 1\n# ${'x'.repeat(YAML_LIMITS.maxBytes)}\nterms: {}\n`;
    expect(() => parseTermSheet('big.yaml', text)).toThrow(/big\.yaml is 1 MB, over the 1 MB limit for YAML term sheets/);
  });
});

describe('YAML safety', () => {
  const bomb = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) bomb.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);

  it.each([
    ['an alias bomb', bomb.join('\n'), '2:10', /too many alias \(\*\) expansions, over the limit of 100/],
    ['flow nesting', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, '1:66', /nesting deeper than 64 levels/],
    ['block nesting', Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n'), '64:128', /nesting deeper than 64 levels/],
    ['compact sequences', `${'- '.repeat(100)}x`, '1:129', /nesting deeper than 64 levels/],
    ['a custom tag', 'a: !!js/function "function () {}"', '1:4', /custom YAML tags are not allowed/],
    ['a local tag', 'a: !shell "rm -rf /"', '1:4', /custom YAML tags are not allowed/],
    ['a duplicate key', 'a: 1\nb: 2\na: 3', '3:1', /duplicate key 'a'/],
    ['an oversized file', `# ${'x'.repeat(YAML_LIMITS.maxBytes)}\na: 1`, '1:1', /the file is 1 MB, over the 1 MB limit for YAML files/],
  ])('refuses %s quickly, at line:column', (_what, text, position, message) => {
    const start = performance.now();
    const src = parseYamlSource('p.yaml', text);
    expect(performance.now() - start).toBeLessThan(2000);
    const error = src.diagnostics.find((d) => d.severity === 'error');
    expect(error, 'expected an error diagnostic').toBeDefined();
    expect(`${error!.line}:${error!.column}`).toBe(position);
    expect(error!.message).toMatch(message);
    expect(src.value === null || typeof src.value === 'object').toBe(true);
  });

  // Shapes that slip past the quick scan (it misreads the quote); yaml's own tokens still catch them.
  it.each([
    ['a quote after a bracket in plain text', `x y["k: ${'['.repeat(100_000)}`],
    ['a quote starting a plain continuation line', `a\n"k: ${'['.repeat(100_000)}`],
    ['implicit pairs in flow sequences', '[k: '.repeat(50_000)],
  ])('refuses deep nesting hidden from the quick scan: %s', (_what, text) => {
    const start = performance.now();
    const src = parseYamlSource('p.yaml', text);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(src.diagnostics.map((d) => d.message)).toContain('nesting deeper than 64 levels; it was not read');
    expect(src.value).toBeNull();
  });

  it('still reads anchors used a few times, and deep-enough real policies', () => {
    const src = parseYamlSource('p.yaml', 'base: &b {owner: legal}\nrules:\n  - *b\n  - *b\n');
    expect(src.diagnostics).toEqual([]);
    expect(src.value).toEqual({ base: { owner: 'legal' }, rules: [{ owner: 'legal' }, { owner: 'legal' }] });
  });

  it('finds no nesting problem in any YAML file the project ships', () => {
    const dirs = ['policies', 'fixtures/contracts'];
    for (const dir of dirs) {
      for (const name of readdirSync(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f))) {
        expect(tooDeepAt(readFileSync(join(ROOT, dir, name), 'utf8'), 12), `${dir}/${name}`).toBeNull();
      }
    }
  });

  it.each([
    ['brackets inside quotes', `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'`, null],
    ['brackets inside a comment', `a: 1 # ${'['.repeat(100)}`, null],
    ['an apostrophe in plain text does not hide brackets', `a: it's\nb: ${'['.repeat(100)}`, { line: 2, column: 66 }],
    ['a quote after a space inside plain text does not hide brackets', `a: x 'y\nb: ${'['.repeat(100)}`, { line: 2, column: 66 }],
    ['a quoted scalar ends at a line in column 0', `a: 'open\nb: ${'['.repeat(100)}`, { line: 2, column: 66 }],
    ['a quote inside a block scalar does not hide brackets after it', `x:\n  a: |\n    "\n  b: ${'['.repeat(100)}`, { line: 4, column: 67 }],
    ['a quoted scalar may continue on more indented lines', `a: "one\n  [[[[ two"\nb: 1`, null],
  ])('tooDeepAt: %s', (_what, text, expected) => {
    expect(tooDeepAt(text, 64)).toEqual(expected);
  });
});

describe('a bug while analysing one document', () => {
  it('becomes an INTERNAL error for that document, with a hint to report it', async () => {
    const { analyseFile } = await import('../src/pipeline.js');
    // A custom topic that throws stands in for any bug met while analysing.
    const broken = { name: 'broken', headings: [], matches: (): boolean => { throw new TypeError('boom'); } };
    const analysis = await analyseFile(join(ROOT, 'fixtures/contracts/acme-standard-msa.md'), { topics: [broken], facts: [] });
    expect(analysis.ok).toBe(false);
    if (analysis.ok) return;
    expect(analysis.error.code).toBe('INTERNAL');
    expect(analysis.error.message).toMatch(/acme-standard-msa\.md: internal error while reading \(boom\); please report this/);
  });

  it('reads with the limits passed to analyseFile', async () => {
    const { analyseFile } = await import('../src/pipeline.js');
    const analysis = await analyseFile(join(ROOT, 'fixtures/contracts/acme-standard-msa.md'), { topics: [], facts: [] }, undefined, { limits: { maxChars: 10 } });
    expect(analysis.ok ? null : analysis.error.code).toBe('TOO_LARGE');
  });
});

describe('no network', () => {
  /** Every TypeScript file under src/. */
  function sources(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  }

  it('no module of termlint imports a network module or calls fetch', () => {
    const NETWORK = /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|import\(\s*['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/;
    const offenders = sources('src').filter((file) => NETWORK.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(sources('src').length).toBeGreaterThan(20);
  });
});
