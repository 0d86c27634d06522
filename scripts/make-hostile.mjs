#!/usr/bin/env node
// Generates fixtures/hostile/: documents and policies built to break a contract linter (empty,
// truncated, renamed, encrypted, image-only, binary, YAML alias bombs, deep nesting, zip bombs,
// an XML entity bomb, a PDF that lies about its page count, a catastrophic regex). Deterministic:
// no clock, no randomness except a seeded generator, so re-running it changes no bytes.
// fixtures/hostile/expected.json (hand-written, not generated) says what termlint must answer for each.
// A 20 MB single-line text and a policy over the YAML size limit are made at test time instead
// (test/hostile.cli.test.ts), to keep every committed fixture under 1 MB.
//
//   node scripts/make-hostile.mjs
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'hostile');
const FIXED_DATE = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
const MB = 1024 * 1024;

/** Deterministic bytes (mulberry32), so "random" garbage is the same on every run. */
function seededBytes(seed, length) {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

// --- zip (docx) -----------------------------------------------------------------------------------

/**
 * A zip archive. Each entry: { name, data, deflate?, declaredSize? }. `declaredSize` writes a false
 * uncompressed size into the headers (a zip bomb that lies about how much it inflates to).
 */
function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data);
    const body = entry.deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const method = entry.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x4800, 10); // 09:00 as a DOS time
    local.writeUInt16LE(0x5c2f, 12); // 2026-01-15 as a DOS date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x4800, 12);
    central.writeUInt16LE(0x5c2f, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentXml(paragraphs) {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** A small, valid Word document: the package parts plus word/document.xml. */
function makeDocx(documentPart, { deflate = true, declaredSize } = {}) {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES, deflate: true },
    { name: '_rels/.rels', data: RELS, deflate: true },
    { name: 'word/document.xml', data: documentPart, deflate, declaredSize },
  ]);
}

const CONTRACT = [
  '1. Fees. Customer will pay all fees within thirty (30) days of the invoice date.',
  '2. Term. This Agreement starts on the Effective Date and continues for twelve (12) months.',
  '3. Limitation of Liability. Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.',
  '4. Governing Law. This Agreement is governed by the laws of the State of Delaware.',
];

// --- PDF (pdfkit) ---------------------------------------------------------------------------------

const PDFDocument = (await import('pdfkit')).default;

/** A PDF whose pages are drawn by `draw(doc, pageIndex)`; fixed dates so the bytes never change. */
function makePdf(pages, draw, options = {}) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      info: { Title: 'termlint hostile fixture', Producer: 'PDFKit', Creator: 'make-hostile', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
      ...options,
    });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let i = 0; i < pages; i++) {
      if (i > 0) doc.addPage();
      draw(doc, i);
    }
    doc.end();
  });
}

const textPage = (doc) => {
  doc.font('Helvetica').fontSize(11);
  for (const line of CONTRACT) doc.text(line, { width: 460 }).moveDown(0.5);
};

// --- YAML -----------------------------------------------------------------------------------------

/** "Billion laughs": each anchor is nine copies of the previous one; the last stands for 9^9 strings. */
function aliasBomb() {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  return lines;
}

// --- Build ----------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
const written = new Map();
const write = (name, data) => {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (bytes.length >= MB) throw new Error(`${name} is ${bytes.length} bytes; committed fixtures stay under 1 MB`);
  writeFileSync(join(OUT, name), bytes);
  written.set(name, bytes.length);
};

const contractPdf = await makePdf(2, textPage);
const contractDocx = makeDocx(documentXml(CONTRACT));

// Empty and blank.
write('empty.txt', '');
write('empty.docx', '');
write('whitespace-only.md', ' \n\t\n\r\n   \n');

// Cut short: a PDF without its cross-reference table and trailer; a docx without its central directory.
write('truncated.pdf', contractPdf.subarray(0, Math.floor(contractPdf.length * 0.3)));
write('truncated.docx', contractDocx.subarray(0, Math.floor(contractDocx.length * 0.6)));
// A PDF header followed by noise.
write('header-then-noise.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(7, 4096)]));

// Extensions that lie: the bytes decide (and a warning says so).
write('docx-named.pdf', contractDocx);
write('pdf-named.txt', contractPdf);
write('png-named.docx', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex'));

// Encrypted and scanned.
write('encrypted.pdf', await makePdf(1, textPage, { userPassword: 'termlint', ownerPassword: 'termlint-owner', pdfVersion: '1.4' }));
write('image-only.pdf', await makePdf(2, (doc, page) => {
  doc.rect(72, 72, 468, 600).fillColor('#eeeeee').fill();
  for (let y = 100; y < 640; y += 18) doc.rect(90, y, 400 - ((y * 7 + page * 13) % 120), 8).fillColor('#333333').fill();
}));

// Not text.
write('binary.txt', seededBytes(42, 4096));
write('control-characters.md', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x41 + (i % 26) : 1 + (i % 8)))));

