// --annotate: the annotated copy keeps the document, its tracked changes and comments, and adds
// one termlint comment per finding on the finding's clause. Runs the built CLI (npx tsc first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateDocx, commentText } from '../src/annotate/index.js';
import { parseDocx } from '../src/read/docx.js';
import { ZipArchive } from '../src/read/docx/zip.js';
import type { Block, Finding } from '../src/types.js';
import { ROOT, runCli } from './helpers/cli.js';

const REDLINE = join(ROOT, 'fixtures/redlines/globex-redline.docx');
const INITECH = join(ROOT, 'fixtures/contracts/initech-order-form.docx');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'termlint-annotate-'));
}

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'payment-terms', severity: 'error', owner: { id: 'finance', name: 'Finance', contact: 'dealdesk@example.com' },
    message: 'Payment is due in 90 days; our norm is Net 45 or shorter.', topic: 'payment', fact: null,
    clause: { number: '3.2', heading: 'Fees and Payment' }, location: { page: null, paragraph: 11, line: null },
    excerpt: 'Payment terms: Net 90', fallback: 'Customer shall pay all fees within thirty (30) days of the invoice date.',
    waived: null, change: null, ...over,
  };
}

const blocksOf = (bytes: Uint8Array) => parseDocx(bytes, 'x.docx').units.flatMap((u) => (u.block ? [u.block] : []));
const byAuthor = (blocks: Block[], author: string) =>
  blocks.flatMap((b) => (b.comments ?? []).filter((c) => c.author === author).map((c) => ({ paragraph: b.location.paragraph, text: c.text })));
const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

