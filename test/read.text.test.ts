import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/read/index.js';
import { readMarkdown, readPlainText, stripInline } from '../src/read/text.js';
import type { ReadDocument } from '../src/types.js';

const FIX = new URL('../fixtures/contracts/', import.meta.url).pathname;
const texts = (doc: ReadDocument) => doc.blocks.map((b) => b.text);

describe('plain text blocks', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['blank lines separate paragraphs', 'First para.\n\nSecond para.', [['First para.', 1], ['Second para.', 3]]],
    ['wrapped lines are joined with a space', 'Fees are due\nwithin thirty days.\n', [['Fees are due within thirty days.', 1]]],
    ['a dotted clause number starts a block without a blank line', '1.1 Fees are due.\n1.2 Taxes extra.', [['1.1 Fees are due.', 1], ['1.2 Taxes extra.', 2]]],
    ['"1." starts a block', 'Intro text:\n1. First.\n2. Second.', [['Intro text:', 1], ['1. First.', 2], ['2. Second.', 3]]],
    ['"Section 5" after a finished sentence starts a block', 'The term ends.\nSection 5. Fees apply.', [['The term ends.', 1], ['Section 5. Fees apply.', 2]]],
    ['"Section 5" inside a wrapped sentence does not', 'as set out in\nSection 5 of this Agreement.', [['as set out in Section 5 of this Agreement.', 1]]],
    ['ARTICLE IV starts a block', 'Last words.\nARTICLE IV\nPayment is due.', [['Last words.', 1], ['ARTICLE IV', 2], ['Payment is due.', 3]]],
    ['§ and (a) after an entry start blocks', 'Rules:\n§ 7 Scope.\n(a) first;\n(b) second.', [['Rules:', 1], ['§ 7 Scope.', 2], ['(a) first;', 3], ['(b) second.', 4]]],
    ['an ALL-CAPS short line is a block of its own', 'PAYMENT TERMS\nCustomer pays monthly.', [['PAYMENT TERMS', 1], ['Customer pays monthly.', 2]]],
    ['a caps disclaimer keeps its short last line', 'THE SERVICES ARE PROVIDED AS IS AND ACME DISCLAIMS ALL IMPLIED WARRANTIES OF\nMERCHANTABILITY.', [['THE SERVICES ARE PROVIDED AS IS AND ACME DISCLAIMS ALL IMPLIED WARRANTIES OF MERCHANTABILITY.', 1]]],
    ['CRLF line ends', 'One\r\ntwo.\r\n\r\nThree.\r\n', [['One two.', 1], ['Three.', 4]]],
    ['a UTF-8 BOM is dropped', '\uFEFFHello there.', [['Hello there.', 1]]],
    ['tabs and repeated spaces collapse', '4.2\tPayment   terms.', [['4.2 Payment terms.', 1]]],
    ['a 2.5 million amount at a line start is taken as a number (known limit)', 'a fee of USD\n2.5 million.', [['a fee of USD', 1], ['2.5 million.', 2]]],
  ])('%s', (_name, input, expected) => {
    const doc = readPlainText(input, 'x.txt');
    expect(doc.blocks.map((b) => [b.text, b.location.line])).toEqual(expected);
    expect(doc.blocks.every((b) => b.kind === 'body' && b.location.page === null && b.location.paragraph === null)).toBe(true);
  });
});

