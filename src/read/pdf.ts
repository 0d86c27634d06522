// PDF reader on pdf.js (pdfjs-dist, the version pdf-parse 2 pins): text per page, running
// headers/footers and page numbers removed, layout line breaks put back together into paragraphs.
import { DocumentError } from '../errors.js';
import type { Block, ReadDocument } from '../types.js';
import { DEFAULT_LIMITS, checkChars, tooLarge } from './limits.js';
import type { Limits } from './limits.js';
import { endsEntry, endsWithRestatedNumber, joinWrapped, startsNewBlock, tidy } from './lines.js';
import { findTables, sameColumns, tableRowBlocks } from './pdf-tables.js';
import type { PdfTable, PdfTextItem } from './pdf-tables.js';

export interface PdfLine {
  text: string;
  page: number;
  /** Set on the lines a table was drawn on: the table's row blocks, given once in place of those lines. */
  tableRows?: Block[];
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
  const lines = keptLines(pages, furnitureMask(pages));
  return { lines, removed: pages.reduce((n, p) => n + p.length, 0) - lines.length };
}

/** The lines that are not page furniture, in order, each with its page and (if drawn in a table) the table's rows. */
function keptLines(pages: string[][], furniture: boolean[][], tableRowsAt?: (page: number, line: number) => Block[] | undefined): PdfLine[] {
  const lines: PdfLine[] = [];
  pages.forEach((texts, p) => {
    texts.forEach((text, i) => {
      if (furniture[p]![i]) return;
      const tableRows = tableRowsAt?.(p, i);
      lines.push(tableRows ? { text, page: p + 1, tableRows } : { text, page: p + 1 });
    });
  });
  return lines;
}

/** Which lines of each page are running headers, footers or page numbers (see removePageFurniture). */
function furnitureMask(pages: string[][]): boolean[][] {
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

  return pages.map((pageLines) => {
    const edgeIndexes = new Set(edges(pageLines));
    return pageLines.map((text, i) => edgeIndexes.has(i) && isFurniture(text));
  });
}

/** A typical full line length, so a short line ending a sentence can be seen as a paragraph's last line. */
function fullLineLength(lines: PdfLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (!lengths.length) return 80;
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** Words of a line as `line.split(' ').length` counts them, without building the array. */
function wordCount(line: string): number {
  let n = 1;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) n += 1;
  return n;
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
  let lastTable: Block[] | undefined;
  for (const { text, page, tableRows } of lines) {
    if (tableRows) {
      // A table ends the paragraph before it; its rows come once, where its first line was.
      flush();
      if (tableRows !== lastTable) blocks.push(...tableRows);
      lastTable = tableRows;
      continue;
    }
    if (current) {
      const prev = current.last;
      const continues = /^\p{Ll}/u.test(text) || /[-,]$/.test(prev);
      // The last line of a paragraph: ends a sentence and stops clearly short of the margin.
      const lastLine = prev.length < full * 0.8 && endsEntry(prev);
      // A title or heading line: short, few words, no closing punctuation.
      const titleLine = prev.length < full * 0.6 && wordCount(prev) <= 8 && !endsEntry(prev) && !/[,;(]$/.test(prev) && !endsWithRestatedNumber(prev);
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

/**
 * pdf.js and its worker code, loaded once per process or worker thread. Loaded directly rather
 * than through pdf-parse's PDFParse, which asks for metadata, outline, permissions and page labels
 * we do not use; the per-page text below is built exactly as PDFParse.getText() builds it.
 */
interface Pdfjs {
  lib: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  /** The worker side's entry point, run on this thread over a port that does not copy messages. */
  workerHandler: { initializeFromPort(port: SameThreadPort): void };
}
let pdfjs: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    // pdf.js's legacy build bundles core-js, which swaps Array.prototype.push and JSON.parse for
    // slower JavaScript versions in the whole process (spec corner cases pdf.js does not need): the
    // swapped push is 3x slower, was ~8% of reading in a profile, and slowed every later stage too.
    // The built-ins are put back once both bundles have run; the polyfills that only add missing
    // methods (Promise.withResolvers and the like, which pdf.js uses) stay.
    const nativePush = Array.prototype.push;
    const nativeJsonParse = JSON.parse;
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // The worker bundle has no type declarations; a non-literal specifier keeps tsc from asking.
      const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
      const { WorkerMessageHandler } = (await import(workerModule)) as { WorkerMessageHandler: Pdfjs['workerHandler'] };
      return { lib, workerHandler: WorkerMessageHandler };
    } finally {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(JSON, 'parse', { value: nativeJsonParse, writable: true, enumerable: false, configurable: true });
    }
  })();
  return pdfjs;
}

type Listener = (event: { data: unknown }) => void;

/**
 * The worker streams a page's text by sending its textContent object and then giving that object
 * fresh `items` and `styles` arrays: without the copy a real port makes, the receiver would see the
 * new empty ones. A shallow copy of a plain-object chunk is all that copy protected.
 */
