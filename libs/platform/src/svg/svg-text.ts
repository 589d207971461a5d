/** Text safe inside an SVG (XML) element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A coordinate as an SVG attribute writes it: two decimals at most. */
export function svgNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
