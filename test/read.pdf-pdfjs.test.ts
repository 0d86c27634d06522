// The PDF reader drives pdf.js directly (no pdf-parse wrapper, no structured-clone port, built-ins
// restored after pdf.js's polyfills): these tests pin that the text is still pdf-parse's, page for
// page, and that the speed-ups leave no trace on the process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { countLetters, readPdf, readPdfPages } from '../src/read/pdf.js';

// Captured before this file reads any PDF, so before pdf.js's bundled core-js has run.
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const bytesOf = (name: string) => new Uint8Array(readFileSync(FIX + name));
const PDFS = ['contracts/umbrella-dpa.pdf', 'contracts/acme-standard-msa.pdf'];

describe('built-ins after loading pdf.js', () => {
  it('Array.prototype.push and JSON.parse are the native ones again', async () => {
    await readPdf(bytesOf(PDFS[0]), PDFS[0]);
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeJsonParse);
  });

  it('keeps the methods pdf.js needs that Node 20 lacks', async () => {
    await readPdf(bytesOf(PDFS[0]), PDFS[0]);
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});

describe('one document per port', () => {
  it('reads documents side by side as it reads them one by one', async () => {
    const oneByOne = [];
    for (const name of PDFS) oneByOne.push(await readPdfPages(bytesOf(name), name));
    const sideBySide = await Promise.all(PDFS.map((name) => readPdfPages(bytesOf(name), name)));
    expect(sideBySide).toEqual(oneByOne);
    expect(oneByOne.map((pages) => pages.length)).toEqual([3, 4]);
  });

  it.each([
    ['hostile/encrypted.pdf', 'ENCRYPTED_PDF'],
    ['hostile/truncated.pdf', 'CORRUPT_PDF'],
  ])('after %s fails (%s), the next PDF still reads', async (name, code) => {
    const failure = await readPdfPages(bytesOf(name), name).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(DocumentError);
    expect((failure as DocumentError).code).toBe(code);
    const pages = await readPdfPages(bytesOf(PDFS[1]), PDFS[1]);
    expect(pages.join('\n')).toMatch(/Master Subscription Agreement/);
  });

  it('leaves the caller\'s buffer usable (pdf.js gets a copy)', async () => {
    const bytes = bytesOf(PDFS[0]);
    await readPdfPages(bytes, PDFS[0]);
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('same page text as pdf-parse 2', () => {
  // Last in this file: importing pdf-parse runs pdf.js's polyfills again in this process.
  it.each(PDFS)('%s', async (name) => {
    const ours = await readPdfPages(bytesOf(name), name);
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: bytesOf(name), verbosity: 0 });
    try {
      const theirs = (await parser.getText()).pages.map((p) => p.text);
      expect(ours).toEqual(theirs);
    } finally {
      await parser.destroy();
    }
  });
});

describe('countLetters', () => {
  it.each([
    ['', 0],
    ['Fees: 30 days.', 8],
    ['1.2 (a) -- $500', 1],
    ['Zahlung fällig', 13],
    ['Договор', 7],
    ['契約書', 3],
    ['𝐀𝐁𝐂', 3], // mathematical bold capitals: letters outside the BMP, one each
    ['\ud800x', 1], // a lone surrogate is not a letter
    ['\u00a0\t\n', 0],
  ])('%j has %i letters', (text, expected) => {
    expect(countLetters(text)).toBe(expected);
  });
});
