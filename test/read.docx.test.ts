import { beforeAll, describe, expect, it } from 'vitest';
import { blocksFromDocument } from '../src/read/docx.js';
import { readDocument } from '../src/read/index.js';
import type { Block, ReadDocument } from '../src/types.js';

const FIX = new URL('../fixtures/contracts/', import.meta.url).pathname;

// Minimal mammoth document-model nodes.
const run = (value: string) => ({ type: 'run', children: [{ type: 'text', value }] });
const para = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'paragraph', children: text ? [run(text)] : [], ...extra });
const table = (...rows: string[][]) => ({
  type: 'table',
  children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [para(c)] })) })),
});

describe('blocks from the mammoth document model', () => {
  it.each<[string, object[], Array<Partial<Block>>]>([
    ['Heading N style -> heading with level', [para('Fees', { styleName: 'Heading 2' })], [{ text: 'Fees', kind: 'heading', headingLevel: 2 }]],
    ['Title style -> heading level 1', [para('Master Agreement', { styleName: 'Title' })], [{ text: 'Master Agreement', kind: 'heading', headingLevel: 1 }]],
    ['style id used when the name is missing', [para('Term', { styleId: 'Heading3' })], [{ text: 'Term', kind: 'heading', headingLevel: 3 }]],
    ['numbered paragraph -> list item with level', [para('Sub-clause', { numbering: { level: '1', isOrdered: true } })], [{ text: 'Sub-clause', kind: 'list-item', listLevel: 1 }]],
    ['a typed clause number is kept', [para('4.2 Payment is due.')], [{ text: '4.2 Payment is due.', kind: 'body' }]],
    ['table row -> one block, cells joined', [table(['Term', 'Value'], ['Payment', 'Net 30'])], [
      { text: 'Term | Value', kind: 'table-row' },
      { text: 'Payment | Net 30', kind: 'table-row' },
    ]],
  ])('%s', (_name, children, expected) => {
    const blocks = blocksFromDocument({ type: 'document', children } as never);
    expect(blocks).toMatchObject(expected);
  });

  it('counts empty paragraphs and table rows in paragraph numbers, but emits no empty blocks', () => {
    const blocks = blocksFromDocument({
      type: 'document',
      children: [para('One.'), para(''), table(['a', 'b'], ['', '']), para('Two.')],
    } as never);
    expect(blocks.map((b) => [b.text, b.location.paragraph])).toEqual([['One.', 1], ['a | b', 3], ['Two.', 5]]);
  });

  it('joins runs, tabs and breaks inside a paragraph', () => {
    const p = { type: 'paragraph', children: [run('Net'), { type: 'tab' }, run('30'), { type: 'break' }, run('days')] };
    expect(blocksFromDocument({ type: 'document', children: [p] } as never)[0].text).toBe('Net 30 days');
  });
});

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
