#!/usr/bin/env node
// Generate the .docx and .pdf versions of each yardstick document (fixtures/yardstick/*.md), so the
// same text and truth file are scored in three formats. Output is deterministic: the clock is fixed
// while generating, and so is every date in the documents' metadata.
//
//   node scripts/make-yardstick.mjs [folder]     (default fixtures/yardstick; also fixtures/yardstick-unseen)
//
// The Markdown understood is the small subset the yardstick uses: '#'/'##' headings, paragraphs,
// pipe tables and **bold** runs (for run-in headings).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

const ROOT = resolveRoot();
const DIR = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(ROOT, 'fixtures', 'yardstick');
const FIXED_DATE = '2026-01-15T09:00:00.000Z';

function resolveRoot() {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

/** Markdown subset to blocks: { kind: 'heading', level, text } | { kind: 'para', text } | { kind: 'table', rows }. */
export function parseMarkdown(md) {
  const blocks = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) { blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] }); continue; }
    if (line.startsWith('|')) {
      const rows = [];
      for (; i < lines.length && lines[i].trim().startsWith('|'); i++) {
        const cells = lines[i].trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue; // the header separator row
        rows.push(cells);
      }
      i--;
      blocks.push({ kind: 'table', rows });
      continue;
    }
    blocks.push({ kind: 'para', text: line });
  }
  return blocks;
}

/** "**1. Fees.** You will pay" -> [{ text: '1. Fees.', bold: true }, { text: ' You will pay', bold: false }]. */
function runs(text) {
  return text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) => (
    part.startsWith('**') ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }
  ));
}

const plain = (text) => runs(text).map((r) => r.text).join('');

function toDocx(blocks, title) {
  const children = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      children.push(new Paragraph({
        heading: b.level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1,
        alignment: b.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun(plain(b.text))],
      }));
    } else if (b.kind === 'para') {
      children.push(new Paragraph({ children: runs(b.text).map((r) => new TextRun({ text: r.text, bold: r.bold })) }));
    } else {
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map((row, r) => new TableRow({
          tableHeader: r === 0,
          children: row.map((cell) => new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text: plain(cell), bold: r === 0 })] })],
          })),
        })),
      }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    creator: 'termlint yardstick', lastModifiedBy: 'termlint yardstick', title, description: 'termlint evaluation fixture',
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

function toPdf(blocks, title) {
  return new Promise((resolvePdf, reject) => {
    const date = new Date(FIXED_DATE);
    const doc = new PDFDocument({
      size: 'LETTER', margin: 72,
      info: { Title: title, Author: 'termlint yardstick', Creator: 'termlint yardstick', Producer: 'pdfkit', CreationDate: date, ModDate: date },
    });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    doc.on('error', reject);
    const width = doc.page.width - 144;
    for (const b of blocks) {
      if (b.kind === 'heading') {
        doc.moveDown(0.5).font('Helvetica-Bold').fontSize(b.level === 1 ? 16 : 12)
          .text(plain(b.text), { align: b.level === 1 ? 'center' : 'left' });
        doc.moveDown(0.3);
      } else if (b.kind === 'para') {
        doc.fontSize(10);
        const parts = runs(b.text);
        parts.forEach((r, i) => doc.font(r.bold ? 'Helvetica-Bold' : 'Helvetica').text(r.text, { continued: i < parts.length - 1, align: 'left' }));
        doc.moveDown(0.5);
      } else {
        // Cells of a row share a baseline, so text extraction yields one line per row.
        const cols = b.rows[0].length;
        const colWidth = width / cols;
        for (const [r, row] of b.rows.entries()) {
          doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
          const heights = row.map((cell) => doc.heightOfString(plain(cell), { width: colWidth - 8 }));
          const rowHeight = Math.max(...heights) + 6;
          if (doc.y + rowHeight > doc.page.height - 72) doc.addPage();
          const top = doc.y;
          row.forEach((cell, c) => doc.text(plain(cell), 72 + c * colWidth, top + 3, { width: colWidth - 8, lineBreak: true }));
          doc.x = 72;
          doc.y = top + rowHeight;
        }
        doc.moveDown(0.5);
      }
    }
    doc.end();
  });
}

/** Run `fn` with the clock stopped at FIXED_DATE: docx and its zip writer stamp "now" into the file. */
async function withFixedClock(fn) {
  const RealDate = Date;
  const fixed = new RealDate(FIXED_DATE).getTime();
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  globalThis.Date = FixedDate;
  try { return await fn(); } finally { globalThis.Date = RealDate; }
}

async function main() {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  for (const file of names) {
    const base = file.slice(0, -3);
    const md = readFileSync(join(DIR, file), 'utf8');
    const blocks = parseMarkdown(md);
    const title = plain(blocks.find((b) => b.kind === 'heading')?.text ?? base);
    const docx = await withFixedClock(() => toDocx(blocks, title));
    const pdf = await withFixedClock(() => toPdf(blocks, title));
    writeFileSync(join(DIR, `${base}.docx`), docx);
    writeFileSync(join(DIR, `${base}.pdf`), pdf);
    const hash = (b) => createHash('sha256').update(b).digest('hex').slice(0, 12);
    process.stdout.write(`${base}: docx ${hash(docx)}, pdf ${hash(pdf)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => { process.stderr.write(`make-yardstick: ${err?.message ?? err}\n`); process.exit(1); });
}
