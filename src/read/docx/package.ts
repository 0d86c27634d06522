// The parts of a .docx package: the main document found through _rels/.rels, and the parts it
// relates to (styles, numbering, comments) through its own relationships file.
import { posix } from 'node:path';
import { DocumentError } from '../../errors.js';
import { XmlError, elementsByLocalName, parseXml, plainAttr } from './xml.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { ZipArchive, type ZipLimits } from './zip.js';

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const REL_TYPES = {
  officeDocument: `${REL_BASE}officeDocument`,
  styles: `${REL_BASE}styles`,
  numbering: `${REL_BASE}numbering`,
  comments: `${REL_BASE}comments`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Zip entry name the target resolves to (no leading slash); null for external targets. */
  part: string | null;
}

export interface DocxPackage {
  zip: ZipArchive;
  /** Zip entry of the main document, usually word/document.xml. */
  mainPart: string;
  /** Zip entry of the main document's relationships, e.g. word/_rels/document.xml.rels. */
  relsPart: string;
  rels: Relationship[];
}

/** "word/document.xml" + "styles.xml" -> "word/styles.xml"; "/word/x.xml" is from the package root. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target.slice(1));
  return posix.normalize(posix.join(posix.dirname(sourcePart), target));
}

export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function parseRels(xml: string, sourcePart: string): Relationship[] {
  const root = parseXml(xml).documentElement;
  return elementsByLocalName(root, 'Relationship').map((r) => {
    const target = plainAttr(r, 'Target') ?? '';
    const external = plainAttr(r, 'TargetMode') === 'External';
    return {
      id: plainAttr(r, 'Id') ?? '',
      type: plainAttr(r, 'Type') ?? '',
      part: external || !target ? null : resolveTarget(sourcePart, target),
    };
  });
}

/** Strict OOXML names relationship types under another base; the last segment is the same. */
export function isRelType(type: string, kind: keyof typeof REL_TYPES): boolean {
  return type === REL_TYPES[kind] || type.endsWith(`/${kind}`);
}

function corrupt(path: string, why: string): DocumentError {
  return new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: ${why}`);
}

export function openPackage(bytes: Uint8Array, path: string, limits: ZipLimits = DEFAULT_LIMITS): DocxPackage {
  const zip = ZipArchive.open(bytes, path, limits);
  let mainPart = 'word/document.xml';
  try {
    const rootRels = zip.readText('_rels/.rels');
    const main = rootRels ? parseRels(rootRels, '').find((r) => isRelType(r.type, 'officeDocument') && r.part) : undefined;
    if (main?.part && zip.has(main.part)) mainPart = main.part;
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    // A damaged package relationships file: fall back to the usual place of the document.
  }
  if (!zip.has(mainPart)) throw corrupt(path, 'no word/document.xml in the package');
  const relsPart = relsPartOf(mainPart);
  let rels: Relationship[] = [];
  const relsXml = zip.readText(relsPart);
  if (relsXml !== null) {
    try {
      rels = parseRels(relsXml, mainPart);
    } catch (err) {
      if (!(err instanceof XmlError)) throw err;
      throw corrupt(path, `${relsPart} is not well-formed XML (${err.message})`);
    }
  }
  return { zip, mainPart, relsPart, rels };
}

/** The zip entry of the main document's related part of a type, if the package has it. */
export function relatedPart(pkg: DocxPackage, kind: keyof typeof REL_TYPES): string | null {
  const rel = pkg.rels.find((r) => isRelType(r.type, kind) && r.part && pkg.zip.has(r.part));
  return rel?.part ?? null;
}
