// Entry point of the readers: decide the format from the bytes (the extension only breaks ties
// between text formats), then hand over to one reader. Heavy libraries (pdf.js, the docx reader) and
// the format readers are imported only when a document needs them, so `termlint --version` stays fast.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DocumentError } from '../errors.js';
import type { DocFormat, ReadDocument, TermSheetDocument } from '../types.js';
// limits.js is small and imports only errors.js: it does not slow startup.
import { DEFAULT_LIMITS, checkChars, resolveLimits, tooLarge, type Limits } from './limits.js';

export interface ReadOptions {
  /** Largest file read, in bytes; default 50 MB. Shorthand for limits.maxFileBytes (wins over it). */
  maxBytes?: number;
  /** Size, page and character limits; unset ones keep their defaults (src/read/limits.ts). */
  limits?: Partial<Limits>;
}

export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxFileBytes;

function limitsOf(opts: ReadOptions): Limits {
  return resolveLimits({ ...opts.limits, ...(opts.maxBytes !== undefined ? { maxFileBytes: opts.maxBytes } : {}) });
}

/** The format a file's extension claims, for the "x.pdf is a docx file" warning and text tie-breaks. */
const EXTENSION_FORMAT: Readonly<Record<string, DocFormat>> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.text': 'txt',
  '.yaml': 'termsheet',
  '.yml': 'termsheet',
};

/** Recognisable non-contract files, by magic bytes: named in UNSUPPORTED_FORMAT messages. */
const OTHER_SIGNATURES: ReadonlyArray<{ magic: number[]; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office file (.doc/.xls) or a password-protected Office file; save it as .docx without a password' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file; save it as .docx or .pdf' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
];

/** Office Open XML and ODF packages that are zips but not Word documents. */
const ZIP_MEMBERS: ReadonlyArray<{ member: string; what: string }> = [
  { member: 'xl/workbook.xml', what: 'an Excel workbook (.xlsx)' },
  { member: 'ppt/presentation.xml', what: 'a PowerPoint presentation (.pptx)' },
  { member: 'mimetypeapplication/vnd.oasis.opendocument.text', what: 'an OpenDocument text file (.odt); save it as .docx' },
  { member: 'mimetypeapplication/vnd.oasis.opendocument', what: 'an OpenDocument file' },
];

export interface SniffResult {
  format: DocFormat | null;
  /** Set when the extension disagrees with the bytes: "x.pdf is a docx file; read as docx". */
  warning?: string;
  /** Why format is null, as a DocumentError the caller can throw. */
  error?: DocumentError;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function includesAscii(bytes: Uint8Array, needle: string): boolean {
  // latin1 maps bytes 1:1, so a zip's stored member names can be searched as a string.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').includes(needle);
}

function findAscii(bytes: Uint8Array, needle: string, within: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, within)).toString('latin1').includes(needle);
}

