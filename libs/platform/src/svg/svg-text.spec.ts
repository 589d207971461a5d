import { parseXml } from '@symbiose/testing';
import { escapeXml, svgNumber } from './svg-text';

describe('SVG text', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&#60;a &#38; &#34;b&#34; &#39;c&#39;&#62;');
  });

  it('keeps a hostile name as text: no element, no attribute broken out of', () => {
    const name = `<script>alert(1)</script>" onload="alert(2)`;
    const svg = parseXml(
      `<svg data-name="${escapeXml(name)}"><text>${escapeXml(name)}</text></svg>`,
    );
    expect(svg.attributes['data-name']).toBe(name);
    expect(svg.children.map((child) => child.name)).toEqual(['text']);
    expect(svg.children[0].text).toBe(name);
  });

  it('replaces what XML cannot hold, keeping tabs, line breaks and emoji', () => {
    expect(escapeXml('a\u0001b\u001Bc\uFFFFd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('a\tb\nc\rd 🌲')).toBe('a\tb\nc\rd 🌲');
  });

  it('writes coordinates with two decimals at most', () => {
    expect([svgNumber(12.3456), svgNumber(-0.004), svgNumber(7)]).toEqual(['12.35', '0', '7']);
  });
});
