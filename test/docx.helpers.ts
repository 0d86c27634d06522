// Small hand-written .docx packages for reader tests: body XML in, a real zip out.
import { writeZip } from '../src/read/docx/zip.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface Parts {
  /** Inner XML of w:body. */
  body: string;
  styles?: string;
  numbering?: string;
  comments?: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Wrap inner XML in a WordprocessingML root element. */
export function wRoot(name: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${name} xmlns:w="${W}">${inner}</w:${name}>`;
}

export function makeDocx(parts: Parts): Buffer {
  const related: Array<[string, string, string]> = [];
  if (parts.styles !== undefined) related.push(['styles', 'styles.xml', parts.styles]);
  if (parts.numbering !== undefined) related.push(['numbering', 'numbering.xml', parts.numbering]);
  if (parts.comments !== undefined) related.push(['comments', 'comments.xml', parts.comments]);
  const files: Array<[string, string]> = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`],
    ['word/document.xml', wRoot('document', `<w:body>${parts.body}</w:body>`)],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`],
    ...related.map(([, target, xml]): [string, string] => [`word/${target}`, xml]),
  ];
  return writeZip(files.map(([name, xml]) => ({ kind: 'new', name, data: Buffer.from(xml, 'utf8'), dosTime: 0, dosDate: 0x21 })));
}

/** A paragraph: optional pPr inner XML, then runs (already XML). */
export const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
export const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const numPr = (numId: number | string, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** An abstractNum with levels [format, text, start?, extra XML?]. */
export function abstractNum(id: number, levels: Array<[string, string, number?, string?]>): string {
  return `<w:abstractNum w:abstractNumId="${id}">${levels
    .map(([fmt, text, start = 1, extra = ''], ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`)
    .join('')}</w:abstractNum>`;
}

export const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
