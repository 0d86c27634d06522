import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '../src/errors.js';
import { readDocx } from '../src/read/docx.js';
import { writeZip } from '../src/read/docx/zip.js';
import { readDocument } from '../src/read/index.js';
import type { Block, ReadDocument } from '../src/types.js';
import { abstractNum, makeDocx, num, numPr, p, r, wRoot, type Parts } from './docx.helpers.js';

const REDLINE = new URL('../fixtures/redlines/globex-redline.docx', import.meta.url).pathname;

async function blocks(parts: Parts): Promise<Block[]> {
  return (await readDocx(makeDocx(parts), 'test.docx')).blocks;
}

const AUTHOR = 'w:author="Globex Legal" w:date="2026-01-15T09:00:00Z"';
const ins = (text: string) => `<w:ins w:id="1" ${AUTHOR}>${r(text)}</w:ins>`;
const del = (text: string) => `<w:del w:id="2" ${AUTHOR}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const INSERTION = { type: 'insertion', author: 'Globex Legal', date: '2026-01-15T09:00:00Z' };

describe('text of a paragraph with tracked changes accepted', () => {
  it.each<[string, string, string, object | undefined]>([
    ['plain runs joined', r('Net ') + r('30 days'), 'Net 30 days', undefined],
    ['insertion kept and marked', r('Payment terms: ') + del('Net 30') + ins('Net 90') + r(' from invoice.'), 'Payment terms: Net 90 from invoice.', INSERTION],
    ['deletion dropped, nothing marked', r('Fees are ') + del('not ') + r('refundable.'), 'Fees are refundable.', undefined],
    ['moved-away text dropped, moved-to text kept unmarked', `<w:moveFrom w:id="3" ${AUTHOR}>${r('Old place. ')}</w:moveFrom>` + r('Stays. ') + `<w:moveTo w:id="4" ${AUTHOR}>${r('New place.')}</w:moveTo>`, 'Stays. New place.', undefined],
    ['an insertion of whitespace only does not mark the paragraph', r('Net') + ins(' ') + r('30'), 'Net 30', undefined],
    ['tabs and breaks are spaces', '<w:r><w:t>Net</w:t><w:tab/><w:t>30</w:t><w:br/><w:t>days</w:t></w:r>', 'Net 30 days', undefined],
    ['field instructions dropped, field results kept', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('Section 4') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', 'Section 4', undefined],
    ['hyperlinks, smart tags and content controls are read through', `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${r('Terms')}</w:hyperlink> <w:sdt><w:sdtPr/><w:sdtContent>${r(' apply')}</w:sdtContent></w:sdt>`, 'Terms apply', undefined],
    ['an insertion inside a hyperlink is still an insertion', `<w:hyperlink>${ins('Net 90')}</w:hyperlink>`, 'Net 90', INSERTION],
    ['non-breaking hyphen and entities', '<w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>mail &amp; &quot;notice&quot;</w:t></w:r>', 'e-mail & "notice"', undefined],
  ])('%s', async (_name, runs, text, change) => {
    const [block] = await blocks({ body: p(runs) });
    expect(block.text).toBe(text);
    expect(block.change).toEqual(change);
  });
});

const STYLES = wRoot('styles', [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="berschrift2"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Outline1"><w:name w:val="Outline One"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
].join(''));
const NUMBERING = wRoot('numbering', abstractNum(1, [['decimal', '%1.'], ['decimal', '%1.%2'], ['lowerLetter', '(%3)']]) + num(1, 1));

describe('paragraph kinds: headings by style name, outline level, list numbering', () => {
  it.each<[string, string, Partial<Block>]>([
    ['style named "Title" (any id) -> heading 1', p(r('Master Agreement'), '<w:pStyle w:val="Titel"/>'), { kind: 'heading', headingLevel: 1 }],
    ['style named "heading 2" -> heading 2', p(r('Fees'), '<w:pStyle w:val="berschrift2"/>'), { kind: 'heading', headingLevel: 2 }],
    ['style based on a heading style -> heading', p(r('Fees'), '<w:pStyle w:val="ClauseHeading"/>'), { kind: 'heading', headingLevel: 2 }],
    ['style with an outline level -> heading', p(r('Part One'), '<w:pStyle w:val="Outline1"/>'), { kind: 'heading', headingLevel: 1 }],
    ['direct outline level -> heading', p(r('Part Two'), '<w:outlineLvl w:val="1"/>'), { kind: 'heading', headingLevel: 2 }],
    ['undefined style id "Heading3" -> heading 3', p(r('Term'), '<w:pStyle w:val="Heading3"/>'), { kind: 'heading', headingLevel: 3 }],
    ['numbering from the style -> list item with label', p(r('Customer pays.'), '<w:pStyle w:val="Clause"/>'), { kind: 'list-item', listLevel: 1, label: '1.1' }],
    ['direct numbering -> list item with label', p(r('Item.'), numPr(1, 2)), { kind: 'list-item', listLevel: 2, label: '(a)' }],
    ['numId 0 switches numbering off', p(r('Plain.'), `<w:pStyle w:val="Clause"/>${numPr(0)}`), { kind: 'body' }],
    ['a typed number stays in the text', p(r('4.2 Payment is due.')), { kind: 'body', text: '4.2 Payment is due.' }],
  ])('%s', async (_name, body, expected) => {
    const [block] = await blocks({ body, styles: STYLES, numbering: NUMBERING });
    expect(block).toMatchObject(expected);
    if (expected.kind === 'body') expect(block.label).toBeUndefined();
  });

  it('a numbered heading keeps its label: "3 Fees"', async () => {
    const [block] = await blocks({ body: p(r('Fees'), `<w:pStyle w:val="berschrift2"/>${numPr(1, 0)}`), styles: STYLES, numbering: NUMBERING });
    expect(block).toMatchObject({ kind: 'heading', label: '1', text: 'Fees' });
  });
});

describe('list numbers follow the accepted text', () => {
  it('a paragraph deleted whole (mark deleted) loses its number; the next takes it', async () => {
    const deletedMark = `${numPr(1, 1)}<w:rPr><w:del w:id="7" ${AUTHOR}/></w:rPr>`;
    const got = await blocks({
      numbering: NUMBERING,
      body: p(r('Fees'), numPr(1, 0)) + p(r('Net 30.'), numPr(1, 1)) + p(del('The cap is the fees paid.'), deletedMark) + p(r('No cap for fraud.'), numPr(1, 1)),
    });
    expect(got.map((b) => [b.label, b.text])).toEqual([['1', 'Fees'], ['1.1', 'Net 30.'], ['1.2', 'No cap for fraud.']]);
  });

  it('an empty numbered paragraph still counts (Word shows its number)', async () => {
    const got = await blocks({ numbering: NUMBERING, body: p('', numPr(1, 0)) + p(r('Second.'), numPr(1, 0)) });
    expect(got.map((b) => b.label)).toEqual(['2']);
  });

  it('numbered paragraphs inside table cells advance the list', async () => {
    const table = `<w:tbl><w:tr><w:tc>${p(r('In a cell'), numPr(1, 0))}</w:tc></w:tr></w:tbl>`;
    const got = await blocks({ numbering: NUMBERING, body: table + p(r('After.'), numPr(1, 0)) });
    expect(got.map((b) => [b.kind, b.label ?? null])).toEqual([['table-row', null], ['list-item', '2']]);
  });
});

describe('paragraph numbers and tables', () => {
  it('counts every body paragraph (empty ones too) and every table row; emits no empty blocks', async () => {
    const table = `<w:tbl><w:tr><w:tc>${p(r('a'))}</w:tc><w:tc>${p(r('b'))}</w:tc></w:tr><w:tr><w:tc>${p('')}</w:tc><w:tc>${p('')}</w:tc></w:tr></w:tbl>`;
    const got = await blocks({ body: p(r('One.')) + p('') + table + p(r('Two.')) + '<w:sectPr/>' });
    expect(got.map((b) => [b.text, b.location.paragraph, b.kind])).toEqual([['One.', 1, 'body'], ['a | b', 3, 'table-row'], ['Two.', 5, 'body']]);
  });

  it('a vertically merged continuation cell is left out; a deleted row is skipped but counted', async () => {
    const cell = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text ? r(text) : '')}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('Fees', '<w:vMerge w:val="restart"/>')}${cell('Net 30')}</w:tr><w:tr>${cell('', '<w:vMerge/>')}${cell('Net 45')}</w:tr>`
      + `<w:tr><w:trPr><w:del w:id="5" ${AUTHOR}/></w:trPr>${cell('Gone')}${cell('row')}</w:tr><w:tr>${cell('Law')}${cell('Delaware')}</w:tr></w:tbl>`;
    const got = await blocks({ body: table });
    expect(got.map((b) => [b.text, b.location.paragraph])).toEqual([['Fees | Net 30', 1], ['Net 45', 2], ['Law | Delaware', 4]]);
  });

  it('an insertion in a table cell marks the row', async () => {
    const [row] = await blocks({ body: `<w:tbl><w:tr><w:tc>${p(r('Payment'))}</w:tc><w:tc>${p(ins('Net 90'))}</w:tc></w:tr></w:tbl>` });
    expect(row).toMatchObject({ text: 'Payment | Net 90', kind: 'table-row', change: INSERTION });
  });

  it('reads paragraphs inside body-level content controls', async () => {
    const got = await blocks({ body: `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('Inside.'))}</w:sdtContent></w:sdt>${p(r('After.'))}` });
    expect(got.map((b) => [b.text, b.location.paragraph])).toEqual([['Inside.', 1], ['After.', 2]]);
  });
});

