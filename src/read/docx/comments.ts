// Existing Word comments (word/comments.xml): who said what. Anchors in document.xml
// (w:commentRangeStart / w:commentReference) tie them to paragraphs; see document.ts.
import { children, parseXml, wAttr } from './xml.js';
import { paragraphText } from './document.js';

export interface DocComment {
  author: string | null;
  date: string | null;
  text: string;
}

/** Comments by id. Throws XmlError on malformed XML. */
export function parseComments(xml: string): Map<string, DocComment> {
  const root = parseXml(xml).documentElement;
  const out = new Map<string, DocComment>();
  for (const c of children(root, 'comment')) {
    const id = wAttr(c, 'id');
    if (id === null) continue;
    const text = children(c, 'p')
      .map((p) => paragraphText(p).text)
      .filter((t) => t !== '')
      .join(' ');
    out.set(id, { author: wAttr(c, 'author') || null, date: wAttr(c, 'date') || null, text });
  }
  return out;
}
