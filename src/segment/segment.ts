// Segmentation: reader blocks -> clauses. One pass over the blocks with a small state machine
// (preamble, body, signature) and a stack of open numbered clauses for nesting and composed numbers.
// Every test on a block looks at a bounded prefix, so the pass is linear in the document size.
import type { Block, Clause, Location, ReadDocument } from '../types.js';
import {
  definedTerm,
  isAllCapsHeading,
  isDefinitionsHeading,
  isHeadingOnly,
  isTitleCasePhrase,
  splitCapsRunIn,
  splitRunInHeading,
  stripBold,
  trimHeading,
} from './headings.js';
import { parseMarker, romanValue, type ItemStyle, type NumberMarker } from './numbers.js';
import { labelTableRows } from './tables.js';

export { parseClauseNumber } from './numbers.js';

/** A piece of a block: normally the whole block; CUAD-style text puts several paragraphs on one line. */
interface Unit {
  text: string;
  block: Block;
}

type Analysis =
  | { type: 'noise' }
  | { type: 'signature'; strength: 'witness' | 'weak' }
  | { type: 'exhibit'; number: string; heading: string | null; body: string }
  | { type: 'numbered'; marker: NumberMarker; heading: string | null; body: string; term: string | null }
  | { type: 'heading'; heading: string; strength: 'styled' | 'caps' | 'title' }
  | { type: 'runin'; heading: string; body: string }
  | { type: 'table'; heading: string | null }
  | { type: 'body'; term: string | null };

interface Draft {
  clause: Clause;
  parts: string[];
  length: number;
}

interface Item {
  style: ItemStyle;
  token: string;
  draft: Draft;
}

const EXHIBIT_WORDS = new Set(['exhibit', 'schedule', 'annex', 'appendix', 'attachment', 'addendum', 'rider']);

/** Paragraph openings that are form fields, not run-in headings ("Attention: Legal"). */
const FORM_FIELDS = new Set([
  'attention', 'attn', 'address', 'email', 'e-mail', 'fax', 'facsimile', 'telephone', 'phone', 'tel',
  'name', 'title', 'date', 'by', 'its', 'with a copy to', 'copy to', 'copies to', 're', 'subject', 'to',
  'from', 'cc', 'print name', 'printed name', 'signature', 'witness',
]);

/** Headings that belong to the preamble rather than starting the body. */
const RECITAL_HEADING = /^(?:recitals?|witnesseth|background|preamble|whereas|premises|introduction|parties)\b/i;

// ---------------------------------------------------------------------------------------------
// Units and their shapes

/** Stray page furniture a reader may leave: "12", "Page 3 of 10", "- 4 -", markdown table rules. */
export function isNoise(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (t.length > 40) return false;
  return (
    /^(?:page\s{0,3})?\d{1,4}(?:\s{0,3}(?:of|\/)\s{0,3}\d{1,4})?$/i.test(t) ||
    /^[-–—]\s{0,3}\d{1,4}\s{0,3}[-–—]$/.test(t) ||
    /^[ivxlc]{1,6}$/.test(t) ||
    /^\|?(?:\s{0,3}:?-{3,}:?\s{0,3}\|){1,20}\s{0,3}:?-{0,40}:?\s{0,3}$/.test(t)
  );
}

/**
 * 'witness' for "IN WITNESS WHEREOF" (the signature block runs to the next exhibit); 'weak' for
 * "By:", a line of underscores or a "Signature Page" marker, which only count after the preamble
 * (cover pages use rules of underscores too) and end at the next numbered heading.
 */
