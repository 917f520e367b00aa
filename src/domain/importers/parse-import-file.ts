import { readCsvTable, type CsvRow } from './csv-table';
import { decodeImportBytes } from './decode-import-bytes';
import { slashedDateParts } from './field-parsers';
import { headerColumns } from './header-columns';
import { detectImportFormat } from './import-formats';
import type { ImportedFeedback, ImportedPayment, ImportedTimeEntry, ImportOptions, ImportParseResult, ImportProblem, ImportTotals } from './import-types';

const NUMBER_COLUMN = /hours|amount|rate|decimal|balance/i;
/** 7,5 or 2.000,00: one or two digits after the comma, so a thousands comma such as 1,234 is not taken for one. */
const DECIMAL_COMMA_NUMBER = /^-?[\d.]*\d,\d{1,2}$/;
const NOTHING_TO_IMPORT = 'Nothing to import: the file has a header but no rows.';

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Rows as wide as the header; a spreadsheet may add empty cells at the end, which are dropped. */
function splitByWidth(rows: readonly CsvRow[], width: number): { wellFormed: CsvRow[]; problems: ImportProblem[] } {
  const wellFormed: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const extra = row.cells.slice(width);
    if (row.cells.length === width || (row.cells.length > width && extra.every((cell) => cell.trim() === ''))) {
      wellFormed.push(row.cells.length === width ? row : { line: row.line, cells: row.cells.slice(0, width) });
      continue;
    }
    const relation = row.cells.length > width ? 'too many' : 'too few';
    problems.push({ line: row.line, message: `This row has ${relation} columns: ${row.cells.length}, where the header has ${width}` });
  }
  return { wellFormed, problems };
}

function usesDecimalComma(delimiter: string, header: readonly string[], rows: readonly CsvRow[]): boolean {
  if (delimiter === ';') return true;
  const numberColumns = header.flatMap((name, index) => (NUMBER_COLUMN.test(name) ? [index] : []));
  return rows.some((row) => numberColumns.some((index) => DECIMAL_COMMA_NUMBER.test((row.cells[index] ?? '').trim())));
}

type DateOrderChoice = { order: 'DMY' | 'MDY'; examples?: string[] };

/** Day-first if a first number passes 12, month-first if a second one does; otherwise the user must say. */
function chooseDateOrder(header: readonly string[], rows: readonly CsvRow[], asked: 'DMY' | 'MDY' | undefined): DateOrderChoice {
  if (asked !== undefined) return { order: asked };
  const dateColumns = header.flatMap((name, index) => (/date/i.test(name) ? [index] : []));
  const examples = new Set<string>();
  for (const row of rows) {
    for (const index of dateColumns) {
      const text = (row.cells[index] ?? '').trim();
      const parts = slashedDateParts(text);
      if (parts === undefined) continue;
      if (parts[0] > 12) return { order: 'DMY' };
      if (parts[1] > 12) return { order: 'MDY' };
      if (examples.size < 3) examples.add(text);
    }
  }
  return examples.size > 0 ? { order: 'MDY', examples: [...examples] } : { order: 'MDY' };
}

function totalsOf(timeEntries: readonly ImportedTimeEntry[], payments: readonly ImportedPayment[]): ImportTotals {
  const amountsByCurrency: Record<string, number> = {};
  let trackedMs = 0;
  let billableRows = 0;
  for (const entry of timeEntries) {
    trackedMs += entry.end - entry.start;
    if (entry.billable) billableRows += 1;
    if (entry.currency !== undefined && entry.amountMinor !== undefined) {
      amountsByCurrency[entry.currency] = (amountsByCurrency[entry.currency] ?? 0) + entry.amountMinor;
    }
  }
  for (const payment of payments) {
    amountsByCurrency[payment.currency] = (amountsByCurrency[payment.currency] ?? 0) + payment.amountMinor - payment.feeMinor;
  }
  return { trackedMs, billableRows, amountsByCurrency };
}

function clientsAndProjects(timeEntries: readonly ImportedTimeEntry[], payments: readonly ImportedPayment[], feedback: readonly ImportedFeedback[]) {
  const clientNames = new Set<string>();
  const projects = new Map<string, { clientName: string; projectName: string }>();
  for (const { clientName, projectName } of [...timeEntries, ...feedback]) {
    clientNames.add(clientName);
    projects.set(`${clientName}\u0000${projectName}`, { clientName, projectName });
  }
  for (const payment of payments) if (payment.kind === 'earning' && payment.clientName !== '') clientNames.add(payment.clientName);
  return { clientNames: [...clientNames], projects: [...projects.values()] };
}

/**
 * The one entry point for imports: decodes the bytes, reads the CSV, recognises the export by its column names and
 * returns the records to create with the problems of each line. Nothing here touches storage, so the preview,
 * the import itself and the tests all read a file the same way.
 */
export function parseImportFile(input: { bytes: Uint8Array; fileName: string; options: ImportOptions }): ImportParseResult {
  const { bytes, fileName, options } = input;
  if (!isKnownTimeZone(options.timeZone)) {
    return { kind: 'refused', message: `Unknown time zone "${options.timeZone}"; choose an IANA zone such as Europe/Berlin.` };
  }
  const decoded = decodeImportBytes(bytes, fileName);
  if (!decoded.ok) return { kind: 'refused', message: decoded.message };
  if (decoded.text.trim() === '') return { kind: 'refused', message: `${fileName} is empty.` };
  const table = readCsvTable(decoded.text);
  if (!table.ok) return table.line === undefined ? { kind: 'refused', message: table.message } : { kind: 'refused', message: table.message, line: table.line };
  const columns = headerColumns(table.header);
  const detected = detectImportFormat(columns, table.header);
  if (!detected.ok) return { kind: 'refused', message: detected.message, line: table.headerLine };
  const { spec } = detected;
  if (table.rows.length === 0) return { kind: 'empty', formatLabel: spec.label, message: NOTHING_TO_IMPORT };

  const { wellFormed, problems: widthProblems } = splitByWidth(table.rows, table.header.length);
  const dateOrder = chooseDateOrder(table.header, wellFormed, options.dateOrder);
  const read = spec.read(wellFormed, {
    columns,
    options,
    dateOrder: dateOrder.order,
    decimalComma: usesDecimalComma(table.delimiter, table.header, wellFormed),
  });
  const problems = [...widthProblems, ...read.problems].sort((a, b) => a.line - b.line);
  const result: ImportParseResult = {
    kind: 'parsed',
    format: spec.format,
    formatLabel: spec.label,
    rowCount: table.rows.length,
    timeEntries: read.timeEntries,
    payments: read.payments,
    feedback: read.feedback,
    ...clientsAndProjects(read.timeEntries, read.payments, read.feedback),
    problems,
    totals: totalsOf(read.timeEntries, read.payments),
  };
  if (dateOrder.examples !== undefined) result.decision = { kind: 'dateOrder', examples: dateOrder.examples };
  return result;
}
