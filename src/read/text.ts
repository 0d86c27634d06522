// Plain-text and Markdown reader: blank-line paragraphs, plus clause numbers and caps headings
// that start a block on their own line; Markdown headings, list items and table rows keep their kind.
import type { Block, ReadDocument } from '../types.js';
import { joinWrapped, startsNewBlock, tidy } from './lines.js';

/** Split text into lines without a BOM, accepting CRLF, CR and form feeds (page breaks in some .txt exports). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/);
}

interface Pending {
  text: string;
  line: number;
  last: string;
}

function bodyBlock(p: Pending): Block {
  return { text: p.text, location: { page: null, paragraph: null, line: p.line }, kind: 'body' };
}

/** Paragraph blocks of plain text, each located by its first line. */
export function readPlainText(text: string, path: string): ReadDocument {
  const blocks: Block[] = [];
  let current: Pending | null = null;
  const flush = () => {
    if (current && current.text) blocks.push(bodyBlock(current));
    current = null;
  };
  splitLines(text).forEach((raw, i) => {
    const line = tidy(raw);
    if (line === '') return flush();
    if (current && !startsNewBlock(current.last, line)) {
      current.text = joinWrapped(current.text, line);
      current.last = line;
      return;
    }
    flush();
    current = { text: line, line: i + 1, last: line };
  });
  flush();
  return { path, format: 'txt', blocks, pages: null, warnings: [] };
}

// --- Markdown -------------------------------------------------------------------------------

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const ORDERED = /^(\s*)(\d{1,3}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const THEMATIC_BREAK = /^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$/;

/** Remove inline Markdown markup but keep the words: emphasis, code ticks, links, escapes. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[^\p{L}\d\\])\*(?=\S)([^*]*?\S)\*(?![\p{L}\d])/gu, '$1$2')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => stripInline(c.trim()));
}

/**
 * Markdown blocks. Ordered-list markers are kept in the text as written ("1. Fees"), because in a
 * contract they are clause numbers; bullet markers are dropped.
 */
export function readMarkdown(text: string, path: string): ReadDocument {
  const blocks: Block[] = [];
  let current: (Pending & { kind: Block['kind']; listLevel?: number }) | null = null;
  const listIndents: number[] = [];
  let inFence = false;
  let inComment = false;

  const flush = () => {
    if (current && current.text) {
      const block: Block = { ...bodyBlock(current), text: stripInline(current.text), kind: current.kind };
      if (current.kind === 'list-item') block.listLevel = current.listLevel ?? 0;
      if (block.text) blocks.push(block);
    }
    current = null;
  };
  const listLevel = (indent: number): number => {
    while (listIndents.length && listIndents[listIndents.length - 1] > indent) listIndents.pop();
    if (!listIndents.length || listIndents[listIndents.length - 1] < indent) listIndents.push(indent);
    return listIndents.length - 1;
  };

  splitLines(text).forEach((raw, i) => {
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (inComment) {
      if (trimmed.includes('-->')) inComment = false;
      return;
    }
    if (/^<!--/.test(trimmed)) {
      flush();
      if (!trimmed.includes('-->')) inComment = true;
      return;
    }
    if (/^(```|~~~)/.test(trimmed)) {
      flush();
      inFence = !inFence;
      return;
    }
    if (trimmed === '') {
      flush();
      if (!inFence) listIndents.length = 0;
      return;
    }
    if (inFence) {
      flush();
      blocks.push({ text: tidy(raw), location: { page: null, paragraph: null, line: lineNo }, kind: 'body' });
      return;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      flush();
      const headingText = stripInline(heading[2]);
      if (headingText) {
        blocks.push({
          text: headingText,
          location: { page: null, paragraph: null, line: lineNo },
          kind: 'heading',
          headingLevel: heading[1].length,
        });
      }
      return;
    }
    if (THEMATIC_BREAK.test(trimmed)) return flush();
    if (trimmed.startsWith('|')) {
      flush();
      if (TABLE_SEPARATOR.test(trimmed)) return;
      const row = tableCells(trimmed).join(' | ').trim();
      if (row.replace(/[|\s]/g, '')) {
        blocks.push({ text: row, location: { page: null, paragraph: null, line: lineNo }, kind: 'table-row' });
      }
      return;
    }
    const unquoted = raw.replace(/^\s{0,3}>\s?/, '');
    const bullet = BULLET.exec(unquoted);
    const ordered = bullet ? null : ORDERED.exec(unquoted);
    if (bullet || ordered) {
      flush();
      const indent = (bullet ?? ordered)![1].replace(/\t/g, '    ').length;
      const body = bullet ? bullet[2] : `${ordered![2]} ${ordered![3]}`;
      current = { text: tidy(body), line: lineNo, last: tidy(body), kind: 'list-item', listLevel: listLevel(indent) };
      return;
    }
    const line = tidy(unquoted);
    // A lazy continuation of a list item keeps the item's kind; a clause number starts a new block.
    if (current && !startsNewBlock(current.last, line)) {
      current.text = joinWrapped(current.text, line);
      current.last = line;
      return;
    }
    flush();
    current = { text: line, line: lineNo, last: line, kind: 'body' };
  });
  flush();
  return { path, format: 'md', blocks, pages: null, warnings: [] };
}
