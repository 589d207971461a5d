/** The separators spreadsheets write: `,` (English locales), `;` (French ones), tab ("text" exports). */
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * The separator of a file, from its header line: the one that occurs most often outside quotes
 * (column names hold none of them). A header of one column has none, and is read with `,`.
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  const counts = new Map<string, number>(CSV_SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best: CsvSeparator = ',';
  let bestCount = 0;
  for (const separator of CSV_SEPARATORS) {
    const count = counts.get(separator)!;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** The first line of a text, without its line break. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}