function withOwnChunk(message: unknown): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  if (chunk === null || typeof chunk !== 'object' || Object.getPrototypeOf(chunk) !== Object.prototype) return message;
  return { ...(message as object), chunk: { ...chunk } };
}

/**
 * The two ends of pdf.js's main/worker channel on one thread. pdf.js's own "fake worker" port
 * structured-clones every message (each text chunk of each page): ~7% of reading plus garbage;
 * on one thread nothing needs the copy: each side hands the other objects it no longer touches.
 * Delivery stays asynchronous (a microtask), as with a real port.
 */
class SameThreadPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  postMessage(message: unknown): void {
    const data = withOwnChunk(message);
    queueMicrotask(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, { data });
    });
  }
  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    let unlisten: (() => void) | null = null;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_type, listener);
      signal.addEventListener('abort', onAbort);
      unlisten = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unlisten);
  }
  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }
  terminate(): void {
    for (const unlisten of this.#listeners.values()) unlisten?.();
    this.#listeners.clear();
  }
}

/** PDFParse.getText()'s defaults: a line break where y jumps by more than this (and a line's height)... */
const LINE_THRESHOLD = 4.6;
/** ...and a tab between two items on one line more than this far apart (tidy() makes it a space). */
const CELL_THRESHOLD = 7;

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['lib']['getDocument']>['promise']>['getPage']>>;

/**
 * One page's text, item by item, with line breaks where pdf.js marks an end of line or the
 * baseline moves down more than a line: the same algorithm and thresholds as pdf-parse 2's
 * PDFParse.getPageText (Apache-2.0) with its defaults, so the text is unchanged.
 */
async function pageText(page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const parts: string[] = [];
  const items: PdfTextItem[] = [];
  const itemLines: number[] = [];
  // The text line (index in text.split('\n')) each item's text starts on, for finding a table's lines.
  let line = 0;
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const lastPart = parts.length ? parts[parts.length - 1] : undefined;
      const startsLine = str.startsWith('\n') || (str.trim() === '' && item.hasEOL);
      if (lastPart?.endsWith('\n') === false && !startsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        parts.push('\n');
        line += 1;
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < LINE_THRESHOLD && lastX !== undefined && Math.abs(lastX - x) > CELL_THRESHOLD) {
      str = `\t${str}`;
    }
    parts.push(str);
    items.push({ str: item.str, x, y, width: item.width, height: item.height });
    // Text before a newline inside the item is on this line; an item is one line in practice.
    itemLines.push(str.startsWith('\n') ? line + 1 : line);
    for (let i = str.indexOf('\n'); i !== -1; i = str.indexOf('\n', i + 1)) line += 1;
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) {
      parts.push('\n');
      line += 1;
    }
    if (item.hasEOL || str.endsWith('\n')) lineHeight = 0;
  }
  return { text: parts.join(''), items, itemLines };
}

/** A page's text as pdf-parse gives it, and its text items with the text line each starts on. */
interface PageContent {
  text: string;
  items: PdfTextItem[];
  itemLines: number[];
}

/**
 * The text of every page, in page order, as pdf-parse 2's getText() gives it. Throws a
 * DocumentError (ENCRYPTED_PDF, CORRUPT_PDF, or TOO_LARGE over maxPages) for a PDF it cannot read.
 */
export async function readPdfPages(bytes: Uint8Array, path: string, limits: Pick<Limits, 'maxPages'> = DEFAULT_LIMITS): Promise<string[]> {
  return (await readPdfContents(bytes, path, limits)).map((p) => p.text);
}

async function readPdfContents(bytes: Uint8Array, path: string, limits: Pick<Limits, 'maxPages'>): Promise<PageContent[]> {
  const { lib, workerHandler } = await loadPdfjs();
  const port = new SameThreadPort();
  workerHandler.initializeFromPort(port);
  const worker = new lib.PDFWorker({ port: port as unknown as null, verbosity: 0 });
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy. A PDF is
  // hostile input: no eval'd font code, no font loading, nothing fetched.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    worker,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
  });
  const pageTexts: PageContent[] = [];
  try {
    const doc = await task.promise;
    // The page count comes from the cross-reference table: refuse before extracting any page.
    if (doc.numPages > limits.maxPages) throw tooLarge(path, 'maxPages', doc.numPages, limits.maxPages);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pageTexts.push(await pageText(page));
      // Drop the page's parsed resources now rather than when the document goes.
      page.cleanup();
    }
  } catch (err) {
    throw err instanceof DocumentError ? err : pdfError(err, path);
  } finally {
    await task.destroy().catch(() => undefined);
    worker.destroy();
    port.terminate();
  }
  return pageTexts;
}

