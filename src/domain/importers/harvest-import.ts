import { parseExportDate, parseExportTime, parseDecimalHours, parseMoneyCell, parseYesNo, currencyCodeIn } from './field-parsers';
import type { FormatReader } from './format-context';
import { cellReader } from './header-columns';
import { createImportKeyMaker } from './import-key';
import { NO_CLIENT_NAME, NO_PROJECT_NAME, type ImportedTimeEntry, type ImportProblem } from './import-types';
import { instantInZone } from './zoned-row-time';

const DEFAULT_START = '09:00';

/**
 * Harvest's detailed time report: one row per entry with a date and decimal hours but no clock times. Each day's
 * rows are laid end to end from the chosen start time, in file order, so they do not overlap.
 */
export const readHarvestRows: FormatReader = (rows, context) => {
  const { columns, options } = context;
  const startTime = parseExportTime(options.dateOnlyStartTime ?? DEFAULT_START);
  const dayStartSeconds = startTime.ok ? startTime.value : 9 * 3600;
  const nextStartByDay = new Map<string, number>();
  const makeKey = createImportKeyMaker('harvest');
  const timeEntries: ImportedTimeEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = cellReader(columns, row.cells);
    const rowProblems: ImportProblem[] = [];
    const day = parseExportDate(read('Date'), context.dateOrder);
    if (!day.ok) rowProblems.push({ line: row.line, field: 'Date', message: day.message });
    const hours = parseDecimalHours(read('Hours'), context.decimalComma);
    if (!hours.ok) rowProblems.push({ line: row.line, field: 'Hours', message: hours.message });
    const billable = columns.has('Billable?') ? parseYesNo(read('Billable?')) : { ok: true as const, value: false };
    if (!billable.ok) rowProblems.push({ line: row.line, field: 'Billable?', message: billable.message });
    const currency = currencyCodeIn(read('Currency'));
    const amountText = read('Billable Amount').trim();
    const amount = amountText === '' || currency === undefined ? undefined : parseMoneyCell(amountText, currency, context.decimalComma);
    if (amount !== undefined && !amount.ok) rowProblems.push({ line: row.line, field: 'Billable Amount', message: amount.message });
    if (!day.ok || !hours.ok || !billable.ok || rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const start = nextStartByDay.get(day.value) ?? instantInZone(day.value, dayStartSeconds, options.timeZone);
    const end = start + hours.value;
    nextStartByDay.set(day.value, end);
    const task = read('Task').trim();
    const person = `${read('First Name')} ${read('Last Name')}`;
    const entry: ImportedTimeEntry = {
      importKey: makeKey([person, day.value, read('Client'), read('Project'), task, read('Notes'), read('Hours')]),
      clientName: read('Client').trim() || NO_CLIENT_NAME,
      projectName: read('Project').trim() || NO_PROJECT_NAME,
      start,
      end,
      timeZone: options.timeZone,
      description: read('Notes').trim().slice(0, 2000),
      billable: billable.value,
      tags: task === '' ? [] : [task.slice(0, 60)],
      exportedDurationMs: hours.value,
      line: row.line,
    };
    if (amount?.ok === true && currency !== undefined) {
      entry.amountMinor = amount.value;
      entry.currency = currency;
    }
    timeEntries.push(entry);
  }
  return { timeEntries, payments: [], feedback: [], problems };
};
