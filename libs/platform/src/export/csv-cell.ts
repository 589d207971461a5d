/**
 * The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
 * return, that some strip before doing so): `=HYPERLINK(…)` in a firm's name would run when a
 * facilitator opens the export. OWASP's CSV injection advice: start such a cell with `'`, which
 * spreadsheets read as "text follows" and do not show.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text written so that a spreadsheet shows it and never evaluates it. */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
