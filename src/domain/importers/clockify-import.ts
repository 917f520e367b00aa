import type { FormatReader } from './format-context';
import { readStartEndRows } from './start-end-rows';

/** Clockify's detailed report, 17 or 21 columns; Break rows are rest, not work, and are left out. */
export const readClockifyRows: FormatReader = (rows, context) =>
  readStartEndRows(rows, context, {
    format: 'clockify',
    client: 'Client',
    project: 'Project',
    task: context.columns.has('Task') ? 'Task' : 'Activity',
    description: 'Description',
    billable: 'Billable',
    tags: 'Tags',
    startDate: 'Start Date',
    startTime: 'Start Time',
    endDate: 'End Date',
    endTime: 'End Time',
    duration: 'Duration (h)',
    amountPrefix: 'Billable Amount (',
    user: 'User',
    skipRow: (read) => read('Type').trim().toLowerCase() === 'break',
  });
