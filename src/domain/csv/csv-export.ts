import Papa from 'papaparse';

/** A cell as exports hand it over. Numbers and booleans are written as they are; only text can carry a formula. */
export type CsvCell = string | number | boolean | null;

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula: a leading =, +, -, @, tab or carriage return. Papaparse's own pattern
 * ends in `.*$`, which lets a cell through when a line break follows the formula; this one looks at the first
 * character alone. A plain signed decimal such as "-500.00" is a number to every spreadsheet, not a formula, so it
 * keeps its exact text (a credit note's amount must not turn into "'-500.00").
 */
const FORMULA_START = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/**
 * A CSV file as spreadsheets open it: UTF-8 with a byte order mark (so Excel reads accents right), CRLF line ends,
 * quotes where needed, and every text cell that starts like a formula prefixed with an apostrophe, so opening an
 * export never runs what a client typed into a description.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: true },
  );
  // Papaparse ends a header-only file with a line break and a file with rows without one; both end in one here.
  return `${BYTE_ORDER_MARK}${body.replace(/\r\n$/, '')}\r\n`;
}
