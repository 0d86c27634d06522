// `--annotate <out.docx>`: a copy of the input .docx with one Word comment per finding, anchored
// on the paragraphs of the finding's clause. Only word/document.xml, the comments part, the
// document relationships and [Content_Types].xml change; every other zip entry is copied with
// its compressed bytes as they were, and tracked changes and earlier comments stay untouched.
import type { Finding, ReadDocument } from '../types.js';
import { parseDocx } from '../read/docx.js';
import type { BodyUnit } from '../read/docx/document.js';
import { REL_TYPES, relatedPart, type DocxPackage } from '../read/docx/package.js';
import { W_NS, children, descendants, elementsByLocalName, isElement, parseXml, plainAttr, serializeXml, type XDocument, type XElement, type XNode } from '../read/docx/xml.js';
import { writeZip, type ZipOutputEntry } from '../read/docx/zip.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { segment } from '../segment/index.js';

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  /** w:date of the new comments (ISO 8601); left out when not given, so output is reproducible. */
  date?: string | null;
  limits?: Pick<Limits, 'maxDecompressedBytes' | 'maxCompressionRatio'>;
}

const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Paragraph range [first, last] (1-based body paragraph indices) a finding's comment covers. */
export interface Anchor {
  first: number;
  last: number;
}

/** Where each finding goes: its clause's paragraphs, else the paragraph it names, else the document's first text. */
export function anchorsFor(findings: Finding[], doc: ReadDocument): Anchor[] {
  const clauses = segment(doc);
  const rangeOf = (paragraphs: number[]): Anchor | null =>
    paragraphs.length ? { first: Math.min(...paragraphs), last: Math.max(...paragraphs) } : null;
  const clauseParagraphs = clauses.map((c) => c.spans.map((s) => s.location.paragraph).filter((p): p is number => p !== null));
  const firstText = doc.blocks[0]?.location.paragraph ?? 1;
  return findings.map((f) => {
    const p = f.location?.paragraph ?? null;
    if (p !== null) {
      const i = clauseParagraphs.findIndex((ps) => ps.includes(p));
      return (i >= 0 ? rangeOf(clauseParagraphs[i]) : null) ?? { first: p, last: p };
    }
    if (f.clause?.number) {
      const i = clauses.findIndex((c) => c.number === f.clause?.number);
      const range = i >= 0 ? rangeOf(clauseParagraphs[i]) : null;
      if (range) return range;
    }
    return { first: firstText, last: firstText };
  });
}

/** The comment's paragraphs: severity and message, whom to consult, the fallback wording. */
export function commentText(f: Finding): string[] {
  const lines = [`${f.severity.toUpperCase()} (${f.ruleId}): ${f.message}`];
  if (f.owner) lines.push(`Consult: ${f.owner.name}${f.owner.contact ? ` <${f.owner.contact}>` : ''}`);
  if (f.fallback) lines.push(`Fallback: ${f.fallback}`);
  if (f.change) lines.push(`Introduced by this redline${f.change.author ? ` (${f.change.author})` : ''}.`);
  return lines;
}

function w(doc: XDocument, name: string, attrs: Record<string, string> = {}, ...kids: XNode[]): XElement {
  const el = doc.createElementNS(W_NS, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W_NS, `w:${k}`, v);
  for (const k of kids) el.appendChild(k);
  return el;
}

function textRun(doc: XDocument, text: string): XElement {
  const t = w(doc, 't', {}, doc.createTextNode(text));
  t.setAttribute('xml:space', 'preserve');
  return w(doc, 'r', {}, t);
}

/** The w:p a comment range starts in (a table row: its first cell's first paragraph). */
function firstParagraph(unit: BodyUnit): XElement | null {
  if (unit.kind === 'paragraph') return unit.element;
  return descendants(unit.element, 'p')[0] ?? null;
}

function lastParagraph(unit: BodyUnit): XElement | null {
  if (unit.kind === 'paragraph') return unit.element;
  const ps = descendants(unit.element, 'p');
  return ps[ps.length - 1] ?? null;
}

/** Largest numeric w:id in a part: new comment ids go above every annotation id already used. */
function maxId(node: XNode): number {
  let max = -1;
  const visit = (n: XNode) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      for (let i = 0; i < c.attributes.length; i++) {
        const a = c.attributes[i];
        if (a.localName === 'id' && a.namespaceURI !== null && /^\d+$/.test(a.value)) max = Math.max(max, Number(a.value));
      }
      visit(c);
    }
  };
  visit(node);
  return max;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function ensureContentType(xml: string, part: string): string | null {
  const doc = parseXml(xml);
  const root = doc.documentElement;
  const exists = elementsByLocalName(root, 'Override').some((o) => plainAttr(o, 'PartName') === `/${part}`);
  if (exists) return null;
  const override = doc.createElementNS(CONTENT_TYPES_NS, 'Override');
  override.setAttribute('PartName', `/${part}`);
  override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  root.appendChild(override);
  return serializeXml(doc);
}

