// PDF reader on pdf-parse 2 (pdf.js): text per page, running headers/footers and page numbers
// removed, layout line breaks put back together into paragraphs.
import { DocumentError } from '../errors.js';
import type { Block, ReadDocument } from '../types.js';
import { DEFAULT_LIMITS, checkChars, tooLarge } from './limits.js';
import type { Limits } from './limits.js';
import { endsEntry, joinWrapped, startsNewBlock, tidy } from './lines.js';

export interface PdfLine {
  text: string;
  page: number;
}

/** How many lines at the top and at the bottom of a page may hold a running header or footer. */
const EDGE_LINES = 3;
/** Below this many letters per page on average, the PDF is taken to have no text layer. */
const MIN_LETTERS_PER_PAGE = 30;

const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^page\s+\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(of|\/)\s*\d{1,4}$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^[ivxlc]{1,6}$/,
];

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(line.trim()));
}

/** Digits vary between pages ("Page 3 of 10"), so they are ignored when comparing edge lines. */
function edgeKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Drop running headers/footers and page numbers. A header/footer is a line within EDGE_LINES of
 * the top or bottom of a page (in text order) that, digits aside, recurs there on at least half of
 * the pages (and at least two). Short number-only lines are never taken as headers unless they look
 * like page numbers, so a clause number "1." at the top of several pages survives.
 */
export function removePageFurniture(pages: string[][]): { lines: PdfLine[]; removed: number } {
  const edges = (lines: string[]) => {
    const top = lines.slice(0, EDGE_LINES).map((_, i) => i);
    const bottom = lines.slice(-EDGE_LINES).map((_, i) => Math.max(0, lines.length - EDGE_LINES) + i);
    return [...new Set([...top, ...bottom])];
  };
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edges(lines).map((i) => edgeKey(lines[i])));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const isFurniture = (line: string): boolean => {
    if (isPageNumberLine(line)) return true;
    if ((line.match(/\p{L}/gu) ?? []).length < 3) return false;
    return (pagesWithKey.get(edgeKey(line)) ?? 0) >= threshold;
  };

  const lines: PdfLine[] = [];
  let removed = 0;
  pages.forEach((pageLines, p) => {
    const edgeIndexes = new Set(edges(pageLines));
    pageLines.forEach((text, i) => {
      if (edgeIndexes.has(i) && isFurniture(text)) removed += 1;
      else lines.push({ text, page: p + 1 });
    });
  });
  return { lines, removed };
}

/** A typical full line length, so a short line ending a sentence can be seen as a paragraph's last line. */
function fullLineLength(lines: PdfLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (!lengths.length) return 80;
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/**
 * Rebuild paragraphs from layout lines. A line starts a new block when it starts with a clause
 * number or is a caps heading (see startsNewBlock), or when the previous line ended a sentence and
 * was clearly shorter than a full line (a paragraph's last line), or was a short unpunctuated line
 * (a title) and this one does not start lowercase. Otherwise it continues the paragraph, across
 * page breaks too; a block's page is the page it starts on.
 */
export function paragraphsFromLines(lines: PdfLine[]): Block[] {
  const full = fullLineLength(lines);
  const blocks: Block[] = [];
  let current: { text: string; page: number; last: string } | null = null;
  const flush = () => {
    if (current) blocks.push({ text: current.text, location: { page: current.page, paragraph: null, line: null }, kind: 'body' });
    current = null;
  };
  for (const { text, page } of lines) {
    if (current) {
      const prev = current.last;
      const continues = /^\p{Ll}/u.test(text) || /[-,]$/.test(prev);
      // The last line of a paragraph: ends a sentence and stops clearly short of the margin.
      const lastLine = prev.length < full * 0.8 && endsEntry(prev);
      // A title or heading line: short, few words, no closing punctuation.
      const titleLine = prev.length < full * 0.6 && prev.split(' ').length <= 8 && !endsEntry(prev) && !/[,;(]$/.test(prev);
      const newBlock = startsNewBlock(prev, text) || (!continues && (lastLine || titleLine));
      if (!newBlock) {
        current.text = joinWrapped(current.text, text);
        current.last = text;
        continue;
      }
      flush();
    }
    current = { text, page, last: text };
  }
  flush();
  return blocks;
}

export async function readPdf(bytes: Uint8Array, path: string, limits: Pick<Limits, 'maxPages' | 'maxChars'> = DEFAULT_LIMITS): Promise<ReadDocument> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may take ownership of (detach) the buffer it is given, so it gets a copy. A PDF is
  // hostile input: no eval'd font code, no font loading, nothing fetched.
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
  });
  let pageTexts: string[];
  try {
    // The page count comes from the cross-reference table: refuse before extracting any page.
    const { total } = await parser.getInfo();
    if (total > limits.maxPages) throw tooLarge(path, 'maxPages', total, limits.maxPages);
    const result = await parser.getText();
    pageTexts = [...result.pages].sort((a, b) => a.num - b.num).map((p) => p.text);
  } catch (err) {
    throw err instanceof DocumentError ? err : pdfError(err, path);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  checkChars(path, pageTexts.reduce((n, t) => n + t.length, 0), limits);

  const pageLines = pageTexts.map((t) => t.split(/\r?\n/).map(tidy).filter(Boolean));
  const letters = pageTexts.map((t) => (t.match(/\p{L}/gu) ?? []).length);
  const totalLetters = letters.reduce((a, b) => a + b, 0);
  if (pageTexts.length === 0) throw new DocumentError('CORRUPT_PDF', `${path} has no pages`);
  if (totalLetters < MIN_LETTERS_PER_PAGE * pageTexts.length) {
    throw new DocumentError('NO_TEXT_LAYER', `${path} has no extractable text (scanned image?); it was not checked`);
  }

  const warnings: string[] = [];
  const blankPages = letters.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  if (blankPages.length) {
    warnings.push(`${path}: page${blankPages.length > 1 ? 's' : ''} ${blankPages.join(', ')} ha${blankPages.length > 1 ? 've' : 's'} no extractable text (scanned image or blank?); not checked`);
  }
  const { lines } = removePageFurniture(pageLines);
  return { path, format: 'pdf', blocks: paragraphsFromLines(lines), pages: pageTexts.length, warnings };
}

/** Every pdf-parse/pdf.js failure becomes one DocumentError line naming the file. */
function pdfError(err: unknown, path: string): DocumentError {
  const name = err instanceof Error ? err.name : '';
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
  if (name === 'PasswordException') {
    return new DocumentError('ENCRYPTED_PDF', `${path} is password-protected; remove the password (e.g. print to a new PDF) and try again`);
  }
  if (name === 'InvalidPDFException') {
    return new DocumentError('CORRUPT_PDF', `${path} is not a valid PDF (${message || 'invalid structure'})`);
  }
  return new DocumentError('CORRUPT_PDF', `${path} could not be read as a PDF: ${message || name || 'unknown error'}`);
}
