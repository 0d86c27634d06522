// Tables in PDFs, found from text item positions: synthetic pages (cell by cell as pdfkit draws, line by
// line as Word's export draws) and the yardstick PDFs, whose tables must read as their Markdown sources do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTables, pageTableBlocks } from '../src/read/pdf-tables.js';
import type { PdfTextItem } from '../src/read/pdf-tables.js';
import { readPdf } from '../src/read/pdf.js';
import { readMarkdown } from '../src/read/text.js';

/** Helvetica-ish widths: 4.5 pt a character at 9 pt. */
const item = (str: string, x: number, y: number, height = 9): PdfTextItem => ({ str, x, y, width: str.length * height * 0.5, height });

/**
 * A table drawn cell by cell (pdfkit): each row's cells top-aligned at `top`, each cell's lines 10.4 pt
 * apart, rows set apart by 6 pt of padding. A cell is a list of its wrapped lines.
 */
function cellByCell(columns: number[], rows: string[][][], top = 100): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let y = top;
  for (const row of rows) {
    row.forEach((lines, c) => lines.forEach((line, i) => items.push(item(line, columns[c], y + i * 10.4))));
    // pdf.js adds a wide blank item between cells of a line; it must not join them.
    items.push({ str: ' ', x: columns[0] + 20, y, width: 200, height: 0 });
    y += Math.max(...row.map((lines) => lines.length)) * 10.4 + 6;
  }
  return items;
}

/** Lines drawn left to right, top to bottom, `step` pt apart (Word's export). A line is [x, text] pairs. */
function lineByLine(lines: [number, string][][], step = 11, top = 100, height = 9): PdfTextItem[] {
  return lines.flatMap((segments, i) => segments.map(([x, text]) => item(text, x, top + i * step, height)));
}

const rowsOf = (items: PdfTextItem[]) => pageTableBlocks(items, 1).map((b) => b.text);

describe('findTables: tables', () => {
  it.each<[string, PdfTextItem[], string[]]>([
    [
      'a key/value table drawn cell by cell, a wrapped value joined into its cell',
      cellByCell([72, 306], [
        [['Field'], ['Detail']],
        [['Coverage Period'], ['April 1, 2027 through March 31, 2028 (twelve (12)', 'months)']],
        [['Support tier purchased'], ['Premier']],
        [['Payment terms'], ['Net forty-five (45) days']],
      ]),
      ['Field | Detail', 'Coverage Period | April 1, 2027 through March 31, 2028 (twelve (12) months)', 'Support tier purchased | Premier', 'Payment terms | Net forty-five (45) days'],
    ],
    [
      'wrapped first-column cells, an empty first cell, a hyphen at a wrap kept',
      cellByCell([72, 150, 306], [
        [['Line'], ['Item'], ['Amount']],
        [['1'], ['Cascade Flow', 'Server, Premier', 'Support'], ['9,600.00']],
        [['2'], ['Per person-', 'month rate'], ['84.00']],
        [[], ['Total'], ['9,684.00']],
      ]),
      ['Line | Item | Amount', '1 | Cascade Flow Server, Premier Support | 9,600.00', '2 | Per person-month rate | 84.00', '| Total | 9,684.00'],
    ],
    [
      'a table drawn line by line with no row padding: a filled first column starts a row',
      lineByLine([
        [[72, 'Priority'], [180, 'Response'], [300, 'Resolution']],
        [[72, 'P1'], [180, '1 hour'], [300, '4 hours, with updates']],
        [[300, 'every hour']],
        [[72, 'P2'], [180, '4 hours'], [300, '1 business day']],
      ]),
      ['Priority | Response | Resolution', 'P1 | 1 hour | 4 hours, with updates every hour', 'P2 | 4 hours | 1 business day'],
    ],
    [
      'a header row with an empty corner: columns found later join',
      lineByLine([
        [[180, 'Standard'], [300, 'Premier']],
        [[72, 'Uptime'], [180, '99.0%'], [300, '99.5%']],
        [[72, 'Contacts'], [180, '2'], [300, '6']],
      ]),
      ['| Standard | Premier', 'Uptime | 99.0% | 99.5%', 'Contacts | 2 | 6'],
    ],
  ])('%s', (_name, items, expected) => {
    expect(rowsOf(items)).toEqual(expected);
  });

  it('gives page, kind and no paragraph or line for each row', () => {
    const items = lineByLine([[[72, 'A'], [200, 'B']], [[72, 'c'], [200, 'd']], [[72, 'e'], [200, 'f']]]);
    expect(pageTableBlocks(items, 4)[0]).toEqual({ text: 'A | B', location: { page: 4, paragraph: null, line: null }, kind: 'table-row' });
  });

  it('stops at a heading below the table, set apart by more than the row padding', () => {
    const table = cellByCell([72, 306], [[['Coverage'], ['Minimum limits']], [['Employer liability'], ['$1,000,000']], [['Umbrella'], ['$10,000,000']]]);
    const heading = item('Section 11. Indemnification.', 72, 100 + 3 * 16.4 + 12);
    const [found] = findTables([...table, heading]);
    expect(found.rows.map((r) => r.join(' | '))).toEqual(['Coverage | Minimum limits', 'Employer liability | $1,000,000', 'Umbrella | $10,000,000']);
    expect(found.items).not.toContain(table.length);
  });
});

