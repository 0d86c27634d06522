// Paragraph styles (styles.xml): which styles are headings, and which carry list numbering.
import { child, children, parseXml, wAttr } from './xml.js';

export interface StyleDef {
  id: string;
  name: string | null;
  basedOn: string | null;
  /** w:outlineLvl, 0-based (9 = body text). */
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
}

export class Styles {
  constructor(
    private readonly byId: Map<string, StyleDef>,
    private readonly defaultParagraph: string | null,
  ) {}

  static empty(): Styles {
    return new Styles(new Map(), null);
  }

  /** The style chain from `id` up through w:basedOn (the default paragraph style when id is null). */
  private chain(id: string | null): StyleDef[] {
    const out: StyleDef[] = [];
    let cur = id ?? this.defaultParagraph;
    while (cur && out.length < 16) {
      const style = this.byId.get(cur);
      if (!style || out.includes(style)) break;
      out.push(style);
      cur = style.basedOn;
    }
    return out;
  }

  /**
   * Heading level of a paragraph style: "heading N" by name (or id "HeadingN" when the style is
   * not defined), "Title" as 1, else the outline level the style (or its bases) sets.
   */
  headingLevel(id: string | null): number | null {
    for (const style of this.chain(id)) {
      const byName = headingLevelFromName(style.name ?? style.id);
      if (byName !== null) return byName;
    }
    if (id && !this.byId.has(id)) {
      const byId = headingLevelFromName(id);
      if (byId !== null) return byId;
    }
    for (const style of this.chain(id)) {
      if (style.outlineLevel !== null) return style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
    }
    return null;
  }

  /** List numbering a style gives its paragraphs (w:numPr in the style or a base style). */
  numbering(id: string | null): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    for (const style of this.chain(id)) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    return { numId, ilvl };
  }
}

export function headingLevelFromName(name: string): number | null {
  const n = name.trim();
  const heading = /^heading\s*([1-9])$/i.exec(n);
  if (heading) return Number(heading[1]);
  if (/^title$/i.test(n)) return 1;
  return null;
}

/** Parse styles.xml. Throws XmlError on malformed XML. */
export function parseStyles(xml: string): Styles {
  const root = parseXml(xml).documentElement;
  const byId = new Map<string, StyleDef>();
  let defaultParagraph: string | null = null;
  for (const s of children(root, 'style')) {
    // Numbering styles matter too: a list's w:numStyleLink points at one, and its numPr at the real list.
    const type = wAttr(s, 'type') ?? 'paragraph';
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const id = wAttr(s, 'styleId');
    if (!id) continue;
    const pPr = child(s, 'pPr');
    const numPr = child(pPr ?? s, 'numPr');
    const outline = wAttr(child(pPr ?? s, 'outlineLvl'), 'val');
    const ilvl = wAttr(child(numPr ?? s, 'ilvl'), 'val');
    byId.set(id, {
      id,
      name: wAttr(child(s, 'name'), 'val'),
      basedOn: wAttr(child(s, 'basedOn'), 'val'),
      outlineLevel: outline !== null && /^\d+$/.test(outline) ? Number(outline) : null,
      numId: numPr ? wAttr(child(numPr, 'numId'), 'val') : null,
      ilvl: numPr && ilvl !== null && /^\d+$/.test(ilvl) ? Number(ilvl) : null,
    });
    const isDefault = wAttr(s, 'default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraph = id;
  }
  return new Styles(byId, defaultParagraph);
}