function signatureStart(text: string): 'witness' | 'weak' | null {
  if (/^IN\s+WITNESS\s+WHERE(?:OF|FORE)/i.test(text)) return 'witness';
  if (
    /^(?:By|Signed|Signature)\s{0,3}:/.test(text) ||
    /^_{5,}\s{0,3}$/.test(text) ||
    /^\[?\s{0,3}(?:Signature Page|Signatures? Follows?|SIGNATURE PAGE)/i.test(text) ||
    /^(?:SIGNATURES?|Signatures?)\s{0,3}$/.test(text)
  ) {
    return 'weak';
  }
  return null;
}

/** `next` carries on from `last`: "13.12" after "13.11", "14" or "14.1" after "13.11". */
function followsNumber(last: string | null, next: string): boolean {
  if (last === null || !/^\d+(?:\.\d+)*$/.test(next)) return false;
  const a = last.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (b.length === a.length && b.slice(0, -1).every((x, k) => x === a[k])) return b[b.length - 1] === a[a.length - 1]! + 1;
  return b[0] === a[0]! + 1 && b.slice(1).every((x) => x <= 1);
}

function parseExhibit(text: string): { number: string; rest: string } | null {
  // A plain-text filing may glue the page number to the next line: "9 Annex A THIS WARRANT ...".
  const page = /^\d{1,3}\s{1,3}(?=(?:Exhibit|EXHIBIT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX)\s)/.exec(text);
  if (page) text = text.slice(page[0].length);
  const m = /^([A-Za-z]{5,10})\s{1,5}([A-Z]{1,2}|\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z0-9]{1,4}\)){0,2}|[IVXLC]{1,6})((?:-\d{1,3}|-[A-Z])?)(?=[\s:\-–—]|$|\.(?![\d(]))/.exec(text);
  if (!m || !EXHIBIT_WORDS.has(m[1].toLowerCase()) || !/^[A-Z]/.test(m[1])) return null;
  const rest = text.slice(m[0].length).replace(/^\s{0,20}[.:\-–—]?\s{0,20}/, '').replace(/^\s+/, '');
  if (rest !== '' && /^[a-z,;(]/.test(rest)) return null;
  const word = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  return { number: `${word} ${m[2]}${m[3]}`, rest };
}

/** Numbers that open an agreement's numbering. */
const RESTART_NUMBERS: ReadonlySet<string> = new Set(['1', '1.0', '1.1', 'I']);

const TOC_START = /^(?:TABLE OF CONTENTS|Table of Contents)\b|^(?:CONTENTS|Contents|INDEX)\s*$/;

/** A line of a table of contents: ends in a page number, or is a caps/exhibit line without prose. */
function isTocEntry(text: string): boolean {
  if (text.length > 400) return false;
  if (/\b(?:shall|will|is|are|means|hereby|agrees?|agreed|may|must)\b/.test(text)) return false;
  if (/(?:\s|\.{2,}|…)\s?(?:\d{1,3}|[ivx]{1,4})$/.test(text)) return true;
  return isAllCapsHeading(text, 20) || /^(?:Schedule|Exhibit|Annex|Appendix|SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\b/.test(text);
}

function wordCountAtLeast(text: string, n: number): boolean {
  return text.slice(0, 400).split(/\s+/).filter((w) => w !== '').length >= n;
}

function tableCells(text: string): string[] {
  const t = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/\t|\s\|\s|\|/).map((c) => c.trim()).filter((c) => c !== '');
}

/** Splits `rest` (after a number) into heading and body. */
function headingAndBody(rest: string, item: boolean, styled = false): { heading: string | null; body: string } {
  if (rest === '') return { heading: null, body: '' };
  // A numbered heading line ("## 12. Limitation of liability", a Word heading style) names the clause even in
  // sentence case, which a body line would not show as a heading.
  if (styled && !item && !wordCountAtLeast(stripBold(rest), 16) && !/[.;:]$/.test(rest.trim())) return { heading: trimHeading(stripBold(rest)), body: '' };
  // A sub-clause item whose whole text is a short phrase ("(a) Confidentiality;") is text, not a heading.
  if (!item && isHeadingOnly(rest)) return { heading: trimHeading(stripBold(rest)), body: '' };
  if (item && isAllCapsHeading(trimHeading(rest), 8)) return { heading: trimHeading(rest), body: '' };
  const runIn = splitRunInHeading(rest, 10) ?? (item ? null : splitCapsRunIn(rest));
  if (runIn) return { heading: runIn.heading, body: runIn.body };
  return { heading: null, body: rest };
}

function labelMarker(label: string): NumberMarker | null {
  const l = label.trim().replace(/\.$/, '');
  if (/^\d{1,3}(?:\.\d{1,3}){0,6}$/.test(l)) {
    return { kind: 'decimal', number: l, rest: '', level: l.split('.').length - 1 };
  }
  const item = /^\(?([a-zA-Z]{1,4}|\d{1,2})\)?$/.exec(l);
  if (item) {
    const m = parseMarker(`(${item[1]}) X`);
    if (m) return { ...m, rest: '' };
  }
  const m = parseMarker(`${l} X`);
  return m ? { ...m, rest: '' } : null;
}

function analyse(unit: Unit): Analysis {
  const block = unit.block;
  let text = unit.text;
  if (isNoise(text)) return { type: 'noise' };
  let styled = block.kind === 'heading';
  const md = /^#{1,6}\s+/.exec(text);
  if (md) {
    text = text.slice(md[0].length);
    styled = true;
  }
  const signature = signatureStart(text);
  if (signature) return { type: 'signature', strength: signature };
  const exhibit = parseExhibit(text);
  if (exhibit) {
    const hb = headingAndBody(exhibit.rest, false);
    return { type: 'exhibit', number: exhibit.number, heading: hb.heading, body: hb.body };
  }
  if (block.kind === 'table-row') {
    const cells = tableCells(text);
    return { type: 'table', heading: cells.length > 1 ? cells[0].slice(0, 120) : null };
  }
  let marker: NumberMarker | null = null;
  if (block.label) {
    const m = labelMarker(block.label);
    if (m) marker = { ...m, rest: text.trim() };
  }
  if (!marker) marker = parseMarker(text);
  if (marker) {
    const item = marker.kind === 'paren';
    const hb = headingAndBody(marker.rest, item, styled);
    return { type: 'numbered', marker, heading: hb.heading, body: hb.body, term: definedTerm(marker.rest) };
  }
  const plain = stripBold(text).trim();
  if (styled && wordCountAtLeast(plain, 16) === false) {
    return { type: 'heading', heading: trimHeading(plain), strength: 'styled' };
  }
  if (plain !== text.trim() && !wordCountAtLeast(plain, 16)) {
    return { type: 'heading', heading: trimHeading(plain), strength: 'styled' };
  }
  if (isAllCapsHeading(text)) return { type: 'heading', heading: trimHeading(text), strength: 'caps' };
  const term = definedTerm(text);
  if (term) return { type: 'body', term };
  const t = text.trim();
  if (t.length <= 80 && !/[.,;:!?]$/.test(t) && !/\d/.test(t) && isTitleCasePhrase(t, 8)) {
    return { type: 'heading', heading: t, strength: 'title' };
  }
  const runIn = splitRunInHeading(text, 6);
  if (runIn && !FORM_FIELDS.has(runIn.heading.toLowerCase()) && !FORM_FIELDS.has(runIn.heading.split(' ')[0].toLowerCase())) {
    return { type: 'runin', heading: runIn.heading, body: runIn.body };
  }
  return { type: 'body', term: null };
}

/**
 * Where a paragraph that a reader joined into one block holds the start of another clause.
 * Plain-text filings often put a page of numbered paragraphs on one line ("…as follows: 1. DEFINITIONS.
 * 1.1. "Affiliate" means…"). After a wide gap any marker counts; after a sentence end only strong
 * ones do: "1.2", "ARTICLE", "SECTION", or "3." followed by a heading, never "(a)" (inline lists).
 */
/** Words before a number that make it a cross-reference in capitals ("SECTION 2.1", "AND 4.2"). */
const REFERENCE_WORDS = new Set(['SECTION', 'SECTIONS', 'ARTICLE', 'ARTICLES', 'CLAUSE', 'CLAUSES', 'EXHIBIT', 'SCHEDULE',
  'ANNEX', 'APPENDIX', 'PARAGRAPH', 'AND', 'OR', 'TO', 'THROUGH', 'OF', 'IN', 'UNDER', 'NO', 'NOS', 'PER', 'USD', 'US', 'EUR', 'GBP']);

function splitsHere(head: string, wide: boolean, afterCapsWord: string | null): boolean {
  if (afterCapsWord !== null) {
    // "2. DISTRIBUTORSHIP 2.1. Appointment": a caps heading run straight into a sub-clause number.
    if (REFERENCE_WORDS.has(afterCapsWord)) return false;
    const m = parseMarker(head);
    return m !== null && m.kind === 'decimal' && m.number.includes('.');
  }
  if (/^IN\s+WITNESS\s+WHERE/.test(head)) return true;
  const exhibit = parseExhibit(head);
  if (exhibit && (wide || /^[A-Z]{5,10}\s/.test(head))) return true;
  const m = parseMarker(head);
  if (!m) return false;
  if (wide) return true;
  switch (m.kind) {
    case 'paren':
      return false;
    case 'section':
      // "Section 1.4 (Feedback), Section 1.6 (…)": a list of references.
      return !m.rest.startsWith('(');
    case 'article':
    case 'roman':
      return true;
    case 'decimal':
      // "Sections 3.8 (Warranty), 3.11 (Compliance)": a list of references.
      if (m.rest.startsWith('(')) return false;
      if (m.number.includes('.')) return true;
      return /^[A-Z][A-Z'’&-]{1,40}\b/.test(m.rest) || splitRunInHeading(m.rest) !== null;
  }
}

function splitBlock(block: Block): Unit[] {
  const text = block.text;
  const units: Unit[] = [];
  const boundary = /(?:[ \t\u00a0]{3,}|(?<=[.:"”)\]])[ \t\u00a0]{1,2}(?=[0-9A-Z(§])|(?<=[A-Za-z])[ \t\u00a0](?=\d))/g;
  let start = 0;
  /** Number that opens the current piece: "2.2 Pricing 2.2.1 Pricing is…" splits before its child "2.2.1". */
  let pieceNumber = parseMarker(text.slice(0, 300))?.number ?? null;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const at = m.index + m[0].length;
    const head = text.slice(at, at + 300);
    const before = text[m.index - 1] ?? '';
    let split: boolean;
    if (m[0].length === 1 && /[A-Za-z]/.test(before)) {
      const word = /[A-Za-z]{1,20}$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
      if (REFERENCE_WORDS.has(word.toUpperCase())) split = false;
      else if (/^[A-Z]+$/.test(word)) split = splitsHere(head, false, word);
      else split = pieceNumber !== null && isChildMarker(head, pieceNumber);
    } else if (/^(?:SECTION|Section|CLAUSE|Clause|ARTICLE|Article)\s+[\w.()]+\s+(?:DOES|DO|SHALL|WILL|IS|ARE|MAY|APPLIES|APPLY|does|do|shall|will|is|are|may|applies|apply)\b/.test(head)) {
      // "(c) SECTION 10(b) DOES NOT APPLY TO ...", "**8(c) Exceptions.** SECTION 8(b) DOES NOT LIMIT ...": a sentence
      // that opens with a cross-reference (its verb follows), not a new clause.
      split = false;
    } else {
      split = splitsHere(head, m[0].length >= 3, null);
    }
    if (split) {
      const piece = text.slice(start, m.index).trim();
      if (piece !== '') units.push({ text: piece, block });
      start = at;
      pieceNumber = parseMarker(head)?.number ?? null;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') units.push({ text: last, block });
  return units;
}

function isChildMarker(head: string, parentNumber: string): boolean {
  const m = parseMarker(head);
  return m !== null && m.kind === 'decimal' && m.number.startsWith(`${parentNumber}.`) && /^[A-Z"“]/.test(m.rest);
}

/**
 * Whether `parent` is the clause `number` belongs to: "8" for "8.1", an article or an exhibit for
 * anything in it. "1. Scope" is not the parent of a "7.2" that follows it.
 */
function isNumberParent(parent: Clause, number: string): boolean {
  if (parent.kind === 'exhibit' || parent.number === null) return true;
  if (!/^\d/.test(parent.number)) return true;
  return number.startsWith(`${parent.number}.`) || number.startsWith(`${parent.number}(`);
}

// ---------------------------------------------------------------------------------------------
// The pass

function copyLocation(l: Location): Location {
  return { page: l.page, paragraph: l.paragraph, line: l.line };
}

const NEXT_LETTER: Record<string, string> = { i: 'h', v: 'u', x: 'w', I: 'H', V: 'U', X: 'W' };

/**
 * Clauses of a document in reading order.
 *
 * Choices worth knowing:
 * - "(a)" items become their own clauses numbered after their parent ("5.2(a)", level parent+1),
 *   so a fact read from an item points at the item.
 * - A numbered clause without a heading of its own takes its parent's heading ("8.1" under
 *   "8. LIMITATION OF LIABILITY" gets heading "LIMITATION OF LIABILITY"), so topic classification by
 *   heading works on children; a heading-only parent still gets its own clause with empty text.
 * - Body paragraphs continue the clause before them; paragraphs before the first clause form one
 *   'preamble' clause, after a short 'title'.
 */
export function segment(doc: ReadDocument): Clause[] {
  const units: Unit[] = [];
  const labelledRows = labelTableRows(doc.blocks);
  for (const block of doc.blocks) {
    // Table rows keep their cells together; other blocks may hold several clauses.
    if (block.kind === 'table-row') {
      const text = (labelledRows.get(block) ?? block.text).trim();
      if (text !== '') units.push({ text, block });
    } else {
      for (const unit of splitBlock(block)) units.push(unit);
    }
  }
  // Running headers and footers a plain-text or PDF reader left in: the same short line 3+ times.
  const counts = new Map<string, number>();
  for (const u of units) if (u.text.length <= 60) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
  const shapes = units.map((u): Analysis => {
    if (/^Exhibit\s{1,3}\d{1,3}\.\d{1,3}\s*$/.test(u.text) && (counts.get(u.text) ?? 0) > 1) return { type: 'noise' };
    if ((counts.get(u.text) ?? 0) >= 3 && !/[:_]/.test(u.text) && !parseMarker(u.text) && u.block.kind !== 'table-row') {
      return { type: 'noise' };
    }
    return analyse(u);
  });
  const headingLevels = doc.blocks.filter((b) => b.kind === 'heading' && b.headingLevel).map((b) => b.headingLevel as number);
  // The smallest heading level after the title is top level.
  const baseHeadingLevel = headingLevels.length > 1 ? Math.min(...headingLevels.slice(1)) : 1;

  const clauses: Clause[] = [];
  let current = null as Draft | null;
  let phase = 'start' as 'start' | 'title' | 'preamble' | 'body' | 'signature';
  /** Open numbered clauses by level; an article or exhibit sits at index 0 of its scope. */
  let structural: Array<Draft | undefined> = [];
  /** Open "(a)"/"(i)" items under the latest clause. */
  let items: Item[] = [];
  /** The clause items attach to: the latest clause that is not an item. */
  let anchor = null as Draft | null;
  let article = null as { draft: Draft; value: number } | null;
  let exhibit = null as Draft | null;
  let definitions = null as Draft | null;
  const drafts: Draft[] = [];
  let lastTopRoman = 0;
  /** Value of the latest top-level "N." in the current scope: a lower "1." after "8." is a list item. */
  let lastTop = 0;

  const start = (
    unit: Unit,
    fields: { number: string | null; heading: string | null; kind: Clause['kind']; level: number },
    body: string,
  ): Draft => {
    const draft: Draft = {
      clause: {
        number: fields.number,
        heading: fields.heading,
        text: '',
        location: copyLocation(unit.block.location),
        topics: [],
        level: fields.level,
        kind: fields.kind,
        spans: [],
      },
      parts: [],
      length: 0,
    };
    clauses.push(draft.clause);
    drafts.push(draft);
    append(draft, body, unit.block);
    current = draft;
    return draft;
  };

  const append = (draft: Draft, text: string, block: Block): void => {
    // Word comments on a block go with the clause it is in (heading-only blocks too). [docx reader, issue 6]
    for (const comment of block.comments ?? []) {
      const list = (draft.clause.comments ??= []);
      if (!list.includes(comment)) list.push(comment);
    }
    if (text === '') return;
    const offset = draft.parts.length === 0 ? 0 : draft.length + 1;
    draft.parts.push(text);
    draft.length = offset + text.length;
    const span: Clause['spans'][number] = { offset, location: copyLocation(block.location) };
    if (block.change) span.change = block.change;
    draft.clause.spans.push(span);
  };

  const parentBelow = (level: number): Draft | null => {
    for (let l = Math.min(level, structural.length) - 1; l >= 0; l--) if (structural[l]) return structural[l] as Draft;
    return null;
  };
  const resetScope = (root: Draft | null): void => {
    lastTop = 0;
    structural = root ? [root] : [];
    items = [];
    anchor = root;
    article = null;
    definitions = null;
  };
  /** The table of contents being read; its entries are one unnumbered clause that no topic should claim. */
  let toc = null as Draft | null;
  let phaseBeforeToc = phase;
  /** A finished table of contents: text after it never continues it. */
  let tocDone = null as Draft | null;
  /** The open signature block began without "IN WITNESS WHEREOF" and may give way to more clauses. */
  let weakSignature = false;
  /** The last decimal clause number of the agreement's body, to tell a clause that carries on after the signature page. */
  let lastBodyNumber = null as string | null;
  const nextShape = (i: number): Analysis | null => {
    for (let j = i + 1; j < shapes.length; j++) if (shapes[j].type !== 'noise') return shapes[j];
    return null;
  };
  const nextUnit = (i: number): Unit | null => {
    for (let j = i + 1; j < shapes.length; j++) if (shapes[j].type !== 'noise') return units[j];
    return null;
  };
  /** A heading line stands over content: a numbered clause or a real paragraph, not an address line. */
  const headsContent = (i: number): boolean => {
    const next = nextShape(i);
    const unit = nextUnit(i);
    if (!next || !unit) return false;
    if (next.type === 'numbered' || next.type === 'table') return true;
    if (next.type === 'body' || next.type === 'runin') return wordCountAtLeast(unit.text, 12);
    return false;
  };
  /** The clause at `i` has prose in it or right after it, not just a name line of a signature block. */
  const headsBody = (i: number): boolean => {
    const shape = shapes[i];
    if (shape.type === 'numbered' && wordCountAtLeast(shape.body, 12)) return true;
    const next = nextShape(i);
    const unit = nextUnit(i);
    if (!next || !unit) return false;
    if (next.type === 'numbered') return next.marker.kind !== 'paren' || wordCountAtLeast(unit.text, 12);
    return (next.type === 'body' || next.type === 'runin') && wordCountAtLeast(unit.text, 12);
  };
  const continueWith = (unit: Unit): void => {
    if (current && current.clause.kind !== 'title' && current !== tocDone) {
      append(current, unit.text, unit.block);
      return;
    }
    start(unit, { number: null, heading: null, kind: 'preamble', level: 0 }, unit.text);
    phase = 'preamble';
  };
  const exhibitOffset = (): number => (exhibit ? 1 : 0);

  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const shape = shapes[i];
    if (shape.type === 'noise') continue;

    if (toc) {
      if (isTocEntry(unit.text)) {
        append(toc, unit.text, unit.block);
        continue;
      }
      tocDone = toc;
      toc = null;
      phase = phaseBeforeToc;
    }
    if (phase !== 'signature' && TOC_START.test(unit.text)) {
      phaseBeforeToc = phase === 'start' || phase === 'title' ? 'preamble' : phase;
      const heading = /^table of contents/i.test(unit.text) ? unit.text.slice(0, 17) : unit.text.trim();
      toc = start(unit, { number: null, heading, kind: 'preamble', level: 0 }, unit.text.slice(heading.length).trim());
      continue;
    }

    if (phase === 'signature' && shape.type !== 'exhibit') {
      // A weak block gives way to any headed numbered clause; even after "IN WITNESS WHEREOF", a clause that starts
      // the numbering again ("1.0 DEFINITIONS", "1.1 General. iPass will ...") over real text is the agreement's
      // body: filings often put the signature page first.
      const numbered = shape.type === 'numbered' && shape.marker.kind !== 'paren';
      // So does a clause that carries on the body's numbering ("13.12" after "13.11"): the signature page was
      // filed in the middle.
      const resumes = numbered && ((weakSignature && shape.heading !== null) || ((RESTART_NUMBERS.has(shape.marker.number) || followsNumber(lastBodyNumber, shape.marker.number)) && headsBody(i)));
      if (!resumes) {
        append(current as Draft, unit.text, unit.block);
        continue;
      }
      phase = 'body';
    }

    if (shape.type === 'numbered' && shape.marker.kind === 'decimal' && phase !== 'signature' && !exhibit) lastBodyNumber = shape.marker.number;
    switch (shape.type) {
      case 'signature': {
        if (shape.strength === 'weak' && phase !== 'body') {
          continueWith(unit);
          break;
        }
        weakSignature = shape.strength === 'weak';
        resetScope(null);
        exhibit = null;
        start(unit, { number: null, heading: null, kind: 'signature', level: 0 }, unit.text);
        phase = 'signature';
        break;
      }
      case 'exhibit': {
        if (phase === 'start' || phase === 'title' || phase === 'preamble') {
          // Filing labels ("Exhibit 10.31") and cover pages come before the body: not exhibits.
          if (phase === 'start' || phase === 'title') addTitleOrPreamble(unit, i);
          else continueWith(unit);
          break;
        }
        const draft = start(unit, { number: shape.number, heading: shape.heading, kind: 'exhibit', level: 0 }, shape.body);
        exhibit = draft;
        resetScope(draft);
        phase = 'body';
        break;
      }
      case 'table': {
        if (current && current.clause.number !== null && phase === 'body' &&
            (current.clause.kind === 'clause' || current.clause.kind === 'definition')) {
          append(current, unit.text, unit.block);
          break;
        }
        const draft = start(unit, { number: null, heading: shape.heading, kind: 'clause', level: exhibitOffset() }, unit.text);
        anchor = draft;
        items = [];
        phase = 'body';
        break;
      }
      case 'numbered': {
        if (shape.marker.kind === 'paren') startItem(unit, shape);
        else startNumbered(unit, shape);
        break;
      }
      case 'heading': {
        startHeading(unit, shape, i);
        break;
      }
      case 'runin': {
        if ((phase === 'preamble' || phase === 'title' || phase === 'start') && RECITAL_HEADING.test(shape.heading)) {
          continueWith(unit);
          break;
        }
        definitions = null;
        const parent = anchor && anchor.clause.number !== null ? anchor : null;
        const level = parent ? parent.clause.level + 1 : exhibitOffset();
        const draft = start(unit, { number: null, heading: shape.heading, kind: 'clause', level }, shape.body);
        items = [];
        if (!parent) anchor = draft;
        phase = 'body';
        break;
      }
      case 'body': {
        if (phase === 'start') {
          addTitleOrPreamble(unit, i);
          break;
        }
        if (shape.term && definitions && phase === 'body') {
          const root = definitions;
          const draft = start(unit, { number: null, heading: shape.term, kind: 'definition', level: root.clause.level + 1 }, unit.text);
          anchor = draft;
          items = [];
          break;
        }
        continueWith(unit);
        break;
      }
    }
  }

  for (const d of drafts) {
    d.clause.text = d.parts.join('\n');
    if (d.clause.spans.length === 0) {
      d.clause.spans.push({ offset: 0, location: copyLocation(d.clause.location) });
    }
    // A clause counts as changed by a redline when any of its blocks came from a tracked insertion.
    const changed = d.clause.spans.find((s) => s.change);
    if (changed) d.clause.change = changed.change;
  }
  return clauses;

  // --- helpers that change the pass state (function declarations, hoisted) ---

  function addTitleOrPreamble(unit: Unit, i: number): void {
    const t = unit.text.trim();
    const short = t.length <= 120 && !wordCountAtLeast(t, 13) && (!/[.;,:]$/.test(t) || isAllCapsHeading(t));
    if (phase === 'start' && short) {
      start(unit, { number: null, heading: null, kind: 'title', level: 0 }, t);
      phase = 'title';
      return;
    }
    void i;
    continueWith(unit);
  }

  function startHeading(unit: Unit, shape: Extract<Analysis, { type: 'heading' }>, i: number): void {
    const cur = current as Draft | null;
    // "ARTICLE IV" / "EXHIBIT A" / "12." on one line and its title on the next.
    if (cur && cur.clause.heading === null && cur.parts.length === 0 && cur.clause.number !== null &&
        (cur.clause.kind === 'clause' || cur.clause.kind === 'exhibit')) {
      cur.clause.heading = shape.heading;
      if (isDefinitionsHeading(shape.heading)) definitions = cur;
      return;
    }
    if (phase === 'start') {
      start(unit, { number: null, heading: null, kind: 'title', level: 0 }, unit.text.replace(/^#{1,6}\s+/, '').trim());
      phase = 'title';
      return;
    }
    if (phase === 'title' && cur && !RECITAL_HEADING.test(shape.heading)) {
      // Filing legends and the agreement's name often take several short lines before the parties.
      const opensBody = nextShape(i)?.type === 'numbered' || (shape.strength === 'styled' && headsContent(i));
      if (!opensBody) {
        append(cur, unit.text.replace(/^#{1,6}\s+/, '').trim(), unit.block);
        return;
      }
    }
    if (phase === 'preamble' || phase === 'title') {
      const next = nextShape(i);
      if (RECITAL_HEADING.test(shape.heading) || (shape.strength !== 'styled' && next?.type !== 'numbered')) {
        continueWith(unit);
        return;
      }
    }
    if (shape.strength !== 'styled' && !headsContent(i)) {
      continueWith(unit);
      return;
    }
    const level = shape.strength === 'styled' && unit.block.headingLevel
      ? Math.max(0, unit.block.headingLevel - baseHeadingLevel) + exhibitOffset()
      : exhibitOffset();
    const draft = start(unit, { number: null, heading: shape.heading, kind: 'clause', level }, '');
    anchor = draft;
    items = [];
    definitions = isDefinitionsHeading(shape.heading) ? draft : null;
    phase = 'body';
  }

  function startNumbered(unit: Unit, shape: Extract<Analysis, { type: 'numbered' }>): void {
    const marker = shape.marker;
    const listed = unit.block.kind === 'list-item' || Boolean(unit.block.label);
    if (marker.kind === 'decimal' && /^\d+$/.test(marker.number) && !listed && phase === 'body') {
      const value = Number(marker.number);
      // "1. Year 1 … 2. Year 2" inside clause 8: a numbered list, not a new top-level clause.
      if (lastTop > 0 && value <= lastTop && anchor && anchor.clause.number !== null) {
        startItem(unit, { ...shape, marker: { ...marker, kind: 'paren', style: 'digit', level: 1 } });
        return;
      }
      lastTop = value;
    }
    let number = marker.number;
    let level = marker.level;
    let kind: Clause['kind'] = 'clause';
    let heading = shape.heading;
    let body = shape.body;
    const block = unit.block;

    // Markdown/Word nesting: "1." at list level 1 under "2" is "2.1".
    if (block.kind === 'list-item' && (block.listLevel ?? 0) > 0 && marker.kind === 'decimal' && !number.includes('.') && !block.label) {
      const parent = parentBelow((block.listLevel as number) + exhibitOffset());
      if (parent && parent.clause.number && !parent.clause.number.startsWith(exhibit?.clause.number ?? '\u0000')) {
        number = `${parent.clause.number}.${number}`;
      }
      level = block.listLevel as number;
    }

    if (marker.kind === 'article') {
      level = 0;
    } else if (marker.kind === 'roman') {
      level = 0;
      lastTopRoman = romanValue(number);
    } else if (article) {
      const first = Number(number.split(/[.(]/)[0]);
      if (first !== article.value) level += 1;
    }
    level += exhibitOffset();

    const parent = parentBelow(level);
    if (definitions && level <= definitions.clause.level) definitions = null;
    if (definitions && shape.term) {
      kind = 'definition';
      heading = shape.term;
      body = marker.rest;
    }
    if (heading === null && parent && isNumberParent(parent.clause, number)) heading = parent.clause.heading;

    const draft = start(unit, { number, heading, kind, level }, body);
    if (marker.kind === 'article') {
      structural = exhibit ? [exhibit, draft] : [draft];
      lastTop = 0;
      const value = /^\d/.test(number) ? Number(number) : romanValue(number);
      article = { draft, value };
    } else {
      structural.length = level + 1;
      structural[level] = draft;
    }
    items = [];
    anchor = draft;
    if (kind === 'clause' && isDefinitionsHeading(shape.heading)) definitions = draft;
    phase = 'body';
  }

  function startItem(unit: Unit, shape: Extract<Analysis, { type: 'numbered' }>): void {
    const marker = shape.marker;
    const token = marker.number;
    let style = marker.style as ItemStyle;
    const dottedUpper = /^\s*[IVX]\.\s/.test(unit.text);

    if (NEXT_LETTER[token]) {
      const letterStyle: ItemStyle = token === token.toLowerCase() ? 'lower' : 'upper';
      const romanStyle: ItemStyle = letterStyle === 'lower' ? 'roman' : 'upper-roman';
      const letter = items.find((it) => it.style === letterStyle);
      const roman = items.find((it) => it.style === romanStyle);
      if (letter && letter.token === NEXT_LETTER[token]) style = letterStyle;
      else if (roman) style = romanStyle;
      else if (token.toLowerCase() === 'i') style = romanStyle;
      else style = letterStyle;
      // "I. DEFINITIONS", "V." after "IV.": top-level roman sections, not items.
      if (style === 'upper-roman' && dottedUpper && !letter) {
        const value = romanValue(token);
        if (value === 1 || value === lastTopRoman + 1) {
          startNumbered(unit, { ...shape, marker: { ...marker, kind: 'roman', number: token, level: 0 } });
          return;
        }
      }
    }
    if (phase !== 'body') {
      continueWith(unit);
      return;
    }

    let depth = -1;
    for (let d = items.length - 1; d >= 0; d--) {
      if (items[d].style === style) {
        depth = d;
        break;
      }
    }
    const parent: Draft | null = depth >= 0
      ? (depth > 0 ? items[depth - 1].draft : anchor)
      : (items.length > 0 ? items[items.length - 1].draft : anchor);
    if (!parent || parent.clause.number === null || parent.clause.kind === 'signature') {
      continueWith(unit);
      return;
    }
    const number = `${parent.clause.number}(${token})`;
    const level = parent.clause.level + 1;
    let heading = shape.heading;
    let body = shape.body;
    let kind: Clause['kind'] = 'clause';
    if (definitions && shape.term) {
      kind = 'definition';
      heading = shape.term;
      body = marker.rest;
    }
    if (heading === null) heading = parent.clause.heading;
    const draft = start(unit, { number, heading, kind, level }, body);
    const entry: Item = { style, token, draft };
    if (depth >= 0) {
      items.length = depth + 1;
      items[depth] = entry;
    } else {
      items.push(entry);
    }
  }
}
