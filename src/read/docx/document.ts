// Walk word/document.xml as a reader sees it with all tracked changes accepted:
// insertions in (remembering who inserted what), deletions and moved-away text out,
// field instructions out, list labels computed from numbering.xml.
import type { Block, Change, WordComment } from '../../types.js';
import { tidy } from '../lines.js';
import type { NumberingCounter } from './numbering.js';
import type { Styles } from './styles.js';
import { child, children, isW, wAttr, type XElement, type XNode } from './xml.js';

export interface InlineText {
  text: string;
  /** The first tracked insertion that put visible text into this paragraph. */
  change: Change | null;
  /** Comment ids whose range starts here, and ids referenced here (in order). */
  commentStarts: string[];
  commentRefs: string[];
}

/** Elements that only wrap inline content: look inside. */
const INLINE_WRAPPERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo']);

function insertionOf(el: XElement): Change {
  return { type: 'insertion', author: wAttr(el, 'author') || null, date: wAttr(el, 'date') || null };
}

/** Text of a paragraph (w:p) with tracked changes accepted. */
export function paragraphText(p: XElement): InlineText {
  const out: InlineText = { text: '', change: null, commentStarts: [], commentRefs: [] };
  const run = (r: XElement, change: Change | null) => {
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (isW(c, 't')) {
        const value = textOf(c);
        out.text += value;
        if (change && !out.change && value.trim() !== '') out.change = change;
      } else if (isW(c, 'tab') || isW(c, 'ptab') || isW(c, 'br') || isW(c, 'cr')) {
        out.text += ' ';
      } else if (isW(c, 'noBreakHyphen')) {
        out.text += '-';
      } else if (isW(c, 'commentReference')) {
        const id = wAttr(c, 'id');
        if (id !== null) out.commentRefs.push(id);
      }
      // w:delText (deleted), w:instrText (field code), w:rPr, drawings, footnote marks: not text.
    }
  };
  const inline = (node: XNode, change: Change | null) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (isW(c, 'r')) run(c, change);
      else if (isW(c, 'ins')) inline(c, insertionOf(c));
      else if (isW(c, 'moveTo')) inline(c, change);
      else if (isW(c, 'del') || isW(c, 'moveFrom')) continue;
      else if (isW(c, 'sdt')) {
        const content = child(c, 'sdtContent');
        if (content) inline(content, change);
      } else if (isW(c, 'commentRangeStart')) {
        const id = wAttr(c, 'id');
        if (id !== null) out.commentStarts.push(id);
      } else if (c.localName && INLINE_WRAPPERS.has(c.localName) && isW(c, c.localName)) {
        inline(c, change);
      }
    }
  };
  inline(p, null);
  return out;
}

function textOf(node: XNode): string {
  let s = '';
  for (let c = node.firstChild; c; c = c.nextSibling) s += c.nodeValue ?? '';
  return s;
}

/** The paragraph mark itself is a tracked deletion: accepted, the paragraph is gone (or merged). */
function markDeleted(p: XElement): boolean {
  const rPr = child(child(p, 'pPr') ?? p, 'rPr');
  return rPr !== null && (child(rPr, 'del') !== null || child(rPr, 'moveFrom') !== null);
}

/** One paragraph-like unit of the body: a paragraph or a table row, with its 1-based index. */
export interface BodyUnit {
  paragraph: number;
  element: XElement;
  kind: 'paragraph' | 'row';
  /** The block read from it; null for empty or deleted units. */
  block: Block | null;
}

export interface WalkContext {
  styles: Styles;
  numbering: NumberingCounter;
  comments: Map<string, WordComment>;
}

interface Numbered {
  label: string | null;
  level: number;
}

/** Advance the list counter for a paragraph that is numbered (directly or by its style). */
function numberParagraph(p: XElement, ctx: WalkContext, styleId: string | null): Numbered | null {
  const numPr = child(child(p, 'pPr') ?? p, 'numPr');
  const fromStyle = ctx.styles.numbering(styleId);
  const numId = (numPr ? wAttr(child(numPr, 'numId'), 'val') : null) ?? fromStyle.numId;
  if (numId === null || numId === '0') return null;
  const rawLevel = (numPr ? wAttr(child(numPr, 'ilvl'), 'val') : null) ?? (fromStyle.ilvl !== null ? String(fromStyle.ilvl) : '0');
  const ilvl = /^\d$/.test(rawLevel) ? Number(rawLevel) : 0;
  return ctx.numbering.next(numId, ilvl);
}