function addCommentsRelationship(xml: string | null, target: string): string {
  const doc = parseXml(xml ?? `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"></Relationships>`);
  const root = doc.documentElement;
  const ids = new Set(elementsByLocalName(root, 'Relationship').map((r) => plainAttr(r, 'Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(RELS_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', REL_TYPES.comments);
  rel.setAttribute('Target', target);
  root.appendChild(rel);
  return serializeXml(doc);
}

/**
 * The annotated copy's bytes. `findings` are anchored with the same reader and segmenter the
 * check used, so a finding's paragraph number points at the same paragraph here.
 */
export function annotateDocx(bytes: Uint8Array, path: string, findings: Finding[], opts: AnnotateOptions = {}): Buffer {
  const parsed = parseDocx(bytes, path, opts.limits ?? DEFAULT_LIMITS);
  const { pkg, document, units } = parsed;
  const blocks = units.flatMap((u) => (u.block ? [u.block] : []));
  const readDoc: ReadDocument = { path, format: 'docx', blocks, pages: null, warnings: [] };
  const anchors = anchorsFor(findings, readDoc);

  // The comments part: the one the document already relates to, else a new word/comments.xml.
  const existingPart = relatedPart(pkg, 'comments');
  const commentsPart = existingPart ?? freePartName(pkg, 'word/comments.xml');
  const commentsDoc = parseXml(
    (existingPart ? pkg.zip.readText(existingPart) : null) ?? `${XML_DECLARATION}<w:comments xmlns:w="${W_NS}"></w:comments>`,
  );
  let nextId = Math.max(maxId(document), maxId(commentsDoc)) + 1;

  findings.forEach((finding, i) => {
    const anchor = anchors[i];
    const start = units[anchor.first - 1];
    const end = units[anchor.last - 1];
    const startP = start ? firstParagraph(start) : null;
    const endP = end ? lastParagraph(end) : null;
    if (!startP || !endP) return;
    const id = String(nextId++);

    // Range start right after the paragraph properties; range end and the reference run last.
    const pPr = children(startP).find((c) => c.localName === 'pPr') ?? null;
    startP.insertBefore(w(document, 'commentRangeStart', { id }), pPr ? pPr.nextSibling : startP.firstChild);
    endP.appendChild(w(document, 'commentRangeEnd', { id }));
    endP.appendChild(w(document, 'r', {}, w(document, 'commentReference', { id })));

    const attrs: Record<string, string> = { id, author: opts.author ?? 'termlint', initials: opts.initials ?? 'TL' };
    if (opts.date) attrs.date = opts.date;
    const paragraphs = commentText(finding).map((line, n) => {
      const p = w(commentsDoc, 'p');
      // Word starts a comment's first paragraph with its annotation mark.
      if (n === 0) p.appendChild(w(commentsDoc, 'r', {}, w(commentsDoc, 'annotationRef')));
      p.appendChild(textRun(commentsDoc, line));
      return p;
    });
    commentsDoc.documentElement.appendChild(w(commentsDoc, 'comment', attrs, ...paragraphs));
  });

  const changed = new Map<string, Buffer>();
  changed.set(pkg.mainPart, Buffer.from(serializeXml(document), 'utf8'));
  changed.set(commentsPart, Buffer.from(serializeXml(commentsDoc), 'utf8'));
  if (!existingPart) {
    const relTarget = relativeTarget(pkg.mainPart, commentsPart);
    changed.set(pkg.relsPart, Buffer.from(addCommentsRelationship(pkg.zip.readText(pkg.relsPart), relTarget), 'utf8'));
  }
  const types = pkg.zip.readText(CONTENT_TYPES_PART);
  if (types !== null) {
    const updated = ensureContentType(types, commentsPart);
    if (updated !== null) changed.set(CONTENT_TYPES_PART, Buffer.from(updated, 'utf8'));
  }
  return repack(pkg, changed);
}

/** A part name not yet taken (a package might hold a stray comments.xml nobody relates to). */
function freePartName(pkg: DocxPackage, wanted: string): string {
  if (!pkg.zip.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = wanted.replace(/\.xml$/, `${n}.xml`);
    if (!pkg.zip.has(candidate)) return candidate;
  }
}

function relativeTarget(fromPart: string, toPart: string): string {
  const dir = fromPart.includes('/') ? fromPart.slice(0, fromPart.lastIndexOf('/') + 1) : '';
  return toPart.startsWith(dir) ? toPart.slice(dir.length) : `/${toPart}`;
}

/** Same entries in the same order; changed ones rewritten, new ones at the end, the rest copied as stored. */
function repack(pkg: DocxPackage, changed: Map<string, Buffer>): Buffer {
  const main = pkg.zip.entry(pkg.mainPart);
  const stamp = { dosTime: main?.dosTime ?? 0, dosDate: main?.dosDate ?? 0x21 };
  const outputs: ZipOutputEntry[] = [];
  const written = new Set<string>();
  for (const entry of pkg.zip.entries) {
    const data = changed.get(entry.name);
    outputs.push(data ? { kind: 'new', name: entry.name, data, dosTime: entry.dosTime, dosDate: entry.dosDate } : { kind: 'copy', entry, from: pkg.zip });
    written.add(entry.name);
  }
  for (const [name, data] of changed) if (!written.has(name)) outputs.push({ kind: 'new', name, data, ...stamp });
  return writeZip(outputs);
}