export async function readPdf(bytes: Uint8Array, path: string, limits: Pick<Limits, 'maxPages' | 'maxChars'> = DEFAULT_LIMITS): Promise<ReadDocument> {
  const contents = await readPdfContents(bytes, path, limits);
  const pageTexts = contents.map((c) => c.text);
  checkChars(path, pageTexts.reduce((n, t) => n + t.length, 0), limits);

  const pageLines: string[][] = [];
  const pageTables: (PdfTable | undefined)[][] = [];
  contents.forEach((content) => {
    const rawLines = content.text.split(/\r?\n/);
    const tableOfLine = tableLines(content, rawLines);
    const lines: string[] = [];
    const tables: (PdfTable | undefined)[] = [];
    rawLines.forEach((raw, i) => {
      const text = tidy(raw);
      if (!text) return;
      lines.push(text);
      tables.push(tableOfLine.get(i));
    });
    pageLines.push(lines);
    pageTables.push(tables);
  });
  const letters = pageTexts.map(countLetters);
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
  const furniture = furnitureMask(pageLines);
  const rowsOfTable = tableBlocks(pageTables, furniture);
  const lines = keptLines(pageLines, furniture, (p, i) => {
    const table = pageTables[p]![i];
    return table && rowsOfTable.get(table);
  });
  return { path, format: 'pdf', blocks: paragraphsFromLines(lines), pages: pageTexts.length, warnings };
}

/**
 * Each table's row blocks. A table's first lines alone at the foot of a page (a header row) join the
 * table that opens the next page on the same columns, and its last lines alone at the head of a page
 * join the table that ends the previous page, when nothing but page furniture is between; otherwise
 * they stay text.
 */
function tableBlocks(pageTables: (PdfTable | undefined)[][], furniture: boolean[][]): Map<PdfTable, Block[]> {
  const rows = new Map<PdfTable, Block[]>();
  const content = (p: number) => pageTables[p].filter((_, i) => !furniture[p][i]);
  pageTables.forEach((tables, p) => {
    for (const table of new Set(tables)) {
      const partial = table?.continuesOnNextPage || table?.continuesFromPreviousPage;
      if (table && !partial && !rows.has(table)) rows.set(table, tableRowBlocks(table, p + 1));
    }
  });
  pageTables.forEach((_, p) => {
    if (p + 1 >= pageTables.length) return;
    const here = content(p);
    const foot = here[here.length - 1];
    const head = content(p + 1)[0];
    if (!foot || !head || !sameColumns(foot, head)) return;
    const footRows = rows.get(foot);
    const headRows = rows.get(head);
    if (foot.continuesOnNextPage && headRows) {
      const merged = [...tableRowBlocks(foot, p + 1), ...headRows];
      rows.set(foot, merged);
      rows.set(head, merged);
    } else if (head.continuesFromPreviousPage && footRows) {
      const merged = [...footRows, ...tableRowBlocks(head, p + 2)];
      rows.set(foot, merged);
      rows.set(head, merged);
    }
  });
  return rows;
}

/**
 * The page's tables by the text line (index into rawLines) they were drawn on. A table is kept only
 * when its lines hold no other text and follow one another: the text around it is then the same
 * lines as without tables, so everything outside tables reads exactly as before.
 */
function tableLines(content: PageContent, rawLines: readonly string[]): Map<number, PdfTable> {
  const byLine = new Map<number, PdfTable>();
  const tables = findTables(content.items);
  if (!tables.length) return byLine;
  const tableOfItem = new Map<number, PdfTable>();
  for (const table of tables) for (const i of table.items) tableOfItem.set(i, table);
  // Each line's owner: one table, or OTHER when it holds text outside that table.
  const OTHER = null;
  const owner = new Map<number, PdfTable | null>();
  content.items.forEach((item, i) => {
    if (item.str.trim() === '') return;
    const line = content.itemLines[i];
    const table = tableOfItem.get(i) ?? OTHER;
    const seen = owner.get(line);
    owner.set(line, seen === undefined || seen === table ? table : OTHER);
  });
  for (const table of tables) {
    const lines = [...new Set(table.items.map((i) => content.itemLines[i]))].sort((a, b) => a - b);
    if (!lines.every((l) => owner.get(l) === table)) continue;
    // No other non-empty line between the table's first and last lines.
    let contiguous = true;
    for (let l = lines[0]; l <= lines[lines.length - 1] && contiguous; l++) {
      if (owner.get(l) !== table && tidy(rawLines[l] ?? '') !== '') contiguous = false;
    }
    if (contiguous) for (const l of lines) byLine.set(l, table);
  }
  return byLine;
}

const LETTER = /^\p{L}$/u;

/**
 * How many letters (code points of Unicode category L) a page holds. ASCII is decided by char
 * code and only other characters go to the regex: 5x faster than collecting every \p{L} match.
 */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) n += 1;
      continue;
    }
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) i += 1;
    if (LETTER.test(String.fromCodePoint(point))) n += 1;
  }
  return n;
}

/** Every pdf.js failure becomes one DocumentError line naming the file. */
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