/** Walks the body in order; `paragraph` counts every body paragraph (empty ones too) and every table row. */
export function walkBody(body: XElement, ctx: WalkContext): BodyUnit[] {
  const units: BodyUnit[] = [];
  const starts = new Map<string, BodyUnit>();
  const refs = new Map<string, BodyUnit>();
  const note = (unit: BodyUnit, inline: InlineText) => {
    for (const id of inline.commentStarts) if (!starts.has(id)) starts.set(id, unit);
    for (const id of inline.commentRefs) if (!refs.has(id)) refs.set(id, unit);
  };

  const paragraph = (p: XElement) => {
    const unit: BodyUnit = { paragraph: units.length + 1, element: p, kind: 'paragraph', block: null };
    units.push(unit);
    const inline = paragraphText(p);
    note(unit, inline);
    const text = tidy(inline.text);
    // A paragraph deleted whole is gone from the accepted text, and so is its list number.
    if (markDeleted(p) && text === '') return;
    const pPr = child(p, 'pPr');
    const styleId = wAttr(child(pPr ?? p, 'pStyle'), 'val');
    // An empty paragraph that only carries a section break shows no number (Word, LibreOffice).
    const sectionBreakOnly = text === '' && child(pPr ?? p, 'sectPr') !== null;
    const numbered = sectionBreakOnly ? null : numberParagraph(p, ctx, styleId);
    if (!text) return;

    const block: Block = { text, location: { page: null, paragraph: unit.paragraph, line: null }, kind: 'body' };
    let headingLevel = ctx.styles.headingLevel(styleId);
    const outline = wAttr(child(pPr ?? p, 'outlineLvl'), 'val');
    if (headingLevel === null && outline !== null && /^[0-8]$/.test(outline)) headingLevel = Number(outline) + 1;
    if (headingLevel !== null) {
      block.kind = 'heading';
      block.headingLevel = headingLevel;
    } else if (numbered) {
      block.kind = 'list-item';
      block.listLevel = numbered.level;
    }
    if (numbered?.label) block.label = numbered.label;
    if (inline.change) block.change = inline.change;
    unit.block = block;
  };

  const row = (tr: XElement) => {
    const unit: BodyUnit = { paragraph: units.length + 1, element: tr, kind: 'row', block: null };
    units.push(unit);
    if (child(child(tr, 'trPr') ?? tr, 'del')) return;
    let change: Change | null = null;
    // A vertically merged cell's continuation repeats nothing: it is left out, so the row reads like the page.
    const continued = (tc: XElement) => {
      const merge = child(child(tc, 'tcPr') ?? tc, 'vMerge');
      return merge !== null && (wAttr(merge, 'val') ?? 'continue') === 'continue';
    };
    const cells = children(tr, 'tc').filter((tc) => !continued(tc)).map((tc) => {
      const parts: string[] = [];
      const cellContent = (node: XElement) => {
        for (const c of children(node)) {
          if (isW(c, 'p')) {
            const inline = paragraphText(c);
            note(unit, inline);
            change ??= inline.change;
            // Numbered paragraphs in cells still advance their list, as in Word.
            numberParagraph(c, ctx, wAttr(child(child(c, 'pPr') ?? c, 'pStyle'), 'val'));
            parts.push(inline.text);
          } else if (isW(c, 'tbl')) {
            for (const nestedRow of children(c, 'tr')) for (const nestedCell of children(nestedRow, 'tc')) cellContent(nestedCell);
          } else if (isW(c, 'sdt') || isW(c, 'customXml')) {
            const content = isW(c, 'sdt') ? child(c, 'sdtContent') : c;
            if (content) cellContent(content);
          }
        }
      };
      cellContent(tc);
      return tidy(parts.join(' '));
    });
    if (!cells.some((c) => c)) return;
    unit.block = { text: cells.join(' | ').trim(), location: { page: null, paragraph: unit.paragraph, line: null }, kind: 'table-row' };
    if (change) unit.block.change = change;
  };

  const visit = (container: XElement) => {
    for (const c of children(container)) {
      if (isW(c, 'p')) paragraph(c);
      else if (isW(c, 'tbl')) {
        for (const tr of children(c, 'tr')) row(tr);
      } else if (isW(c, 'sdt')) {
        const content = child(c, 'sdtContent');
        if (content) visit(content);
      } else if (isW(c, 'customXml')) {
        visit(c);
      }
    }
  };
  visit(body);

  // A comment belongs to the paragraph where its range starts (else where it is referenced).
  for (const [id, comment] of ctx.comments) {
    const unit = starts.get(id) ?? refs.get(id);
    const target = unit?.block ?? (unit ? nextBlock(units, unit) : null);
    if (!target) continue;
    (target.comments ??= []).push(comment);
  }
  return units;
}

/** The first block at or after a unit (a comment anchored in an empty paragraph goes to the next text). */
function nextBlock(units: BodyUnit[], unit: BodyUnit): Block | null {
  for (let i = unit.paragraph - 1; i < units.length; i++) if (units[i].block) return units[i].block;
  return null;
}

export function blocksOf(units: BodyUnit[]): Block[] {
  return units.flatMap((u) => (u.block ? [u.block] : []));
}
