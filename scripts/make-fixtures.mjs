#!/usr/bin/env node
// Builds the fixture contracts in fixtures/contracts/ and the unreadable files in fixtures/bad/
// from the Markdown sources in fixtures/src/. Deterministic: the clock is frozen and dates are
// fixed, so two runs write the same bytes (check: sha256sum fixtures/contracts/* fixtures/bad/*).
// Run: node scripts/make-fixtures.mjs

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXED_ISO, FIXED_TIME, RealDate, freezeClock, thawClock } from './lib/frozen-clock.mjs';

freezeClock();

const docx = await import('docx');
const PDFDocument = (await import('pdfkit')).default;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'fixtures', 'src');
const OUT = join(ROOT, 'fixtures', 'contracts');
const BAD = join(ROOT, 'fixtures', 'bad');
mkdirSync(OUT, { recursive: true });
mkdirSync(BAD, { recursive: true });

// --- A small Markdown reader for our own sources (headings, paragraphs, tables, ordered lists) ---

function inline(text) {
  return text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

/** Items: {type:'heading',level,text} | {type:'para',lines} | {type:'table',rows} | {type:'item',text}. */
function parseMarkdown(src) {
  const items = [];
  const chunks = src.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
    if (heading) {
      items.push({ type: 'heading', level: heading[1].length, text: inline(heading[2]) });
      continue;
    }
    if (lines[0].startsWith('|')) {
      const rows = lines
        .filter((l) => !/^\|\s*-/.test(l))
        .map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c)));
      items.push({ type: 'table', rows });
      continue;
    }
    const ordered = /^(\d+)\.\s+(.*)$/s.exec(lines.join(' '));
    if (ordered) {
      items.push({ type: 'item', number: ordered[1], text: inline(ordered[2]) });
      continue;
    }
    items.push({ type: 'para', lines: lines.map(inline) });
  }
  return items;
}

const isCapsLine = (l) => l.length < 60 && l === l.toUpperCase() && /[A-Z]{3}/.test(l);

// --- PDF (pdfkit) ------------------------------------------------------------------------------

const PAGE_MARGIN = 72;

/**
 * Greedy line wrapping done here rather than by pdfkit, so that long words are hyphenated at the
 * margin ("indem-" / "nify") the way typeset PDFs are, and the reader's de-hyphenation is exercised.
 * Splits leave at least 6 letters before the hyphen, so the fragment is never a compound prefix
 * like "pre" or "inter" that the reader keeps the hyphen after.
 */
function wrapLines(doc, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) {
      line = candidate;
      continue;
    }
    const plain = /^[a-z]{9,}[,.;:]?$/.test(word);
    let placed = false;
    if (plain) {
      for (let cut = word.replace(/[,.;:]$/, '').length - 3; cut >= 6; cut--) {
        const head = `${line ? `${line} ` : ''}${word.slice(0, cut)}-`;
        if (doc.widthOfString(head) <= width) {
          lines.push(head);
          line = word.slice(cut);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function ensureRoom(doc, height) {
  if (doc.y + height > doc.page.height - PAGE_MARGIN) doc.addPage();
}

/** One pre-wrapped line; pdfkit does not move down after a line drawn with lineBreak: false. */
function textLine(doc, line, options = {}) {
  const height = doc.currentLineHeight(true) + 3;
  ensureRoom(doc, height);
  const y = doc.y;
  doc.text(line, PAGE_MARGIN, y, { ...options, lineBreak: false });
  doc.y = y + height;
}

function makePdf(items, { title, header, userPassword }) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
      bufferPages: true,
      info: { Title: title, Author: 'Acme Cloud, Inc.', Creator: 'termlint make-fixtures', Producer: 'PDFKit', CreationDate: new RealDate(FIXED_TIME) },
      ...(userPassword ? { userPassword, ownerPassword: `${userPassword}-owner` } : {}),
    });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const width = doc.page.width - 2 * PAGE_MARGIN;

    for (const item of items) {
      if (item.type === 'heading') {
        const size = item.level === 1 ? 16 : 12;
        doc.font('Helvetica-Bold').fontSize(size);
        ensureRoom(doc, size * 3);
        doc.moveDown(item.level === 1 ? 0 : 0.6);
        doc.text(item.text, PAGE_MARGIN, doc.y, { width, align: item.level === 1 ? 'center' : 'left' });
        doc.moveDown(0.4);
        continue;
      }
      if (item.type === 'para' && item.lines.every(isCapsLine)) {
        doc.font('Helvetica-Bold').fontSize(11);
        ensureRoom(doc, 11 * 4);
        doc.moveDown(0.6);
        for (const l of item.lines) textLine(doc, l, { width, align: 'center' });
        doc.moveDown(0.4);
        continue;
      }
      const text = item.type === 'para' ? item.lines.join(' ') : item.type === 'item' ? `${item.number}. ${item.text}` : item.rows.map((r) => r.join('  ')).join(' ');
      doc.font('Helvetica').fontSize(11);
      for (const l of wrapLines(doc, text, width)) textLine(doc, l);
      doc.moveDown(0.6);
    }

    // Running header and "Page N of M" footer, drawn once the page count is known.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('Helvetica').fontSize(8.5).fillColor('#555555');
      doc.text(header, PAGE_MARGIN, 36, { width, align: 'left', lineBreak: false });
      doc.text(`Page ${i + 1} of ${range.count}`, PAGE_MARGIN, doc.page.height - 48, { width, align: 'center', lineBreak: false });
      doc.fillColor('#000000');
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

/** A "scanned" PDF: pages with only drawn shapes, no text layer. */
function makeScannedPdf() {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', info: { Title: 'Scan', CreationDate: new RealDate(FIXED_TIME) } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let page = 0; page < 2; page++) {
      if (page) doc.addPage();
      doc.rect(72, 72, 468, 600).fillColor('#eeeeee').fill();
      for (let y = 100; y < 640; y += 18) doc.rect(90, y, 400 - ((y * 7) % 120), 8).fillColor('#333333').fill();
    }
    doc.end();
  });
}

