import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/read/index.js';
import { joinWrapped } from '../src/read/lines.js';
import { isPageNumberLine, paragraphsFromLines, removePageFurniture } from '../src/read/pdf.js';
import type { ReadDocument } from '../src/types.js';

const FIX = new URL('../fixtures/contracts/', import.meta.url).pathname;

describe('de-hyphenation at line ends', () => {
  it.each([
    ['the obliga-', 'tion applies', 'the obligation applies'],
    ['a non-', 'exclusive licence', 'a non-exclusive licence'],
    ['any third-', 'party claim', 'any third-party claim'],
    ['the self-', 'hosted edition', 'the self-hosted edition'],
    ['a 24-', 'hour window', 'a 24-hour window'],
    ['the Co-', 'Branding Agreement', 'the Co-Branding Agreement'],
    ['state-of-', 'the-art', 'state-of-the-art'],
    ['Fees are', 'due', 'Fees are due'],
    ['payment --', 'see below', 'payment -- see below'],
  ])('%j + %j -> %j', (a, b, expected) => {
    expect(joinWrapped(a, b)).toBe(expected);
  });
});

describe('page numbers', () => {
  it.each([
    ['12', true],
    ['Page 3 of 10', true],
    ['page 3', true],
    ['3 / 10', true],
    ['- 4 -', true],
    ['iv', true],
    ['4.2', false],
    ['Fees', false],
    ['12 months', false],
  ])('%j is a page-number line: %s', (line, expected) => {
    expect(isPageNumberLine(line)).toBe(expected);
  });
});

describe('running headers and footers', () => {
  const page = (n: number, body: string[]) => ['ACME CONFIDENTIAL', ...body, `Page ${n} of 3`];

  it('removes lines repeated at page edges and page numbers, keeps the body', () => {
    const { lines, removed } = removePageFurniture([
      page(1, ['1. Fees', 'Customer pays.']),
      page(2, ['2. Term', 'One year.']),
      page(3, ['3. Law', 'Delaware.']),
    ]);
    expect(lines.map((l) => [l.text, l.page])).toEqual([
      ['1. Fees', 1], ['Customer pays.', 1], ['2. Term', 2], ['One year.', 2], ['3. Law', 3], ['Delaware.', 3],
    ]);
    expect(removed).toBe(6);
  });

  it('keeps clause numbers that happen to start several pages', () => {
    const { lines } = removePageFurniture([['1.', 'Fees are due.'], ['2.', 'Term is one year.'], ['3.', 'Law is Delaware.']]);
    expect(lines.map((l) => l.text)).toContain('1.');
  });

  it('keeps a line that repeats on only one page of three', () => {
    const { lines } = removePageFurniture([['Draft', 'a.'], ['b.'], ['c.']]);
    expect(lines.map((l) => l.text)).toEqual(['Draft', 'a.', 'b.', 'c.']);
  });
});

describe('paragraphs from layout lines', () => {
  const full = 'x'.repeat(70);
  it.each<[string, Array<[string, number]>, Array<[string, number]>]>([
    ['a sentence running over a page break stays one block on its first page',
      [['1.1 The fees are due within thirty days of the date of the invoice and', 1], ['are payable in US dollars.', 2]],
      [['1.1 The fees are due within thirty days of the date of the invoice and are payable in US dollars.', 1]]],
    ['a clause number starts a block',
      [['1.1 Fees are due.', 1], ['1.2 Taxes are extra.', 1]],
      [['1.1 Fees are due.', 1], ['1.2 Taxes are extra.', 1]]],
    ['a short title line is its own block',
      [['Master Agreement', 1], ['This Agreement is made between the parties on the date below and binds', 1], ['them both.', 1]],
      [['Master Agreement', 1], ['This Agreement is made between the parties on the date below and binds them both.', 1]]],
    ['a short line ending a sentence ends the paragraph',
      [[full, 1], ['end here.', 1], ['Next one starts.', 1]],
      [[`${full} end here.`, 1], ['Next one starts.', 1]]],
    ['a hyphenated word is re-joined',
      [['4.2 Each party shall perform its obliga-', 1], ['tions in good faith.', 1]],
      [['4.2 Each party shall perform its obligations in good faith.', 1]]],
    ['a cross-reference wrapped after "UNDER" continues the sentence',
      [["10.3 SECTIONS 10.1 AND 10.2 DO NOT APPLY TO (d) CONSULTANT'S OBLIGATIONS UNDER", 1], ['SECTION 9 (INDEMNIFICATION).', 1], ['11. Insurance', 1]],
      [["10.3 SECTIONS 10.1 AND 10.2 DO NOT APPLY TO (d) CONSULTANT'S OBLIGATIONS UNDER SECTION 9 (INDEMNIFICATION).", 1], ['11. Insurance', 1]]],
    ['a caps article heading after a finished sentence still starts a block',
      [['The parties agree as follows.', 1], ['ARTICLE 2 FEES', 1]],
      [['The parties agree as follows.', 1], ['ARTICLE 2 FEES', 1]]],
  ])('%s', (_name, lines, expected) => {
    const blocks = paragraphsFromLines(lines.map(([text, page]) => ({ text, page })));
    expect(blocks.map((b) => [b.text, b.location.page])).toEqual(expected);
  });
});

describe.each([
  ['acme-standard-msa', 4, 'Acme Cloud, Inc. - Master Subscription Agreement'],
  ['umbrella-dpa', 3, 'Umbrella Pharmaceuticals GmbH / Acme Cloud, Inc. - Data Processing Addendum'],
])('%s.pdf', (name, pages, header) => {
  let pdf: ReadDocument;
  let md: ReadDocument;
  beforeAll(async () => {
    pdf = (await readDocument(`${FIX}${name}.pdf`)) as ReadDocument;
    md = (await readDocument(`${FIX}${name}.md`)) as ReadDocument;
  });

  it('reads every page', () => {
    expect(pdf).toMatchObject({ format: 'pdf', pages, warnings: [] });
    const pageNumbers = pdf.blocks.map((b) => b.location.page!);
    expect(pageNumbers[0]).toBe(1);
    expect(pageNumbers[pageNumbers.length - 1]).toBe(pages);
    expect(pageNumbers).toEqual([...pageNumbers].sort((a, b) => a - b));
  });

  it('drops the running header and the "Page N of M" footer', () => {
    const all = pdf.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain(header);
    expect(all).not.toMatch(/Page \d+ of \d+/);
  });

  it('rebuilds the same paragraphs as the markdown source, de-hyphenated', () => {
    expect(pdf.blocks.map((b) => b.text)).toEqual(md.blocks.map((b) => b.text));
  });
});

describe('acme-standard-msa.pdf details', () => {
  let pdf: ReadDocument;
  beforeAll(async () => {
    pdf = (await readDocument(`${FIX}acme-standard-msa.pdf`)) as ReadDocument;
  });
  it.each([
    ['3.2 Invoices are payable within thirty (30) days', 1],
    ['9.2 EACH PARTY', 3],
    ['14.1 Governing law.', 4],
  ])('block starting %j is on page %i', (start, page) => {
    expect(pdf.blocks.find((b) => b.text.startsWith(start))?.location.page).toBe(page);
  });
  it('re-joins words the layout hyphenated and keeps real compounds', () => {
    const all = pdf.blocks.map((b) => b.text).join(' ');
    expect(all).toContain('claims arising from Customer Data, combinations with items');
    expect(all).toContain('exclusive jurisdiction');
    expect(all).toContain('a non-exclusive, non-transferable right');
    expect(all).not.toMatch(/\p{L}- \p{L}/u);
  });
});
