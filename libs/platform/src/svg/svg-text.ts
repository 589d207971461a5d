/**
 * Characters XML 1.0 does not allow, even as a character reference: C0 controls but tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One of them in a title would
 * make the whole image unreadable, so it is shown as U+FFFD instead.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text safe inside an SVG (XML) element or attribute: markup escaped, what XML refuses replaced. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A coordinate as an SVG attribute writes it: two decimals at most. */
export function svgNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
