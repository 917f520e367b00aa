import { FEEDBACK_SOURCES } from '../model/feedback';
import { parseExportDate, parseScaledDecimal, parseYesNo, type FieldResult } from './field-parsers';
import type { FormatReader } from './format-context';
import { cellReader } from './header-columns';
import { createImportKeyMaker } from './import-key';
import type { ImportedFeedback, ImportProblem } from './import-types';

type FeedbackSource = ImportedFeedback['source'];

/** The columns of Repute's feedback CSV, in the template's order; Comment, Quotable and Source may be left out. */
export const FEEDBACK_COLUMNS = ['Date', 'Client', 'Project', 'Rating', 'Comment', 'Quotable', 'Source'] as const;
export const FEEDBACK_REQUIRED_COLUMNS = ['Date', 'Client', 'Project', 'Rating'] as const;

const MAX_COMMENT_LENGTH = 10_000;

function sourceLabel(source: FeedbackSource): string {
  return `${source.charAt(0).toUpperCase()}${source.slice(1)}`;
}

function isFeedbackSource(value: string): value is FeedbackSource {
  return (FEEDBACK_SOURCES as readonly string[]).includes(value);
}

/**
 * A star rating in tenths, 1 to 5. A rating never has a thousands separator, so a comma is always a decimal comma,
 * whatever the rest of the file does.
 */
export function parseRatingTenths(text: string): FieldResult<number> {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'The rating is empty' };
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(value)) return { ok: false, message: `"${value}" is not a number; write the rating as a number from 1 to 5` };
  const stars = Number(value.replace(',', '.'));
  if (stars < 1) return { ok: false, message: `${value} is less than 1, the lowest rating` };
  if (stars > 5) return { ok: false, message: `${value} is more than 5, the highest rating` };
  const tenths = parseScaledDecimal(value, 1, true);
  if (tenths.ok) return tenths;
  const below = Math.floor(stars * 10);
  return { ok: false, message: `"${value}" is finer than a tenth of a star; write it as ${(below / 10).toFixed(1)} or ${((below + 1) / 10).toFixed(1)}` };
}

function parseSource(text: string): FieldResult<FeedbackSource> {
  const value = text.trim().toLowerCase();
  if (value === '') return { ok: true, value: 'other' };
  if (isFeedbackSource(value)) return { ok: true, value };
  const choices = FEEDBACK_SOURCES.map(sourceLabel);
  return { ok: false, message: `"${text.trim()}" is not a source Repute knows; use ${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}` };
}

/**
 * Repute's own feedback CSV: one row per rating a client gave on a project. Every field of a row is checked, so a
 * row with several mistakes names them all at once. The import key is made from the values as read (the ISO date,
 * the rating in tenths), so the same feedback re-saved by a spreadsheet in another date or number format is still
 * recognised; whether it may be quoted and where it was given are not part of it, so correcting them does not make
 * a second copy.
 */
export const readFeedbackRows: FormatReader = (rows, context) => {
  const makeKey = createImportKeyMaker('repute-feedback');
  const feedback: ImportedFeedback[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = cellReader(context.columns, row.cells);
    const rowProblems: ImportProblem[] = [];
    const problem = (field: string, message: string) => rowProblems.push({ line: row.line, field, message });
    const date = parseExportDate(read('Date'), context.dateOrder);
    if (!date.ok) problem('Date', date.message);
    const clientName = read('Client').trim();
    if (clientName === '') problem('Client', 'The client is empty; name the client who gave the feedback');
    const projectName = read('Project').trim();
    if (projectName === '') problem('Project', 'The project is empty; every piece of feedback belongs to a project');
    const rating = parseRatingTenths(read('Rating'));
    if (!rating.ok) problem('Rating', rating.message);
    const quotable = parseYesNo(read('Quotable'));
    if (!quotable.ok) problem('Quotable', quotable.message);
    const source = parseSource(read('Source'));
    if (!source.ok) problem('Source', source.message);
    if (!date.ok || !rating.ok || !quotable.ok || !source.ok || rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const comment = read('Comment').replace(/\r\n?/g, '\n').trim().slice(0, MAX_COMMENT_LENGTH);
    feedback.push({
      importKey: makeKey([date.value, clientName, projectName, String(rating.value), comment]),
      clientName,
      projectName,
      date: date.value,
      ratingTenths: rating.value,
      comment,
      canQuote: quotable.value,
      source: source.value,
      line: row.line,
    });
  }
  return { timeEntries: [], payments: [], feedback, problems };
};
