import { toCsv } from '../csv/csv-export';
import { FEEDBACK_COLUMNS } from './feedback-import';

/** The file name the template is offered under. */
export const FEEDBACK_TEMPLATE_FILE_NAME = 'Repute feedback template.csv';

const EXAMPLE_ROW = ['2024-05-14', 'Northwind Analytics', 'Dashboard rebuild', '4.5', 'Clear updates every week, and a dashboard our team uses every day.', 'yes', 'Upwork'];

/**
 * The feedback CSV with its header and one example row, as spreadsheets open it; filled in and saved as CSV, it
 * imports as it is.
 */
export function feedbackTemplateCsv(): string {
  return toCsv(FEEDBACK_COLUMNS, [EXAMPLE_ROW]);
}