describe('findTables: not tables', () => {
  const prose = 'The Supplier shall provide the Services in accordance with this Agreement and';
  it.each<[string, PdfTextItem[]]>([
    ['a paragraph', lineByLine([[[72, prose]], [[72, prose]], [[72, prose]], [[72, 'the Order Form.']]])],
    [
      'two columns of running text',
      lineByLine(Array.from({ length: 6 }, () => [[72, 'Each party shall keep the other party\'s Confidential'], [320, 'Information in confidence and use it only for the']])),
    ],
    [
      'side-by-side signature blocks',
      lineByLine([
        [[72, 'ACME CORP.'], [320, 'GLOBEX LLC']],
        [[72, 'By: /s/ Jane Roe'], [320, 'By: /s/ John Doe']],
        [[72, 'Name: Jane Roe'], [320, 'Name: John Doe']],
        [[72, 'Title: CEO'], [320, 'Title: CFO']],
      ]),
    ],
    [
      'a signature block with labels in a column',
      lineByLine([[[72, 'By:'], [130, '/s/ Jane Roe']], [[72, 'Name:'], [130, 'Jane Roe']], [[72, 'Title:'], [130, 'Chief Executive Officer']]]),
    ],
    [
      'notice addresses',
      lineByLine([
        [[72, 'If to Licensee:'], [250, 'MediaCo Holding Inc.']],
        [[250, '767 Fifth Ave, New York, NY 10153']],
        [[72, 'with a copy to:'], [250, 'Morgan Lewis LLP']],
        [[72, 'Attention:'], [250, 'General Counsel']],
      ]),
    ],
    [
      'a hanging-indent list',
      lineByLine([
        [[90, '(i)'], [126, 'is or becomes public through no fault of the receiving party;']],
        [[90, '(ii)'], [126, 'was known to the receiving party before disclosure;']],
        [[90, '(iii)'], [126, 'is independently developed; or']],
      ]),
    ],
    [
      'clause numbers spaced out, text beside them',
      lineByLine([[[72, '4 .01'], [120, 'Program Information.']], [[72, '4 . 02'], [120, 'Background Information.']], [[72, '4 .03'], [120, 'Samples.']]]),
    ],
    [
      'a contents list with page numbers on the right',
      lineByLine([[[72, '1. Definitions'], [500, '1']], [[72, '2. Services'], [500, '3']], [[72, '3. Fees'], [500, '4']]]),
    ],
    ['a line with a right-aligned page number', lineByLine([[[72, 'Confidential'], [500, 'Page 3 of 10']]])],
    ['two aligned lines only', lineByLine([[[72, 'Term'], [200, '12 months']], [[72, 'Fees'], [200, '$1,000']]])],
  ])('%s', (_name, items) => {
    expect(findTables(items)).toEqual([]);
  });
});

const FIX = new URL('../fixtures/', import.meta.url).pathname;

/** The table rows of a yardstick document read from its PDF, and from its Markdown source (bold marks dropped). */
async function tableRows(name: string): Promise<{ pdf: string[]; md: string[] }> {
  const pdf = await readPdf(new Uint8Array(readFileSync(`${FIX}${name}.pdf`)), `${name}.pdf`);
  const md = readMarkdown(readFileSync(`${FIX}${name}.md`, 'utf8'), `${name}.md`);
  const rows = (blocks: { kind: string; text: string }[]) => blocks.filter((b) => b.kind === 'table-row').map((b) => b.text.replace(/\*\*/g, ''));
  return { pdf: rows(pdf.blocks), md: rows(md.blocks) };
}

describe('yardstick PDFs (pdfkit, from the Markdown next to them)', () => {
  it.each([
    // Four tables; Table 3's header row is alone at the foot of page 1, its body on page 2.
    'yardstick-unseen-3/cascade-support-renewal',
    // A table's last row alone at the head of page 2.
    'yardstick-unseen-2/nimbara-order-form',
    // A two-column table with a long label, a heading right below it.
    'yardstick-unseen-3/sierra-msa-staffing',
  ])('%s: the table rows are the Markdown table rows', async (name) => {
    const { pdf, md } = await tableRows(name);
    expect(md.length).toBeGreaterThan(5);
    expect(pdf).toEqual(md);
  });

  it('leaves the text around a table as it was: the paragraph after the table is whole', async () => {
    const name = 'yardstick-unseen-3/cascade-support-renewal';
    const doc = await readPdf(new Uint8Array(readFileSync(`${FIX}${name}.pdf`)), name);
    const texts = doc.blocks.map((b) => `${b.kind}:${b.text}`);
    const at = texts.indexOf('table-row:| Total |  |  |  | 110,670.00');
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 6]).toBe('body:Table 2: Pricing');
    expect(texts[at + 1]).toMatch(/^body:Pricing note: Lines 1 and 2 include a 15% loyalty discount\. .* reinstatement fee of twenty percent \(20%\)\.$/);
  });

  it('finds no table in a contract without tables', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(`${FIX}contracts/umbrella-dpa.pdf`)), 'umbrella-dpa.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'table-row')).toEqual([]);
  });
});