// --- DOCX (docx package) -------------------------------------------------------------------------

const { AlignmentType, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;

const NUMBERING = {
  config: [
    {
      reference: 'clause-letters',
      levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    },
    {
      reference: 'special-terms',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    },
  ],
};

/** Tracked changes in the Globex redline: the customer's text inserted over ours. Accepted text is in the .md. */
const REDLINES = [
  { inserted: 'ninety (90) days after receipt of a correct invoice', deleted: 'thirty (30) days of the invoice date' },
  { inserted: 'Provider\'s liability shall be unlimited', deleted: 'Provider\'s liability shall be subject to the cap in Section 8(a)' },
  { inserted: 'the laws of England and Wales', deleted: 'the laws of the State of Delaware' },
];
let changeId = 1;

function runsFor(text) {
  const redline = REDLINES.find((r) => text.includes(r.inserted));
  if (!redline) return [new TextRun(text)];
  const [before, after] = text.split(redline.inserted);
  const change = () => ({ id: changeId++, author: 'Globex Legal', date: FIXED_ISO });
  return [
    new TextRun(before),
    new DeletedTextRun({ text: redline.deleted, ...change() }),
    new InsertedTextRun({ text: redline.inserted, ...change() }),
    new TextRun(after),
  ];
}

function docxTable(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: r === 0 })] })] })),
        }),
    ),
  });
}

/**
 * Word body: '#' -> Title, '##' -> Heading 1. Lettered sub-clauses "(a) ..." become auto-numbered
 * list paragraphs (label in the numbering, not the text) in the sections listed in `autoNumber`,
 * and stay typed elsewhere, as in a real document edited by several hands.
 */
function docxBody(items, { autoNumber = [] } = {}) {
  const children = [];
  let section = 0;
  let auto = false;
  for (const item of items) {
    if (item.type === 'heading') {
      if (item.level > 1) section += 1;
      auto = autoNumber.includes(section);
      children.push(new Paragraph({ heading: item.level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1, children: [new TextRun(item.text)] }));
    } else if (item.type === 'table') {
      children.push(docxTable(item.rows));
      children.push(new Paragraph({ children: [] }));
    } else if (item.type === 'item') {
      children.push(new Paragraph({ numbering: { reference: 'special-terms', level: 0, instance: 1 }, children: runsFor(item.text) }));
    } else {
      const text = item.lines.join(' ');
      const lettered = /^\(([a-z])\)\s+(.*)$/.exec(text);
      if (auto && lettered) {
        children.push(new Paragraph({ numbering: { reference: 'clause-letters', level: 0, instance: section }, children: runsFor(lettered[2]) }));
      } else {
        children.push(new Paragraph({ children: runsFor(text) }));
      }
    }
  }
  return children;
}

async function makeDocx(items, { title, autoNumber }) {
  const document = new Document({
    creator: 'Acme Cloud, Inc.',
    lastModifiedBy: 'Acme Cloud, Inc.',
    title,
    revision: 1,
    numbering: NUMBERING,
    sections: [{ children: docxBody(items, { autoNumber }) }],
  });
  return Packer.toBuffer(document);
}

