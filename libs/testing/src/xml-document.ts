import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element of a parsed XML document (an SVG chart, say), for assertions. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
});

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name === '#text' || name.startsWith('?') || name.startsWith('#')) return null;
  const content = node[name] as OrderedNode[];
  return {
    name,
    attributes: { ...(node[':@'] ?? {}) },
    children: content.flatMap((child) => toElement(child) ?? []),
    text: content
      .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
      .join(''),
  };
}

/** Parses a whole document, refusing anything that is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new Error(`not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const roots = (parser.parse(source) as OrderedNode[]).flatMap((node) => toElement(node) ?? []);
  if (roots.length !== 1) throw new Error(`not well-formed XML: ${roots.length} root elements`);
  return roots[0];
}

/** Every element of that name at or below `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const own = element.name === name ? [element] : [];
  return [...own, ...element.children.flatMap((child) => findAll(child, name))];
}
