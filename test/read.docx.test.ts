import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/read/index.js';
import type { Block, ReadDocument } from '../src/types.js';

const FIX = new URL('../fixtures/contracts/', import.meta.url).pathname;

describe('globex redline (.docx)', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = (await readDocument(`${FIX}globex-redline-msa.docx`)) as ReadDocument;
  });

  it('is a docx with no page count and no warnings', () => {
    expect(doc).toMatchObject({ format: 'docx', pages: null, warnings: [] });
  });

  it('gives Title and Heading 1 paragraphs as headings', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings[0]).toMatchObject({ text: 'Master Services Agreement', headingLevel: 1 });
    expect(headings.map((h) => h.text)).toContain('Section 8. Limitation of Liability');
    expect(headings).toHaveLength(13);
  });

  it('gives auto-numbered paragraphs as list items (labels not in the text)', () => {
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items).toHaveLength(7);
    expect(items[0]).toMatchObject({ listLevel: 0 });
    expect(items[0].text).toMatch(/^"Services" means/);
    expect(items.some((b) => b.text.startsWith('Provider shall ensure the Services are available 99.99%'))).toBe(true);
  });

  it('keeps typed "(a)" numbers in body paragraphs', () => {
    expect(doc.blocks.find((b) => b.text.startsWith('(d) Most favoured customer.'))?.kind).toBe('body');
  });

  it('reads tracked changes as accepted: insertions in, deletions out', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('within ninety (90) days after receipt of a correct invoice');
    expect(all).not.toContain('thirty (30) days of the invoice date');
    expect(all).toContain('governed by the laws of England and Wales');
    expect(all).not.toContain('State of Delaware');
  });

  it('numbers paragraphs 1..n in body order', () => {
    const numbers = doc.blocks.map((b) => b.location.paragraph!);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(doc.blocks.every((b) => b.location.page === null && b.location.line === null)).toBe(true);
  });

  it('matches the markdown source paragraph for paragraph, apart from auto-numbered labels', async () => {
    const md = (await readDocument(`${FIX}globex-redline-msa.md`)) as ReadDocument;
    const unlabelled = md.blocks.map((b) => b.text.replace(/^\([a-z]\) /, ''));
    const docxTexts = doc.blocks.map((b) => b.text.replace(/^\([a-z]\) /, ''));
    expect(docxTexts).toEqual(unlabelled);
  });
});

describe('initech order form (.docx)', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = (await readDocument(`${FIX}initech-order-form.docx`)) as ReadDocument;
  });

  it.each([
    ['Product | Quantity | Unit price (per year) | Annual fee', 4],
    ['Acme Platform, Enterprise edition | 250 users | $180.00 | $45,000.00', 5],
    ['Total, first year |  |  | $74,500.00', 9],
    ['Payment terms | Net forty-five (45) days from the invoice date', 15],
    ['Governing law | State of California', 19],
  ])('table row %j is block at paragraph %i', (text, paragraph) => {
    const block = doc.blocks.find((b) => b.text === text);
    expect(block).toMatchObject({ kind: 'table-row', location: { paragraph } });
  });

  it('gives the special terms as numbered list items', () => {
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items).toHaveLength(5);
    expect(items[1].text).toBe('Service credits for the Acme Platform are capped at fifteen percent (15%) of the monthly fees.');
  });
});
