import { readClockifyRows } from './clockify-import';
import { FEEDBACK_REQUIRED_COLUMNS, readFeedbackRows } from './feedback-import';
import type { FormatReader } from './format-context';
import { readHarvestRows } from './harvest-import';
import type { HeaderColumns } from './header-columns';
import type { ImportFormat } from './import-types';
import { readTogglRows } from './toggl-import';
import { readUpwork2023Rows, readUpworkClassicRows } from './upwork-import';

export interface ImportFormatSpec {
  format: ImportFormat;
  label: string;
  /** The kind of report, named in "Not a …" when a file of the same tool has the wrong columns. */
  reportName: string;
  required: readonly string[];
  /** Headers only this tool writes: a file that has one is this tool's, even when it is the wrong report. */
  familyMarks: readonly RegExp[];
  /** Further checks between formats that share the required columns. */
  accepts?: (columns: HeaderColumns) => boolean;
  /** What to do about a file of this family that lacks columns; "Export the <report> and import that file" if not given. */
  missingColumnsAdvice?: string;
  read: FormatReader;
}

const TOGGL_REQUIRED = ['Client', 'Project', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration'];
const TOGGL_MARKS = [/^amount \(/, /^user$/];
const CLOCKIFY_MARKS = [/\((h|decimal)\)$/, /^billable (rate|amount) \(/];

/** Tried in this order; the first whose required columns are all present reads the file. */
export const IMPORT_FORMATS: readonly ImportFormatSpec[] = [
  {
    format: 'toggl',
    label: 'Toggl Track detailed report',
    reportName: 'Toggl Track detailed time report',
    required: TOGGL_REQUIRED,
    familyMarks: TOGGL_MARKS,
    accepts: (columns) => columns.withPrefix('Amount (') !== undefined,
    read: readTogglRows,
  },
  {
    format: 'toggl-2024',
    label: 'Toggl Track time entries export',
    reportName: 'Toggl Track detailed time report',
    required: TOGGL_REQUIRED,
    familyMarks: TOGGL_MARKS,
    read: readTogglRows,
  },
  {
    format: 'clockify',
    label: 'Clockify detailed report',
    reportName: 'Clockify detailed time report',
    required: ['Project', 'Description', 'Start Date', 'Start Time', 'End Date', 'End Time'],
    familyMarks: CLOCKIFY_MARKS,
    accepts: (columns) => columns.withPrefix('Duration (') !== undefined || columns.withPrefix('Billable Rate (') !== undefined,
    read: readClockifyRows,
  },
  {
    format: 'harvest',
    label: 'Harvest detailed time report',
    reportName: 'Harvest detailed time report',
    required: ['Date', 'Client', 'Project', 'Notes', 'Hours'],
    familyMarks: [/\?$/, /^hours rounded$/],
    read: readHarvestRows,
  },
  {
    format: 'upwork',
    label: 'Upwork transaction history',
    reportName: 'Upwork transaction history',
    required: ['Date', 'Ref ID', 'Type', 'Description', 'Amount'],
    familyMarks: [/^ref id$/, /^freelancer$/],
    read: readUpworkClassicRows,
  },
  {
    format: 'upwork-2023',
    label: 'Upwork transactions export',
    reportName: 'Upwork transaction history',
    required: ['Date', 'Transaction ID', 'Transaction Type', 'Transaction Summary', 'Amount $'],
    familyMarks: [/^transaction summary$/, /^amount \$$/],
    read: readUpwork2023Rows,
  },
  {
    format: 'repute-feedback',
    label: 'Repute feedback CSV',
    reportName: 'Repute feedback CSV',
    required: FEEDBACK_REQUIRED_COLUMNS,
    familyMarks: [/^rating$/, /^quotable$/],
    missingColumnsAdvice: 'Download the feedback template for the columns it needs.',
    read: readFeedbackRows,
  },
];

export type FormatDetection = { ok: true; spec: ImportFormatSpec } | { ok: false; message: string };

function listNames(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * The format whose columns the header has, matched by name. A file from a known tool that is the wrong report (a
 * projects list offered as a time report) is named as such, with the columns it lacks.
 */
export function detectImportFormat(columns: HeaderColumns, header: readonly string[]): FormatDetection {
  const spec = IMPORT_FORMATS.find((candidate) => candidate.required.every((name) => columns.has(name)) && (candidate.accepts?.(columns) ?? true));
  if (spec !== undefined) return { ok: true, spec };
  const normalized = header.map((name) => name.trim().toLowerCase());
  const family = [...IMPORT_FORMATS]
    .map((candidate) => ({ candidate, marks: candidate.familyMarks.filter((mark) => normalized.some((name) => mark.test(name))).length }))
    .filter(({ marks }) => marks > 0)
    .sort((a, b) => b.marks - a.marks || a.candidate.required.filter((n) => !columns.has(n)).length - b.candidate.required.filter((n) => !columns.has(n)).length)[0];
  if (family !== undefined) {
    const { reportName, required, missingColumnsAdvice } = family.candidate;
    const missing = columns.missing(required);
    return {
      ok: false,
      message: `Not a ${reportName}: the file has no ${listNames(missing)} column${missing.length === 1 ? '' : 's'}. ${missingColumnsAdvice ?? `Export the ${reportName} and import that file.`}`,
    };
  }
  return {
    ok: false,
    message: `This file is not an export Repute can import. It reads Toggl, Clockify and Harvest time reports, Upwork transaction history and feedback in Repute's template; this file's first line has ${listNames(header.slice(0, 6))}${header.length > 6 ? '…' : ''}.`,
  };
}
