import { escapeXml, svgNumber } from './svg-text';

describe('SVG text', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&#60;a &#38; &#34;b&#34; &#39;c&#39;&#62;');
  });

  it('writes coordinates with two decimals at most', () => {
    expect([svgNumber(12.3456), svgNumber(-0.004), svgNumber(7)]).toEqual(['12.35', '0', '7']);
  });
});
