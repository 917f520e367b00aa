import type { FormatReader } from './format-context';
import { readStartEndRows } from './start-end-rows';

const TOGGL_COLUMNS = {
  client: 'Client',
  project: 'Project',
  task: 'Task',
  description: 'Description',
  billable: 'Billable',
  tags: 'Tags',
  startDate: 'Start date',
  startTime: 'Start time',
  endDate: 'End date',
  endTime: 'End time',
  duration: 'Duration',
  amountPrefix: 'Amount (',
  user: 'User',
};

/** Toggl Track's detailed report (classic, with an Amount column) and its 2024 "Export time entries" file. */
export const readTogglRows: FormatReader = (rows, context) => readStartEndRows(rows, context, { format: 'toggl', ...TOGGL_COLUMNS });