describe('markdown blocks', () => {
  it.each<[string, string, Array<Partial<{ text: string; kind: string; headingLevel: number; listLevel: number; line: number }>>]>([
    ['headings with levels', '# Title\n\n## 1. Fees\n### Sub #', [
      { text: 'Title', kind: 'heading', headingLevel: 1, line: 1 },
      { text: '1. Fees', kind: 'heading', headingLevel: 2, line: 3 },
      { text: 'Sub', kind: 'heading', headingLevel: 3, line: 4 },
    ]],
    ['bullets and nesting', '- one\n  - two\n    - three\n- four', [
      { text: 'one', kind: 'list-item', listLevel: 0, line: 1 },
      { text: 'two', kind: 'list-item', listLevel: 1, line: 2 },
      { text: 'three', kind: 'list-item', listLevel: 2, line: 3 },
      { text: 'four', kind: 'list-item', listLevel: 0, line: 4 },
    ]],
    ['ordered items keep their number as a clause number', '1. Fees are due.\n2. Taxes\nare extra.', [
      { text: '1. Fees are due.', kind: 'list-item', listLevel: 0, line: 1 },
      { text: '2. Taxes are extra.', kind: 'list-item', listLevel: 0, line: 2 },
    ]],
    ['table rows, separator skipped, emphasis stripped', '| Term | Value |\n| --- | :---: |\n| **Payment** | Net 30 |\n| Law | |', [
      { text: 'Term | Value', kind: 'table-row', line: 1 },
      { text: 'Payment | Net 30', kind: 'table-row', line: 3 },
      { text: 'Law |', kind: 'table-row', line: 4 },
    ]],
    ['emphasis and code markers are stripped, words kept', 'Fees are **non-refundable** and `final`, *really* __final__.', [
      { text: 'Fees are non-refundable and final, really final.', kind: 'body', line: 1 },
    ]],
    ['a clause number starts a block inside a paragraph', 'Intro.\n4.1 Payment.\n4.2 Taxes.', [
      { text: 'Intro.', kind: 'body', line: 1 },
      { text: '4.1 Payment.', kind: 'body', line: 2 },
      { text: '4.2 Taxes.', kind: 'body', line: 3 },
    ]],
    ['comments and thematic breaks are dropped', '<!-- draft\nnote -->\nText.\n\n---\n\nMore.', [
      { text: 'Text.', kind: 'body', line: 3 },
      { text: 'More.', kind: 'body', line: 7 },
    ]],
  ])('%s', (_name, input, expected) => {
    const doc = readMarkdown(input, 'x.md');
    const got = doc.blocks.map((b) => ({
      text: b.text,
      kind: b.kind,
      ...(b.headingLevel !== undefined ? { headingLevel: b.headingLevel } : {}),
      ...(b.listLevel !== undefined ? { listLevel: b.listLevel } : {}),
      line: b.location.line,
    }));
    expect(got).toEqual(expected);
  });

  it.each([
    ['[the Agreement](https://x.example)', 'the Agreement'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['\\*literal\\*', '*literal*'],
  ])('stripInline(%j) = %j', (input, expected) => {
    expect(stripInline(input)).toBe(expected);
  });
});

describe('text fixtures', () => {
  it('reads the acme markdown with headings and line numbers that point at the source', async () => {
    const path = `${FIX}acme-standard-msa.md`;
    const doc = (await readDocument(path)) as ReadDocument;
    expect(doc.format).toBe('md');
    const source = readFileSync(path, 'utf8').split('\n');
    for (const block of doc.blocks) {
      // The first words of each block are on the line it names.
      const firstWords = block.text.split(' ').slice(0, 3).join(' ');
      expect(source[block.location.line! - 1]).toContain(firstWords);
    }
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings[0]).toMatchObject({ text: 'Master Subscription Agreement', headingLevel: 1 });
    expect(headings.map((h) => h.text)).toContain('9. Limitation of Liability');
    expect(texts(doc)).toContain('3.2 Invoices are payable within thirty (30) days of the invoice date. Overdue amounts bear interest at one and one-half percent (1.5%) per month or the highest rate permitted by law, whichever is lower.');
  });

  it('reads the wrapped umbrella .txt into the same blocks as its markdown source', async () => {
    const txt = (await readDocument(`${FIX}umbrella-dpa.txt`)) as ReadDocument;
    const md = (await readDocument(`${FIX}umbrella-dpa.md`)) as ReadDocument;
    expect(txt.format).toBe('txt');
    expect(texts(txt)).toEqual(texts(md));
    expect(texts(txt)).toContain('ARTICLE IV');
    expect(texts(txt)).toContain('SECURITY AND BREACH NOTIFICATION');
  });

  it('reads the initech order form table rows from markdown', async () => {
    const doc = (await readDocument(`${FIX}initech-order-form.md`)) as ReadDocument;
    const rows = doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toContain('Payment terms | Net forty-five (45) days from the invoice date');
    expect(rows).toContain('Total, first year |  |  | $74,500.00');
    expect(rows.some((r) => r.includes('---'))).toBe(false);
  });
});
