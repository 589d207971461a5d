/** Spaces a spreadsheet puts between thousands: the ordinary one, no-break and narrow no-break. */
const GROUPING_SPACES = /[ \u00a0\u202f]/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number as spreadsheets write it: `1234.5`, `1234,5`, `1 234,5` (with a no-break space, as
 * French locales group thousands), `1.234,5` and `1,234.5` (when both marks are there, the last
 * is the decimal one). Null for text that is no number (`12 kg`, `1,2,3`, empty): the caller says
 * why to whoever sent it.
 */
export function parseDecimal(text: string): number | null {
  let value = text.trim().replace(GROUPING_SPACES, '');
  if (value.length === 0) return null;
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const [grouping, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    if (value.indexOf(decimal) !== value.lastIndexOf(decimal)) return null;
    if (!isGrouped(value.slice(0, value.lastIndexOf(decimal)), grouping)) return null;
    value = value.split(grouping).join('').replace(decimal, '.');
  } else if (lastComma !== -1) {
    // A single comma is the decimal mark of French locales; several make no number.
    if (value.indexOf(',') !== lastComma) return null;
    value = value.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Whether the integer part groups its digits by three: `1.234.567`, not `12.34`. */
function isGrouped(integerPart: string, grouping: string): boolean {
  const groups = integerPart.replace(/^[+-]/, '').split(grouping);
  return groups.slice(1).every((group) => /^\d{3}$/.test(group)) && /^\d{1,3}$/.test(groups[0]);
}
