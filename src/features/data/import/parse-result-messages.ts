import type { ImportParseResult, ParsedImport } from '../../../domain/importers/import-types';

/*
 * The parsing worker's answer, sent in parts. A parsed export of tens of thousands of rows arrives as one message
 * otherwise, and the page decodes a message in one task: a second or more with the window frozen. In parts of a
 * thousand rows each decoding is a short task of its own, and the window keeps drawing between them.
 */

/** Rows per message: each message decodes in a few milliseconds. */
export const ROWS_PER_MESSAGE = 1000;

type RowLists = Pick<ParsedImport, 'timeEntries' | 'payments' | 'feedback' | 'problems'>;

/** One message from the worker: some rows of one list, or the result itself (its row lists empty when they came in parts). */
export type ParseWorkerMessage =
  | { kind: 'rows'; list: 'timeEntries'; rows: RowLists['timeEntries'] }
  | { kind: 'rows'; list: 'payments'; rows: RowLists['payments'] }
  | { kind: 'rows'; list: 'feedback'; rows: RowLists['feedback'] }
  | { kind: 'rows'; list: 'problems'; rows: RowLists['problems'] }
  | { kind: 'result'; result: ImportParseResult };

function inParts<T>(rows: readonly T[], rowsPerMessage: number): T[][] {
  const parts: T[][] = [];
  for (let from = 0; from < rows.length; from += rowsPerMessage) parts.push(rows.slice(from, from + rowsPerMessage));
  return parts;
}

/** The messages that carry `result`: its rows in parts, then the rest of it. */
export function parseResultMessages(result: ImportParseResult, rowsPerMessage: number = ROWS_PER_MESSAGE): ParseWorkerMessage[] {
  if (result.kind !== 'parsed') return [{ kind: 'result', result }];
  const { timeEntries, payments, feedback, problems, ...rest } = result;
  return [
    ...inParts(timeEntries, rowsPerMessage).map((rows): ParseWorkerMessage => ({ kind: 'rows', list: 'timeEntries', rows })),
    ...inParts(payments, rowsPerMessage).map((rows): ParseWorkerMessage => ({ kind: 'rows', list: 'payments', rows })),
    ...inParts(feedback, rowsPerMessage).map((rows): ParseWorkerMessage => ({ kind: 'rows', list: 'feedback', rows })),
    ...inParts(problems, rowsPerMessage).map((rows): ParseWorkerMessage => ({ kind: 'rows', list: 'problems', rows })),
    { kind: 'result', result: { ...rest, timeEntries: [], payments: [], feedback: [], problems: [] } },
  ];
}

/** Puts the result together again on the page, message by message; `accept` returns it once the last part came. */
export class ParseResultAssembler {
  private readonly received: RowLists = { timeEntries: [], payments: [], feedback: [], problems: [] };

  accept(message: ParseWorkerMessage): ImportParseResult | undefined {
    if (message.kind === 'result') {
      const { result } = message;
      if (result.kind !== 'parsed') return result;
      const { timeEntries, payments, feedback, problems } = this.received;
      return {
        ...result,
        timeEntries: [...result.timeEntries, ...timeEntries],
        payments: [...result.payments, ...payments],
        feedback: [...result.feedback, ...feedback],
        problems: [...result.problems, ...problems],
      };
    }
    if (message.list === 'timeEntries') this.received.timeEntries.push(...message.rows);
    else if (message.list === 'payments') this.received.payments.push(...message.rows);
    else if (message.list === 'feedback') this.received.feedback.push(...message.rows);
    else this.received.problems.push(...message.rows);
    return undefined;
  }
}
