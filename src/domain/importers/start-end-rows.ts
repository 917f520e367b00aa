import { cellReader } from './header-columns';
import { currencyCodeIn, parseExportDuration, parseMoneyCell, parseYesNo, splitTags } from './field-parsers';
import type { FormatContext, FormatReadResult } from './format-context';
import { createImportKeyMaker } from './import-key';
import { NO_CLIENT_NAME, NO_PROJECT_NAME, type ImportedTimeEntry, type ImportProblem } from './import-types';
import type { CsvRow } from './csv-table';
import { parseDateAndTime } from './zoned-row-time';

/** Column names of an export whose rows carry a start and an end (Toggl, Clockify). */
export interface StartEndColumns {
  format: string;
  client: string;
  project: string;
  task: string;
  description: string;
  billable: string;
  tags: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  duration: string;
  /** Prefix of the amount column, whose header names the currency: "Amount (" or "Billable Amount (". */
  amountPrefix: string;
  user: string;
  /** Rows that are not work, such as Clockify's Break rows. */
  skipRow?: (read: (name: string) => string) => boolean;
}

/** Beyond an hour (a DST change) plus a minute (exports that print minutes only), the two durations disagree. */
const DURATION_TOLERANCE_MS = 3_600_000 + 60_000;

function formatHours(ms: number): string {
  return `${(ms / 3_600_000).toFixed(2)} h`;
}

export function readStartEndRows(rows: readonly CsvRow[], context: FormatContext, names: StartEndColumns): FormatReadResult {
  const { columns, options } = context;
  const amountColumn = columns.withPrefix(names.amountPrefix);
  const fileCurrency = amountColumn === undefined ? undefined : currencyCodeIn(amountColumn.name);
  const makeKey = createImportKeyMaker(names.format);
  const timeEntries: ImportedTimeEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = cellReader(columns, row.cells);
    if (names.skipRow?.(read) === true) continue;
    const rowProblems: ImportProblem[] = [];
    const start = parseDateAndTime(read(names.startDate), read(names.startTime), context.dateOrder, options.timeZone);
    if (!start.ok) rowProblems.push({ line: row.line, field: start.part === 'time' ? names.startTime : names.startDate, message: start.message });
    const end = parseDateAndTime(read(names.endDate), read(names.endTime), context.dateOrder, options.timeZone);
    if (!end.ok) rowProblems.push({ line: row.line, field: end.part === 'time' ? names.endTime : names.endDate, message: end.message });
    const billable = columns.has(names.billable) ? parseYesNo(read(names.billable)) : { ok: true as const, value: false };
    if (!billable.ok) rowProblems.push({ line: row.line, field: names.billable, message: billable.message });
    const amountText = amountColumn === undefined ? '' : (row.cells[amountColumn.index] ?? '').trim();
    const amount = amountText === '' || fileCurrency === undefined ? undefined : parseMoneyCell(amountText, fileCurrency, context.decimalComma);
    if (amount !== undefined && !amount.ok) rowProblems.push({ line: row.line, field: amountColumn?.name, message: amount.message });
    const exportedDurationMs = parseExportDuration(read(names.duration));
    if (start.ok && end.ok) {
      if (end.value.instant < start.value.instant) {
        rowProblems.push({
          line: row.line,
          field: names.endTime,
          message: `The entry ends (${read(names.endDate)} ${read(names.endTime)}) before it starts (${read(names.startDate)} ${read(names.startTime)})`,
        });
      } else if (exportedDurationMs !== undefined && Math.abs(end.value.instant - start.value.instant - exportedDurationMs) > DURATION_TOLERANCE_MS) {
        rowProblems.push({
          line: row.line,
          field: names.duration,
          message: `Start and end give ${formatHours(end.value.instant - start.value.instant)}, but the file says ${formatHours(exportedDurationMs)}; check the date order and time zone`,
        });
      }
    }
    if (rowProblems.length > 0 || !start.ok || !end.ok || !billable.ok) {
      problems.push(...rowProblems);
      continue;
    }
    const task = read(names.task).trim();
    const entry: ImportedTimeEntry = {
      importKey: makeKey([read(names.user), read(names.client), read(names.project), task, read(names.description), String(start.value.instant), String(end.value.instant)]),
      clientName: read(names.client).trim() || NO_CLIENT_NAME,
      projectName: read(names.project).trim() || NO_PROJECT_NAME,
      start: start.value.instant,
      end: end.value.instant,
      timeZone: options.timeZone,
      description: read(names.description).trim().slice(0, 2000),
      billable: billable.value,
      tags: splitTags([read(names.tags), task].filter((part) => part.trim() !== '').join(', ')),
      line: row.line,
    };
    if (exportedDurationMs !== undefined) entry.exportedDurationMs = exportedDurationMs;
    if (amount?.ok === true && fileCurrency !== undefined) {
      entry.amountMinor = amount.value;
      entry.currency = fileCurrency;
    }
    timeEntries.push(entry);
  }
  return { timeEntries, payments: [], feedback: [], problems };
}