describe('annotateDocx', () => {
  const original = readFileSync(REDLINE);

  it('writes the comment text: severity and message, owner to consult, fallback, redline note', () => {
    expect(commentText(finding({ change: { type: 'insertion', author: 'Globex Legal', date: null } }))).toEqual([
      'ERROR (payment-terms): Payment is due in 90 days; our norm is Net 45 or shorter.',
      'Consult: Finance <dealdesk@example.com>',
      'Fallback: Customer shall pay all fees within thirty (30) days of the invoice date.',
      'Introduced by this redline (Globex Legal).',
    ]);
  });

  it.each<[string, Partial<Finding>, number]>([
    ['a finding with a paragraph goes on its clause', {}, 11],
    ['a finding with only a clause number goes on that clause', { location: null, clause: { number: '6.1', heading: 'General' } }, 23],
    ['a whole-document finding goes on the first paragraph', { location: null, clause: null }, 1],
  ])('%s', (_name, over, paragraph) => {
    const out = annotateDocx(original, 'x.docx', [finding(over)]);
    expect(byAuthor(blocksOf(out), 'termlint').map((c) => c.paragraph)).toEqual([paragraph]);
  });

  it('keeps the text, tracked changes and earlier comments; changes only the parts it must', () => {
    const out = annotateDocx(original, 'x.docx', [finding({}), finding({ location: null, clause: null, ruleId: 'force-majeure' })]);
    const before = blocksOf(original);
    const after = blocksOf(out);
    // Same text, labels and insertion marks: the redline reads the same.
    const shape = (bs: Block[]) => bs.map((b) => [b.location.paragraph, b.label, b.text, b.change]);
    expect(shape(after)).toEqual(shape(before));
    expect(byAuthor(after, 'Globex Legal')).toEqual(byAuthor(before, 'Globex Legal'));
    expect(byAuthor(after, 'Acme Sales')).toEqual(byAuthor(before, 'Acme Sales'));
    expect(byAuthor(after, 'termlint')).toHaveLength(2);

    const a = ZipArchive.open(original, 'in');
    const b = ZipArchive.open(out, 'out');
    const docBefore = a.readText('word/document.xml')!;
    const docAfter = b.readText('word/document.xml')!;
    for (const re of [/<w:ins /g, /<w:del /g, /<w:delText/g, /<w:commentRangeStart /g]) {
      if (re.source.includes('commentRange')) expect(count(docAfter, re)).toBe(count(docBefore, re) + 2);
      else expect(count(docAfter, re)).toBe(count(docBefore, re));
    }
    // Same entries in the same order; untouched ones byte for byte (compressed data as stored).
    expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
    const rewritten = new Set(['word/document.xml', 'word/comments.xml']);
    for (const entry of a.entries) {
      if (rewritten.has(entry.name)) continue;
      expect(Buffer.compare(b.raw(b.entry(entry.name)!), a.raw(entry)), entry.name).toBe(0);
    }
  });

  it('gives new comments ids no other comment uses', () => {
    const out = annotateDocx(original, 'x.docx', [finding({}), finding({ location: null, clause: null })]);
    const comments = ZipArchive.open(out, 'out').readText('word/comments.xml')!;
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('adds comments.xml, its relationship and content type to a document without comments', () => {
    const input = readFileSync(INITECH);
    expect(ZipArchive.open(input, 'in').has('word/comments.xml')).toBe(false);
    const out = annotateDocx(input, 'x.docx', [finding({ location: { page: null, paragraph: 15, line: null }, clause: null })]);
    const zip = ZipArchive.open(out, 'out');
    expect(zip.readText('[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(zip.readText('word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    expect(byAuthor(blocksOf(out), 'termlint')).toEqual([{ paragraph: 15, text: commentText(finding({})).join(' ') }]);
  });
});

describe('termlint check --annotate', () => {
  let dir: string;
  let out: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = scratch();
    out = join(dir, 'globex-annotated.docx');
    run = runCli(['check', '--format', 'json', '--annotate', out, 'fixtures/redlines/globex-redline.docx']);
  });

  it('still prints the report and exits as check does, and writes one comment per finding', () => {
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings as Finding[];
    expect(findings.length).toBeGreaterThan(0);
    const after = blocksOf(readFileSync(out));
    expect(byAuthor(after, 'termlint')).toHaveLength(findings.length);
    const payment = after.find((b) => b.label === '3.2');
    expect(payment?.comments?.map((c) => c.text.slice(0, 28))).toContain('ERROR (payment-terms): Payme');
    expect(payment?.change?.author).toBe('Globex Legal');
  });

  it.each<[string, (d: string) => string[], RegExp]>([
    ['two documents', (d) => ['check', '--annotate', join(d, 'o.docx'), REDLINE, INITECH], /exactly one \.docx document/],
    ['a folder of documents', (d) => ['check', '--annotate', join(d, 'o.docx'), 'fixtures/contracts'], /exactly one \.docx document/],
    ['a Markdown document', (d) => ['check', '--annotate', join(d, 'o.docx'), 'fixtures/contracts/globex-redline-msa.md'], /needs a \.docx document.*is md/],
    ['the input itself as output', () => ['check', '--annotate', REDLINE, REDLINE], /would overwrite the input document/],
  ])('refuses %s (exit 2, nothing written)', (_name, args, message) => {
    const d = scratch();
    const before = readFileSync(REDLINE);
    const r = runCli(args(d));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(d, 'o.docx'))).toBe(false);
    expect(Buffer.compare(readFileSync(REDLINE), before)).toBe(0);
  });

  it('writes nothing when the document cannot be read', () => {
    const d = scratch();
    const r = runCli(['check', '--annotate', join(d, 'o.docx'), 'fixtures/bad/truncated.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no annotated copy was written');
    expect(existsSync(join(d, 'o.docx'))).toBe(false);
  });
});

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);

describe.skipIf(!soffice)(`LibreOffice opens the annotated copy${soffice ? '' : ' (skipped: soffice is not installed; apt-get install libreoffice-writer-nogui)'}`, () => {
  it('converts it to PDF and to ODT with every comment and tracked change', () => {
    const dir = scratch();
    const annotated = join(dir, 'annotated.docx');
    const findings = [finding({}), finding({ location: null, clause: { number: '6.1', heading: null } }), finding({ location: null, clause: null })];
    writeFileSync(annotated, annotateDocx(readFileSync(REDLINE), 'x.docx', findings));
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    for (const target of ['pdf', 'odt']) {
      const r = spawnSync(soffice!, [profile, '--headless', '--convert-to', target, '--outdir', dir, annotated], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, 'annotated.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const content = ZipArchive.open(readFileSync(join(dir, 'annotated.odt')), 'odt').readText('content.xml') ?? '';
    // 3 termlint comments + the 2 the redline already had.
    expect(count(content, /<office:annotation[ >]/g)).toBe(5);
    expect(count(content, /<dc:creator>termlint<\/dc:creator>/g)).toBe(3);
    expect(count(content, /<text:changed-region /g)).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