// --- Plain text ----------------------------------------------------------------------------------

/** Plain text wrapped at 72 columns, as contracts pasted from email look; headings kept as their own lines. */
function makeText(items) {
  const wrap = (text) => {
    const out = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > 72) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    return out.join('\n');
  };
  const parts = items.map((item) => {
    if (item.type === 'heading') return item.text;
    if (item.type === 'table') return item.rows.map((r) => r.join('  ')).join('\n');
    if (item.type === 'item') return wrap(`${item.number}. ${item.text}`);
    if (item.lines.every(isCapsLine)) return item.lines.join('\n');
    return wrap(item.lines.join(' '));
  });
  return `${parts.join('\n\n')}\n`;
}

// --- Zip files for the bad fixtures (stored, no compression; jszip reads the frozen clock) -------

async function makeZip(files) {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

// --- Build ---------------------------------------------------------------------------------------

const written = [];
function write(dir, name, data) {
  writeFileSync(join(dir, name), data);
  written.push(join(dir === OUT ? 'contracts' : 'bad', name));
}

const SOURCES = ['acme-standard-msa', 'globex-redline-msa', 'initech-order-form', 'umbrella-dpa'];
const parsed = {};
for (const name of SOURCES) {
  const src = readFileSync(join(SRC, `${name}.md`), 'utf8');
  parsed[name] = parseMarkdown(src);
  write(OUT, `${name}.md`, src);
}

write(OUT, 'acme-standard-msa.pdf', await makePdf(parsed['acme-standard-msa'], { title: 'Master Subscription Agreement', header: 'Acme Cloud, Inc. - Master Subscription Agreement - Confidential' }));
write(OUT, 'umbrella-dpa.pdf', await makePdf(parsed['umbrella-dpa'], { title: 'Data Processing Addendum', header: 'Umbrella Pharmaceuticals GmbH / Acme Cloud, Inc. - Data Processing Addendum' }));
const globexDocx = await makeDocx(parsed['globex-redline-msa'], { title: 'Master Services Agreement', autoNumber: [1, 4] });
write(OUT, 'globex-redline-msa.docx', globexDocx);
const initechDocx = await makeDocx(parsed['initech-order-form'], { title: 'Order Form' });
write(OUT, 'initech-order-form.docx', initechDocx);
write(OUT, 'umbrella-dpa.txt', makeText(parsed['umbrella-dpa']));
write(
  OUT,
  'globex-termsheet.yaml',
  `# Terms agreed with Globex on the Q4 deal review (differs from the redline on purpose:
# payment, uptime, governing law and breach notice).
termsheet: 1
customer: Globex Corp
deal: Q4-2026-017
terms:
  payment.net_days: 60
  term.initial_months: 36
  renewal.auto: true
  liability.cap_multiple: 2
  sla.uptime_percent: 99.95
  support.response_hours: 1
  data.breach_notice_hours: 48
  data.residency: [us]
  governing_law.jurisdiction: Delaware
  mfn.present: true
`,
);

write(BAD, 'empty.txt', Buffer.alloc(0));
write(BAD, 'binary.txt', Buffer.from([0x54, 0x65, 0x72, 0x6d, 0x73, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x7f, 0x10, 0x00, 0x41, 0x42, 0x43, 0x00, 0x0d]));
write(BAD, 'not-a-docx.docx', await makeZip({ 'readme.txt': 'This archive holds no Word document.\n', 'data/terms.csv': 'term,value\nnet,30\n' }));
write(BAD, 'spreadsheet.xlsx', await makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }));
// A docx cut off just after the start of word/document.xml: the zip has no central directory.
const cut = initechDocx.indexOf('word/document.xml') + 200;
write(BAD, 'truncated.docx', initechDocx.subarray(0, cut));
write(BAD, 'renamed-docx.pdf', initechDocx);
write(BAD, 'corrupt.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nthis file was cut short\n'));
write(BAD, 'encrypted.pdf', await makePdf(parsed['umbrella-dpa'].slice(0, 6), { title: 'Encrypted', header: 'Encrypted fixture', userPassword: 'termlint' }));
write(BAD, 'scanned.pdf', await makeScannedPdf());
write(BAD, 'image.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex'));

thawClock();
process.stdout.write(`wrote ${written.length} files:\n${written.map((w) => `  fixtures/${w}`).join('\n')}\n`);
