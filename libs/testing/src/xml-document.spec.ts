import { findAll, parseXml } from './xml-document';

describe('parseXml', () => {
  it('reads elements, attributes, text and references', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a chart -->\n<svg a="1" b='x &amp; y'>` +
        `<g><text>Sud &#8211; &lt;A&gt;</text><polygon points="0,0"/></g></svg>`,
    );
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual({ a: '1', b: 'x & y' });
    expect(findAll(root, 'text')[0].text).toBe('Sud – <A>');
    expect(findAll(root, 'polygon')).toHaveLength(1);
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a mismatched end tag', '<svg></g>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['a duplicated attribute', '<svg a="1" a="2"/>'],
    ['two roots', '<svg/><svg/>'],
  ])('refuses %s', (_case, source) => {
    expect(() => parseXml(source)).toThrow('not well-formed XML');
  });
});