describe('existing Word comments', () => {
  const COMMENTS = wRoot('comments', [
    `<w:comment w:id="0" w:author="Globex Legal" w:date="2026-01-10T10:00:00Z" w:initials="GL"><w:p><w:r><w:annotationRef/></w:r>${r('We need 99.99%.')}</w:p></w:comment>`,
    `<w:comment w:id="1" w:author="Acme Sales"><w:p>${r('Check with')}</w:p><w:p>${r('Legal.')}</w:p></w:comment>`,
    `<w:comment w:id="2" w:author="Nobody">${p(r('Anchored nowhere.'))}</w:comment>`,
  ].join(''));

  it('attaches each comment to the paragraph its range starts in (else where it is referenced)', async () => {
    const got = await blocks({
      comments: COMMENTS,
      body: p(r('Title')) + p('<w:commentRangeStart w:id="0"/>' + r('Uptime is 99.9%.')) + p(r('More.') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
        + p(r('Notices.') + '<w:r><w:commentReference w:id="1"/></w:r>'),
    });
    expect(got.map((b) => b.comments ?? [])).toEqual([
      [],
      [{ author: 'Globex Legal', date: '2026-01-10T10:00:00Z', text: 'We need 99.99%.' }],
      [],
      [{ author: 'Acme Sales', date: null, text: 'Check with Legal.' }],
    ]);
  });

  it('a comment anchored in an empty paragraph goes to the next text', async () => {
    const got = await blocks({ comments: COMMENTS, body: p('<w:commentRangeStart w:id="1"/>') + p(r('Text.')) });
    expect(got[0].comments?.[0].author).toBe('Acme Sales');
  });
});

describe('damaged and hostile packages', () => {
  const zip = (entries: Array<{ name: string; data: Buffer }>) =>
    writeZip(entries.map((e) => ({ kind: 'new' as const, name: e.name, data: e.data, dosTime: 0, dosDate: 0x21 })));

  /** Rewrite the declared uncompressed size of every entry (local and central headers). */
  function declareSize(bytes: Buffer, name: string, size: number): Buffer {
    const out = Buffer.from(bytes);
    for (let i = 0; i + 4 <= out.length; i++) {
      const sig = out.readUInt32LE(i);
      if (sig === 0x04034b50 && out.toString('latin1', i + 30, i + 30 + name.length) === name) out.writeUInt32LE(size, i + 22);
      if (sig === 0x02014b50 && out.toString('latin1', i + 46, i + 46 + name.length) === name) out.writeUInt32LE(size, i + 24);
    }
    return out;
  }

  async function codeOf(bytes: Buffer, limits?: { maxDecompressedBytes: number; maxCompressionRatio: number }): Promise<string> {
    try {
      await readDocx(bytes, 'x.docx', limits);
      return 'ok';
    } catch (err) {
      expect(err).toBeInstanceOf(DocumentError);
      return `${(err as DocumentError).code}: ${(err as DocumentError).message}`;
    }
  }

  const good = makeDocx({ body: p(r('Hello.')) });

  it.each<[string, () => Buffer, RegExp]>([
    ['a part declaring more than the decompressed limit', () => declareSize(good, 'word/document.xml', 300 * 1024 * 1024), /^TOO_LARGE: .*decompressed size limit/],
    ['a part that inflates past its declared size', () => declareSize(good, 'word/document.xml', 10), /^CORRUPT_DOCX: .*holds more data than its header declares/],
    ['a truncated package', () => good.subarray(0, good.length - 30), /^CORRUPT_DOCX: .*truncated/],
    ['a zip without word/document.xml', () => zip([{ name: 'readme.txt', data: Buffer.from('hi') }]), /^CORRUPT_DOCX: .*no word\/document.xml/],
    ['malformed document XML', () => zip([{ name: 'word/document.xml', data: Buffer.from('<w:document><w:body><w:p>') }]), /^CORRUPT_DOCX: .*not well-formed/],
    ['a body with no text', () => makeDocx({ body: p('') }), /^EMPTY_FILE: /],
  ])('%s', async (_name, make, expected) => {
    expect(await codeOf(make())).toMatch(expected);
  });

  it('refuses a part that expands more than the ratio limit (a zip bomb)', async () => {
    const bomb = Buffer.from(wRoot('document', `<w:body>${p(r('x'))}${' '.repeat(3 * 1024 * 1024)}</w:body>`));
    const bytes = zip([{ name: 'word/document.xml', data: bomb }]);
    expect(deflateRawSync(bomb).length * 100).toBeLessThan(bomb.length);
    expect(await codeOf(bytes)).toMatch(/^TOO_LARGE: .*compression ratio limit/);
    expect(await codeOf(bytes, { maxDecompressedBytes: 200 * 1024 * 1024, maxCompressionRatio: 10_000 })).toBe('ok');
  });

  it('counts the decompressed budget over all parts it reads', async () => {
    const bytes = makeDocx({ body: p(r('Hello.')), styles: wRoot('styles', ' '.repeat(5000)) });
    expect(await codeOf(bytes, { maxDecompressedBytes: 4000, maxCompressionRatio: 100 })).toMatch(/^TOO_LARGE: /);
  });

  it('a damaged numbering part costs a warning, not the document', async () => {
    const doc = await readDocx(makeDocx({ body: p(r('Item.'), numPr(1)), numbering: '<w:numbering><oops' }), 'x.docx');
    expect(doc.blocks[0].text).toBe('Item.');
    expect(doc.warnings[0]).toMatch(/numbering\.xml is damaged.*list numbers are missing/);
  });
});

describe('the Globex redline fixture (fixtures/redlines, scripts/make-redlines.mjs)', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = (await readDocument(REDLINE)) as ReadDocument;
  });

  it('gives the clause numbers Word shows with changes accepted', () => {
    // As Word shows them with "No Markup": the cap paragraph (deleted whole) takes no number.
    expect(doc.blocks.map((b) => b.label ?? '-')).toEqual([
      '-', '-', '1', '1.1', '1.2', '2', '2.1', '2.2', '3', '3.1', '3.2', '3.3', '4', '4.1', '4.2', '(a)', '(b)',
      '5', '5.1', '5.2', '6', '6.1', '6.2', '-', '1', '2', '-', '1', '2',
    ]);
  });

  it('reads the inserted Net 90 and marks it with its author; the deleted Net 30 is gone', () => {
    const payment = doc.blocks.find((b) => b.label === '3.2');
    expect(payment).toMatchObject({ text: 'Payment terms: Net 90 from the date of each invoice.', change: INSERTION, location: { paragraph: 11 } });
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('Net 30');
    expect(all).not.toContain('total liability under this Agreement');
    expect(all).not.toContain('Delaware');
    expect(doc.blocks.filter((b) => b.change).map((b) => b.label)).toEqual(['3.2', '6.1']);
  });

  it('shows the existing comments on their clauses', () => {
    expect(doc.blocks.filter((b) => b.comments).map((b) => [b.label, b.comments?.map((c) => `${c.author}: ${c.text}`)])).toEqual([
      ['2.2', ['Globex Legal: We need 99.99% availability here.']],
      ['6.2', ['Acme Sales: Check the notice address with Legal.']],
    ]);
  });
});
