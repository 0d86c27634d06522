// Word reader on word/document.xml itself (not mammoth, which silently accepts tracked changes
// and drops list labels): the text as if all tracked changes were accepted, with each block
// remembering the insertion it came from, list labels computed from numbering.xml ("8.2", "(b)"),
// and existing Word comments attached to the paragraphs they are on.
import { DocumentError } from '../errors.js';
import type { ReadDocument, WordComment } from '../types.js';
import { parseComments } from './docx/comments.js';
import { blocksOf, walkBody, type BodyUnit } from './docx/document.js';
import { EMPTY_NUMBERING, NumberingCounter, parseNumbering, type NumberingDefs } from './docx/numbering.js';
import { openPackage, relatedPart, type DocxPackage } from './docx/package.js';
import { Styles, parseStyles } from './docx/styles.js';
import { XmlError, child, parseXml, type XDocument } from './docx/xml.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { ZipLimits } from './docx/zip.js';

export interface ParsedDocx {
  pkg: DocxPackage;
  /** The parsed main document (annotate edits this tree). */
  document: XDocument;
  units: BodyUnit[];
  warnings: string[];
}

/** Read a related part leniently: a damaged styles/numbering/comments part costs a warning, not the document. */
function optionalPart<T>(pkg: DocxPackage, kind: 'styles' | 'numbering' | 'comments', parse: (xml: string) => T, warnings: string[], what: string): T | null {
  const part = relatedPart(pkg, kind);
  if (!part) return null;
  const xml = pkg.zip.readText(part);
  if (xml === null) return null;
  try {
    return parse(xml);
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    warnings.push(`${part} is damaged (${err.message}); ${what}`);
    return null;
  }
}

/** Parse a .docx into body units (paragraphs and table rows) with their blocks. */
export function parseDocx(bytes: Uint8Array, path: string, limits: ZipLimits = DEFAULT_LIMITS): ParsedDocx {
  const pkg = openPackage(bytes, path, limits);
  const warnings: string[] = [];
  const xml = pkg.zip.readText(pkg.mainPart);
  if (xml === null) throw new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: no document body`);
  let document: XDocument;
  try {
    document = parseXml(xml);
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    throw new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: ${pkg.mainPart} is not well-formed XML (${err.message})`);
  }
  const body = child(document.documentElement, 'body');
  if (!body) throw new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: no document body`);

  const styles = optionalPart(pkg, 'styles', parseStyles, warnings, 'headings are read from text only') ?? Styles.empty();
  const defs: NumberingDefs = optionalPart(pkg, 'numbering', parseNumbering, warnings, 'list numbers are missing') ?? EMPTY_NUMBERING;
  const comments: Map<string, WordComment> =
    optionalPart(pkg, 'comments', parseComments, warnings, 'its comments are not shown') ?? new Map();
  const numbering = new NumberingCounter(defs, (styleId) => styles.numbering(styleId).numId);
  const units = walkBody(body, { styles, numbering, comments });
  return { pkg, document, units, warnings };
}

export async function readDocx(bytes: Uint8Array, path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ReadDocument> {
  const parsed = parseDocx(bytes, path, limits);
  const blocks = blocksOf(parsed.units);
  if (!blocks.length) throw new DocumentError('EMPTY_FILE', `${path} has no text; it was not checked`);
  return { path, format: 'docx', blocks, pages: null, warnings: parsed.warnings };
}
