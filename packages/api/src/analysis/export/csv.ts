/**
 * CSV cells and rows as RFC 4180 writes them (fields with a comma, quote or line break are quoted, quotes doubled,
 * CRLF between records), made safe to open in a spreadsheet: a text cell starting with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before reading a formula) gets a leading apostrophe, so participant text such
 * as "=HYPERLINK(…)" shows as text instead of running as a formula (OWASP "CSV injection").
 */

// Leading spaces or line breaks are skipped by some spreadsheets before they read a formula, and the full-width
// signs (＝ ＋ － ＠) are read as formulas by others.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers are written as numbers (a negative number is not a formula); text is neutralised and quoted as needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