// Too big: more pages than the limit (blank pages are tiny), and a page tree that claims a billion pages.
write('too-many-pages.pdf', await makePdf(2001, () => {}, { compress: true }));
write('page-count-lie.pdf', Buffer.from(contractPdf.toString('latin1').replace(/\/Count 2\b/, '/Count 999999999'), 'latin1'));

// Zip bombs. 300 MB of "0" deflates to about 300 KB: honest sizes in the headers, then sizes that lie
// (a reader that trusts the declared 12 KB and inflates the part whole would allocate 300 MB).
const zeros = Buffer.alloc(300 * MB, 0x30);
const bombXml = Buffer.concat([Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`), zeros]);
write('zip-bomb.docx', makeDocx(bombXml));
write('zip-bomb-lying-size.docx', makeDocx(bombXml, { declaredSize: 12_000 }));
// An XML entity bomb in document.xml: ten levels of ten entity references (10^10 "lol"s).
const entities = ['<!ENTITY lol0 "lol">'];
for (let i = 1; i <= 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
write('xml-entity-bomb.docx', makeDocx(`<?xml version="1.0"?>\n<!DOCTYPE w:document [\n${entities.join('\n')}\n]>\n<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol10;</w:t></w:r></w:p></w:body></w:document>`));
write('broken-xml.docx', makeDocx(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Fees are due</w:x></w:body>`));
write('zip-without-document.docx', makeZip([{ name: 'word/other.xml', data: '<x/>' }, { name: 'readme.txt', data: 'word/document.xml is missing' }]));

// Term sheets: alias bomb, deep nesting, a custom tag, a duplicate key.
write('termsheet-alias-bomb.yaml', ['termsheet: 1', 'customer: Bomb Corp', ...aliasBomb(), 'terms:', '  payment.net_days: 30', ''].join('\n'));
write('termsheet-deep-nesting.yaml', `termsheet: 1\nterms:\n  payment.net_days: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
write('termsheet-custom-tag.yaml', 'termsheet: 1\nterms:\n  payment.net_days: !!js/function "function () { return 30 }"\n');
write('termsheet-duplicate-keys.yaml', 'termsheet: 1\nterms:\n  payment.net_days: 30\n  payment.net_days: 90\n');

// A good document that a catastrophic pattern would take forever on with a backtracking engine.
write('backtrack-bait.txt', `1. Fees. Customer will pay all fees within thirty (30) days.\n\n2. Notes. ${'a'.repeat(50_000)}!\n`);

// Policies (named *.policy.yaml, so a folder walk never takes them for documents).
const POLICY_HEAD = 'termlint: 1\nname: hostile fixture\nversion: 1.0.0\nextends: termlint:default\n';
write('alias-bomb.policy.yaml', `${POLICY_HEAD}${aliasBomb().map((l) => `x-${l}`).join('\n')}\n`);
write('deep-nesting.policy.yaml', `${POLICY_HEAD}topics:\n  deep:\n    patterns: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
write('custom-tag.policy.yaml', `${POLICY_HEAD}topics:\n  escrow:\n    patterns: !!js/regexp /escrow/\n`);
write('duplicate-keys.policy.yaml', `${POLICY_HEAD}name: second name\n`);
// Patterns that take exponential time on "aaaa…!" in a backtracking engine; re2js runs them in linear time.
write(
  'catastrophic-pattern.policy.yaml',
  `${POLICY_HEAD}topics:\n  backtracking:\n    patterns: ["(a+)+$", "(a|aa)+b", "(x+x+)+y"]\n` +
    `facts:\n  notes.count:\n    type: number\n    patterns: ["(a|a?)+a{20} {number}", "(a+)+! {number}"]\n`,
);

// A waivers file is YAML from many editors too.
write('alias-bomb.waivers.yaml', `termlint-waivers: 1\n${aliasBomb().map((l) => `x-${l}`).join('\n')}\n`);

const onDisk = readdirSync(OUT).filter((f) => f !== 'expected.json' && !written.has(f));
if (onDisk.length) process.stderr.write(`not made by this script (remove?): ${onDisk.join(', ')}\n`);
process.stdout.write(`wrote ${written.size} files to fixtures/hostile/:\n${[...written].map(([n, b]) => `  ${n} (${b} bytes)`).join('\n')}\n`);
