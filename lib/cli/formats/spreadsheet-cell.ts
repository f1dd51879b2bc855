/**
 * Spreadsheet formula injection (CSV/TSV). Excel, LibreOffice and Google Sheets run a cell that begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return as a formula, and names, concepts, attributions and file names all come
 * from untrusted text. As OWASP recommends, such a text cell gets a leading single quote, which the spreadsheet
 * shows as text. Numbers are written as numbers (a negative value stays `-5`). JSON outputs keep the original.
 */
import type { FieldValue } from '../fields';

/** The characters that make a spreadsheet read a cell as a formula, at the start of the cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, safe to open in a spreadsheet; `raw` (`--csv-raw`) writes it unchanged. */
export function spreadsheetCell(value: FieldValue, raw = false): FieldValue {
  if (raw || typeof value !== 'string' || !FORMULA_START.test(value)) return value;
  return `'${value}`;
}
