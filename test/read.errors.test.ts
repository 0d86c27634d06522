import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { readBuffer, readDocument, sniffFormat } from '../src/read/index.js';
import type { DocFormat, ReadDocument } from '../src/types.js';

const BAD = new URL('../fixtures/bad/', import.meta.url).pathname;
const FIX = new URL('../fixtures/contracts/', import.meta.url).pathname;

async function errorOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return err as DocumentError;
  }
  throw new Error('expected a DocumentError');
}

describe('unreadable files give one clear line with a stable code', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE', /empty/],
    ['binary.txt', 'BINARY_FILE', /binary file/],
    ['not-a-docx.docx', 'UNSUPPORTED_FORMAT', /zip archive, not a Word document/],
    ['spreadsheet.xlsx', 'UNSUPPORTED_FORMAT', /Excel workbook/],
    ['image.png', 'UNSUPPORTED_FORMAT', /PNG image/],
    ['truncated.docx', 'CORRUPT_DOCX', /not a readable Word document/],
    ['corrupt.pdf', 'CORRUPT_PDF', /PDF/],
    ['encrypted.pdf', 'ENCRYPTED_PDF', /password-protected; remove the password/],
    ['scanned.pdf', 'NO_TEXT_LAYER', /has no extractable text \(scanned image\?\); it was not checked/],
    ['missing.docx', 'NOT_FOUND', /not found/],
  ])('%s -> %s', async (file, code, message) => {
    const err = await errorOf(readDocument(`${BAD}${file}`));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(`${BAD}${file}`);
    expect(err.message).not.toContain('\n');
    expect(err.message).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('refuses a file over the size limit and names the limit', async () => {
    const err = await errorOf(readDocument(`${FIX}acme-standard-msa.md`, { maxBytes: 4096 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/ is 7\.9 KB, over the file size limit of 4 KB; it was not checked \(raise it with --max-file-size <MB>\)$/);
    expect(err.message).toContain('acme-standard-msa.md');
  });

  it('refuses stdin bytes over the size limit', async () => {
    const err = await errorOf(readBuffer(new Uint8Array(2048).fill(65), '<stdin>', 'txt', { maxBytes: 1024 }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('refuses a text file that is only whitespace', async () => {
    const err = await errorOf(readBuffer(Buffer.from(' \n\r\n\t\n'), 'blank.txt'));
    expect(err.code).toBe('EMPTY_FILE');
  });

  it('refuses a folder', async () => {
    const err = await errorOf(readDocument(BAD));
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses YAML that is not a term sheet', async () => {
    const err = await errorOf(readBuffer(Buffer.from('termlint: 1\nname: policy\n'), 'policy.yaml'));
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toMatch(/not a term sheet/);
  });
});

describe('the bytes decide the format', () => {
  it('reads a docx named .pdf as docx, with a warning', async () => {
    const doc = (await readDocument(`${BAD}renamed-docx.pdf`)) as ReadDocument;
    expect(doc.format).toBe('docx');
    expect(doc.warnings).toEqual(['renamed-docx.pdf is a docx file; read as docx']);
    expect(doc.blocks.some((b) => b.kind === 'table-row')).toBe(true);
  });

  it('reads text named .pdf as text, with a warning', async () => {
    const doc = (await readBuffer(Buffer.from('1. Fees are due.'), 'notes.pdf')) as ReadDocument;
    expect(doc.format).toBe('txt');
    expect(doc.warnings).toEqual(['notes.pdf is a text file; read as txt']);
  });

  const bytes = (name: string) => new Uint8Array(readFileSync(name));
  it.each<[string, Uint8Array, string, DocFormat | null]>([
    ['docx by zip contents', bytes(`${FIX}initech-order-form.docx`), 'a.bin', 'docx'],
    ['pdf by %PDF- header', bytes(`${FIX}umbrella-dpa.pdf`), 'a', 'pdf'],
    ['pdf header after junk bytes', Buffer.concat([Buffer.from('\r\n  '), Buffer.from(readFileSync(`${FIX}umbrella-dpa.pdf`))]), 'a.pdf', 'pdf'],
    ['term sheet by its termsheet: key', bytes(`${FIX}globex-termsheet.yaml`), 'terms.txt', 'termsheet'],
    ['markdown by extension', Buffer.from('# Title'), 'c.md', 'md'],
    ['.markdown extension', Buffer.from('# Title'), 'c.markdown', 'md'],
    ['other text is txt', Buffer.from('# Title'), 'c.rtf.txt', 'txt'],
    ['text without an extension is txt', Buffer.from('Fees.'), 'README', 'txt'],
    ['a zip that is not a docx', bytes(`${BAD}not-a-docx.docx`), 'x.docx', null],
    ['NUL bytes', bytes(`${BAD}binary.txt`), 'x.txt', null],
    ['an image', bytes(`${BAD}image.png`), 'x.png', null],
    ['a legacy .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.doc', null],
  ])('%s', (_name, input, path, format) => {
    expect(sniffFormat(input, path).format).toBe(format);
  });

  it('the sniff warning names the extension mismatch', () => {
    expect(sniffFormat(bytes(`${BAD}renamed-docx.pdf`), 'deals/renamed-docx.pdf')).toEqual({
      format: 'docx',
      warning: 'renamed-docx.pdf is a docx file; read as docx',
    });
  });

  it('uses the stdin hint as the extension', async () => {
    const doc = (await readBuffer(Buffer.from('# Fees\n\nDue in 30 days.'), '<stdin>', 'md')) as ReadDocument;
    expect(doc.format).toBe('md');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Fees' });
  });

  it('decodes UTF-16 with a BOM and Windows-1252 (with a warning)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fees are due.', 'utf16le')]);
    expect(((await readBuffer(utf16, 'a.txt')) as ReadDocument).blocks[0].text).toBe('Fees are due.');
    const cp1252 = Buffer.from([0x93, 0x46, 0x65, 0x65, 0x73, 0x94, 0x20, 0x96, 0x20, 0x64, 0x75, 0x65, 0x2e]);
    const doc = (await readBuffer(cp1252, 'b.txt')) as ReadDocument;
    expect(doc.blocks[0].text).toBe('“Fees” – due.');
    expect(doc.warnings).toEqual(['b.txt is not valid UTF-8; read as Windows-1252']);
  });
});

describe('startup cost', () => {
  it('src/read/index.ts imports no heavy library or format reader at module top level', () => {
    const source = readFileSync(new URL('../src/read/index.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import\s.*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(staticImports).toEqual(['node:fs/promises', 'node:path', '../errors.js', '../types.js', './limits.js']);
    expect(source).toMatch(/await import\('\.\/docx\.js'\)/);
    expect(source).toMatch(/await import\('\.\/pdf\.js'\)/);
  });
});

describe('sniffFormat on unreadable bytes', () => {
  it.each([
    [Buffer.alloc(0), 'e.txt', 'EMPTY_FILE'],
    [Buffer.from([0x41, 0x00, 0x42]), 'b.txt', 'BINARY_FILE'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'scan.jpg', 'UNSUPPORTED_FORMAT'],
  ])('gives the error readBuffer would throw (%#)', (bytes, path, code) => {
    const result = sniffFormat(bytes, path);
    expect(result.format).toBeNull();
    expect(result.error?.code).toBe(code);
  });
});

describe('term sheets', () => {
  it('hands a YAML term sheet to the term-sheet parser', async () => {
    const doc = await readDocument(`${FIX}globex-termsheet.yaml`);
    expect(doc.format).toBe('termsheet');
    expect(doc).toMatchObject({ customer: 'Globex Corp', deal: 'Q4-2026-017' });
  });
});