/** Does the text look like a term sheet: a top-level `termsheet:` key? */
export function isTermSheetText(text: string): boolean {
  return /^["']?termsheet["']?[ \t]*:/m.test(text.replace(/^\uFEFF/, ''));
}

interface Decoded {
  text: string | null;
  warning?: string;
}

/**
 * Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252 with a warning.
 * NUL bytes or many control characters mean the file is not text (text: null).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { text: null };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  }
  if (control > sample.length * 0.05) return { text: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes), warning: 'is not valid UTF-8; read as Windows-1252' };
  }
}

/** Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node's TextDecoder treats the two alike). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

interface Sniffed extends SniffResult {
  text?: string;
}

function sniff(bytes: Uint8Array, path: string, hint?: DocFormat): Sniffed {
  const name = basename(path) || path;
  const claimed = hint ?? EXTENSION_FORMAT[extname(path).toLowerCase()];
  const unsupported = (what: string): Sniffed => ({
    format: null,
    error: new DocumentError('UNSUPPORTED_FORMAT', `${path} is ${what}; termlint reads .docx, .pdf, .md, .txt and .yaml term sheets`),
  });
  const found = (format: DocFormat, extra: Partial<Sniffed> = {}): Sniffed => {
    const mismatch = claimed && claimed !== format && !(isText(claimed) && isText(format));
    return { format, ...extra, ...(mismatch ? { warning: `${name} is a ${label(format)} file; read as ${format}` } : {}) };
  };

  if (bytes.byteLength === 0) return { format: null, error: new DocumentError('EMPTY_FILE', `${path} is empty`) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (includesAscii(bytes, 'word/document.xml')) return found('docx');
    const other = ZIP_MEMBERS.find((z) => includesAscii(bytes, z.member));
    return unsupported(other ? other.what : 'a zip archive, not a Word document');
  }
  // The PDF header may follow some junk bytes; readers accept it within the first 1024.
  if (findAscii(bytes, '%PDF-', 1024)) return found('pdf');
  const signature = OTHER_SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (signature) return unsupported(signature.what);

  const decoded = decodeText(bytes);
  if (decoded.text === null) {
    return { format: null, error: new DocumentError('BINARY_FILE', `${path} is a binary file, not text, .docx or .pdf`) };
  }
  const warnings = decoded.warning ? `${name} ${decoded.warning}` : undefined;
  if (isTermSheetText(decoded.text)) return found('termsheet', { text: decoded.text, warning: warnings });
  if (claimed === 'termsheet') {
    return unsupported('YAML without a top-level `termsheet:` key (not a term sheet)');
  }
  const textFormat = claimed === 'md' ? 'md' : 'txt';
  return found(textFormat, { text: decoded.text, warning: warnings });
}

function isText(format: DocFormat): boolean {
  return format === 'md' || format === 'txt';
}

function label(format: DocFormat): string {
  return format === 'termsheet' ? 'term sheet' : format === 'md' || format === 'txt' ? 'text' : format;
}

/**
 * The document format of some bytes; the path's extension only breaks ties between text formats.
 * `format` is null when termlint cannot read the bytes; `error` then says why (the error readBuffer throws).
 */
export function sniffFormat(bytes: Uint8Array, path: string): SniffResult {
  const { format, warning, error } = sniff(bytes, path);
  return { format, ...(warning ? { warning } : {}), ...(error ? { error } : {}) };
}

/** Read bytes already in memory (stdin); `hint` stands in for the extension. */
export async function readBuffer(
  bytes: Uint8Array,
  displayPath: string,
  hint?: DocFormat,
  opts: ReadOptions = {},
): Promise<ReadDocument | TermSheetDocument> {
  const limits = limitsOf(opts);
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(displayPath, 'maxFileBytes', bytes.byteLength, limits.maxFileBytes);
  const sniffed = sniff(bytes, displayPath, hint);
  if (sniffed.error || !sniffed.format) throw sniffed.error ?? new DocumentError('UNSUPPORTED_FORMAT', `${displayPath}: unknown format`);
  const warnings = sniffed.warning ? [sniffed.warning] : [];
  try {
    const doc = await readAs(sniffed.format, bytes, sniffed.text ?? '', displayPath, limits);
    // Whatever the reader, the text that reaches the analysers stays within the character limit.
    if (doc.format !== 'termsheet') checkChars(displayPath, doc.blocks.reduce((n, b) => n + b.text.length, 0), limits);
    doc.warnings.unshift(...warnings);
    return doc;
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    // A library failure we did not foresee: still one line naming the file, never a stack.
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const code = sniffed.format === 'docx' ? 'CORRUPT_DOCX' : sniffed.format === 'pdf' ? 'CORRUPT_PDF' : 'INTERNAL';
    throw new DocumentError(code, `${displayPath} could not be read: ${message}`);
  }
}

/** The docx reader as index.ts calls it: limits are passed so it can cap what it inflates. */
type DocxReader = (bytes: Uint8Array, path: string, limits: Limits) => Promise<ReadDocument>;

async function readAs(
  format: DocFormat,
  bytes: Uint8Array,
  text: string,
  path: string,
  limits: Limits,
): Promise<ReadDocument | TermSheetDocument> {
  switch (format) {
    case 'docx': {
      const readDocx: DocxReader = (await import('./docx.js')).readDocx;
      return readDocx(bytes, path, limits);
    }
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, path, limits);
    case 'termsheet':
      return (await import('./termsheet.js')).parseTermSheet(path, text.replace(/^\uFEFF/, ''));
    case 'md':
    case 'txt': {
      // Refused before any line is split: the readers' work grows with the text.
      checkChars(path, text.length, limits);
      if (!text.trim()) throw new DocumentError('EMPTY_FILE', `${path} contains only whitespace`);
      const { readMarkdown, readPlainText } = await import('./text.js');
      return format === 'md' ? readMarkdown(text, path) : readPlainText(text, path);
    }
  }
}

/** Read one document from disk. Every failure is a DocumentError with a one-line message naming the file. */
export async function readDocument(path: string, opts: ReadOptions = {}): Promise<ReadDocument | TermSheetDocument> {
  const max = limitsOf(opts).maxFileBytes;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DocumentError('UNSUPPORTED_FORMAT', `${path} is a folder, not a document`);
    // A device or pipe (/dev/zero, a FIFO) reports size 0 and may never end: never read one.
    if (!info.isFile()) throw new DocumentError('UNSUPPORTED_FORMAT', `${path} is not a regular file`);
    if (info.size > max) throw tooLarge(path, 'maxFileBytes', info.size, max);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DocumentError('NOT_FOUND', `${path} not found`);
    if (code === 'EACCES' || code === 'EPERM') throw new DocumentError('NOT_FOUND', `${path} cannot be opened (permission denied)`);
    throw new DocumentError('NOT_FOUND', `${path} cannot be read (${code ?? (err as Error).message})`);
  }
  return readBuffer(bytes, path, undefined, opts);
}
