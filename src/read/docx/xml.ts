// XML access for WordprocessingML parts, on @xmldom/xmldom (installed with mammoth).
// xmldom is loaded untyped on purpose: its type file pulls the whole browser DOM library into the
// project's compilation. The few DOM members used are declared here.
import { createRequire } from 'node:module';

export interface XNode {
  nodeType: number;
  nodeName: string;
  localName: string | null;
  namespaceURI: string | null;
  nodeValue: string | null;
  parentNode: XNode | null;
  firstChild: XNode | null;
  nextSibling: XNode | null;
  childNodes: { length: number; [index: number]: XNode };
}

export interface XAttr extends XNode {
  value: string;
}

export interface XElement extends XNode {
  attributes: { length: number; [index: number]: XAttr };
  ownerDocument: XDocument;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  setAttributeNS(namespace: string | null, qualifiedName: string, value: string): void;
  appendChild(node: XNode): XNode;
  insertBefore(node: XNode, before: XNode | null): XNode;
}

export interface XDocument extends XNode {
  documentElement: XElement;
  createElementNS(namespace: string, qualifiedName: string): XElement;
  createTextNode(text: string): XNode;
}

interface XmldomModule {
  DOMParser: new (options?: { errorHandler?: Record<string, (msg: string) => void> }) => {
    parseFromString(source: string, mimeType: string): XDocument;
  };
  XMLSerializer: new () => { serializeToString(node: XNode): string };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Transitional and Strict OOXML name the WordprocessingML namespace differently. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_NAMESPACES = new Set([W_NS, 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

let xmldom: XmldomModule | null = null;
function lib(): XmldomModule {
  xmldom ??= createRequire(import.meta.url)('@xmldom/xmldom') as XmldomModule;
  return xmldom;
}

export class XmlError extends Error {}

/** Parse a part; malformed XML throws XmlError (the caller names the file). */
export function parseXml(source: string): XDocument {
  const fail = (msg: string) => {
    throw new XmlError(msg.split('\n')[0]);
  };
  const parser = new (lib().DOMParser)({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } });
  const doc = parser.parseFromString(source, 'text/xml');
  if (!doc || !doc.documentElement) throw new XmlError('no root element');
  return doc;
}

export function serializeXml(doc: XDocument): string {
  return new (lib().XMLSerializer)().serializeToString(doc);
}

export function isElement(node: XNode): node is XElement {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: XNode): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE;
}

/** Is this a WordprocessingML element with the local name (any prefix)? */
export function isW(node: XNode, localName: string): node is XElement {
  return node.nodeType === ELEMENT_NODE && node.localName === localName && W_NAMESPACES.has(node.namespaceURI ?? '');
}

/** Child elements, optionally only WordprocessingML ones of one local name. */
export function children(node: XNode, localName?: string): XElement[] {
  const out: XElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (localName === undefined || isW(c, localName)) out.push(c);
  }
  return out;
}

export function child(node: XNode, localName: string): XElement | null {
  for (let c = node.firstChild; c; c = c.nextSibling) if (isW(c, localName)) return c;
  return null;
}

/** Elements below `node` (document order) with a WordprocessingML local name. */
export function descendants(node: XNode, localName: string): XElement[] {
  const out: XElement[] = [];
  const visit = (n: XNode) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (isW(c, localName)) out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

/** A w:-attribute by local name (w:val, w:id …); unprefixed attributes count too. */
export function wAttr(el: XElement | null, localName: string): string | null {
  if (!el) return null;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.localName === localName && (a.namespaceURI === null || W_NAMESPACES.has(a.namespaceURI))) return a.value;
  }
  return null;
}

/** `<w:b/>`-style toggles: present and not "0"/"false"/"off". */
export function onOff(el: XElement | null): boolean {
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === null || !['0', 'false', 'off'].includes(v);
}

export function textContent(node: XNode): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (isText(c)) out += c.nodeValue ?? '';
    else if (isElement(c)) out += textContent(c);
  }
  return out;
}

/** The attribute of a non-w element (relationships, content types), by plain name. */
export function plainAttr(el: XElement, name: string): string | null {
  const v = el.getAttribute(name);
  return v === '' ? null : v;
}

/** Child elements by local name regardless of namespace (for package parts: rels, content types). */
export function elementsByLocalName(node: XNode, localName: string): XElement[] {
  const out: XElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (isElement(c) && c.localName === localName) out.push(c);
  return out;
}
