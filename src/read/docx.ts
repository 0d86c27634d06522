// Word reader on mammoth's document model (not its HTML): paragraph styles give headings,
// numbering gives list items, each table row becomes one block.
import { DocumentError } from '../errors.js';
import type { Block, ReadDocument } from '../types.js';
import { tidy } from './lines.js';

/** The parts of mammoth's (untyped) document model this reader uses. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
}

function textOf(element: MammothElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
    case 'break':
      return ' ';
    case 'paragraph':
      return `${(element.children ?? []).map(textOf).join('')}\n`;
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (element.children ?? []).map(textOf).join('');
  }
}

function headingLevel(p: MammothElement): number | null {
  const name = p.styleName ?? p.styleId ?? '';
  const heading = /^heading\s*(\d)$/i.exec(name.trim());
  if (heading) return Number(heading[1]);
  if (/^title$/i.test(name.trim())) return 1;
  return null;
}

/**
 * Blocks in body order. location.paragraph counts every body-level paragraph (empty ones too) and
 * every table row, so a later step can find the same paragraph in the .docx again.
 */
export function blocksFromDocument(document: MammothElement): Block[] {
  const blocks: Block[] = [];
  let paragraphIndex = 0;

  const visit = (element: MammothElement) => {
    if (element.type === 'paragraph') {
      paragraphIndex += 1;
      const text = tidy(textOf(element).replace(/\n/g, ' '));
      if (!text) return;
      const block: Block = { text, location: { page: null, paragraph: paragraphIndex, line: null }, kind: 'body' };
      const level = headingLevel(element);
      if (level !== null) {
        block.kind = 'heading';
        block.headingLevel = level;
      } else if (element.numbering) {
        block.kind = 'list-item';
        block.listLevel = Number(element.numbering.level) || 0;
      }
      blocks.push(block);
      return;
    }
    if (element.type === 'table') {
      for (const row of element.children ?? []) {
        if (row.type !== 'tableRow') continue;
        paragraphIndex += 1;
        const cells = (row.children ?? []).map((cell) => tidy(textOf(cell).replace(/\n/g, ' ')));
        if (cells.some((c) => c)) {
          blocks.push({ text: cells.join(' | ').trim(), location: { page: null, paragraph: paragraphIndex, line: null }, kind: 'table-row' });
        }
      }
      return;
    }
    // Content controls, hyperlinks and other wrappers at body level: look inside.
    for (const child of element.children ?? []) visit(child);
  };
  for (const child of document.children ?? []) visit(child);
  return blocks;
}

export async function readDocx(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  const mammoth = (await import('mammoth')).default;
  let document: MammothElement | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: MammothElement) => {
          document = doc;
          return doc;
        },
      },
    );
  } catch (err) {
    throw new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: ${describe(err)}`);
  }
  if (!document) throw new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: no document body`);
  const blocks = blocksFromDocument(document);
  if (!blocks.length) throw new DocumentError('EMPTY_FILE', `${path} has no text; it was not checked`);
  return { path, format: 'docx', blocks, pages: null, warnings: [] };
}

function describe(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].trim() || 'unknown error';
}
