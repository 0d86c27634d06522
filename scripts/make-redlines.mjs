#!/usr/bin/env node
// Builds the Word redline fixtures in fixtures/redlines/: real tracked changes (w:ins / w:del),
// Word auto-numbering ("%1." / "%1.%2" / "(%3)", a list restarted per schedule) and existing
// comments, as a customer's redline arrives. Deterministic: the clock is frozen, so two runs
// write the same bytes (check: sha256sum fixtures/redlines/*).
// Run: node scripts/make-redlines.mjs
//
// globex-redline.docx, accepted, reads (labels are Word's numbering, not typed text):
//   1 Definitions / 1.1 / 1.2 · 2 Services / 2.1 / 2.2 (comment) · 3 Fees and Payment / 3.1 /
//   3.2 "Payment terms: Net 90 …" (Net 30 deleted, Net 90 inserted by Globex Legal) / 3.3 ·
//   4 Term and Termination / 4.1 / 4.2 / (a) / (b) · 5 Limitation of Liability / 5.1 /
//   [the cap paragraph, deleted whole by Globex Legal] / 5.2 · 6 General / 6.1 (law: Delaware
//   deleted, England and Wales inserted) / 6.2 (comment) · Schedule 1: 1, 2 · Schedule 2: 1, 2.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXED_ISO, FIXED_TIME, RealDate, freezeClock } from './lib/frozen-clock.mjs';

freezeClock();

const {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document,
  HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, TextRun,
} = await import('docx');
const JSZip = (await import('jszip')).default;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'redlines');
mkdirSync(OUT, { recursive: true });

const CUSTOMER = 'Globex Legal';
const indent = (left) => ({ paragraph: { indent: { left, hanging: 360 } } });

const NUMBERING = {
  config: [
    {
      reference: 'msa-clauses',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: indent(360) },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: indent(720) },
        { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', alignment: AlignmentType.LEFT, style: indent(1080) },
      ],
    },
    {
      reference: 'schedule-items',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: indent(720) }],
    },
  ],
};

let revision = 1;
const change = () => ({ id: revision++, author: CUSTOMER, date: FIXED_ISO });
const ins = (text) => new InsertedTextRun({ text, ...change() });
const del = (text) => new DeletedTextRun({ text, ...change() });

const heading = (text) => new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'msa-clauses', level: 0 }, children: [new TextRun(text)] });
const clause = (...children) => new Paragraph({ numbering: { reference: 'msa-clauses', level: 1 }, children: children.map((c) => (typeof c === 'string' ? new TextRun(c) : c)) });
const item = (text) => new Paragraph({ numbering: { reference: 'msa-clauses', level: 2 }, children: [new TextRun(text)] });
const scheduleItem = (instance, text) => new Paragraph({ numbering: { reference: 'schedule-items', level: 0, instance }, children: [new TextRun(text)] });
const plain = (text, extra = {}) => new Paragraph({ ...extra, children: [new TextRun(text)] });

/** Runs wrapped in an existing reviewer comment's range. */
const withComment = (id, runs) => [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];

const CAP_MARKER = 'total liability under this Agreement shall not exceed';

const body = [
  plain('Master Services Agreement', { heading: HeadingLevel.TITLE }),
  plain('This Master Services Agreement (the "Agreement") is made between Globex Corporation ("Customer") and Acme Cloud, Inc. ("Provider").'),
  heading('Definitions'),
  clause('"Services" means the hosted software services described in an Order Form.'),
  clause('"Fees" means the fees stated in an Order Form.'),
  heading('Services'),
  clause('Provider shall make the Services available to Customer during the Term.'),
  new Paragraph({
    numbering: { reference: 'msa-clauses', level: 1 },
    children: withComment(1, [new TextRun('Provider shall ensure the Services are available 99.9% of the time in each calendar month.')]),
  }),
  heading('Fees and Payment'),
  clause('Provider shall invoice the Fees annually in advance.'),
  clause('Payment terms: ', del('Net 30'), ins('Net 90'), ' from the date of each invoice.'),
  clause('Overdue amounts bear interest at the rate of 1.5% per month.'),
  heading('Term and Termination'),
  clause('This Agreement starts on the Effective Date and continues for twelve (12) months.'),
  clause('Either party may terminate this Agreement by written notice:'),
  item('if the other party materially breaches this Agreement and does not cure the breach within thirty (30) days; or'),
  item('if the other party becomes insolvent.'),
  heading('Limitation of Liability'),
  clause('Neither party is liable for indirect, incidental or consequential damages.'),
  clause(del(`Each party's ${CAP_MARKER} the fees paid by Customer in the twelve (12) months preceding the claim.`)),
  clause("Nothing in this Agreement limits either party's liability for fraud."),
  heading('General'),
  clause('This Agreement is governed by the laws of ', del('the State of Delaware'), ins('England and Wales'), '.'),
  new Paragraph({
    numbering: { reference: 'msa-clauses', level: 1 },
    children: withComment(2, [new TextRun('Notices must be sent to the addresses stated in the Order Form.')]),
  }),
  plain('Schedule 1 - Service Levels', { heading: HeadingLevel.HEADING_2 }),
  scheduleItem(1, 'Provider monitors the Services around the clock.'),
  scheduleItem(1, 'Provider reports availability monthly.'),
  plain('Schedule 2 - Support', { heading: HeadingLevel.HEADING_2 }),
  scheduleItem(2, 'Support is available on business days.'),
  scheduleItem(2, 'Critical issues receive a response within four (4) hours.'),
];

const comment = (id, author, initials, text) => ({
  id, author, initials, date: new RealDate(FIXED_TIME), children: [new Paragraph({ children: [new TextRun(text)] })],
});

const document = new Document({
  creator: 'Acme Cloud, Inc.',
  lastModifiedBy: CUSTOMER,
  title: 'Master Services Agreement (Globex redline)',
  revision: 2,
  numbering: NUMBERING,
  comments: {
    children: [
      comment(1, CUSTOMER, 'GL', 'We need 99.99% availability here.'),
      comment(2, 'Acme Sales', 'AS', 'Check the notice address with Legal.'),
    ],
  },
  sections: [{ children: body }],
});

/**
 * The docx package cannot mark a paragraph mark as deleted, which is how Word records a
 * paragraph deleted whole; add <w:rPr><w:del/></w:rPr> to that paragraph's properties.
 */
async function deleteParagraphMark(buffer, marker) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml').async('string');
  const at = xml.indexOf(marker);
  const start = xml.lastIndexOf('<w:p>', at);
  const pPrEnd = xml.indexOf('</w:pPr>', start);
  if (at < 0 || start < 0 || pPrEnd < 0 || pPrEnd > at) throw new Error('cap paragraph not found');
  const mark = `<w:rPr><w:del w:id="${revision++}" w:author="${CUSTOMER}" w:date="${FIXED_ISO}"/></w:rPr>`;
  const patched = `${xml.slice(0, pPrEnd)}${mark}${xml.slice(pPrEnd)}`;
  zip.file('word/document.xml', patched, { date: new RealDate(FIXED_TIME) });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

const bytes = await deleteParagraphMark(await Packer.toBuffer(document), CAP_MARKER);
writeFileSync(join(OUT, 'globex-redline.docx'), bytes);
console.log(`wrote fixtures/redlines/globex-redline.docx (${bytes.length} bytes)`);
