import { toCsv, type CsvCell } from '../csv/csv-export';
import type { Client } from '../model';
import { formatMinorAsDecimal } from '../money';

/** The columns of the clients export, in a fixed order so a spreadsheet built on it keeps working. */
export const CLIENT_CSV_COLUMNS = [
  'Name',
  'Company',
  'Email',
  'Address',
  'Country',
  'Tax ID',
  'Currency',
  'Default rate (per hour)',
  'Payment terms (days)',
  'Platform',
  'Industry',
  'Confidential',
  'Public alias',
  'Tags',
  'Archived',
  'Notes',
] as const;

function csvCells(client: Client): CsvCell[] {
  return [
    client.name,
    client.company ?? '',
    client.email ?? '',
    client.address ?? '',
    client.country ?? '',
    client.taxId ?? '',
    client.currency,
    client.defaultRateMinor === undefined ? '' : formatMinorAsDecimal(client.defaultRateMinor, client.currency),
    client.paymentTermsDays,
    client.platform,
    client.industry ?? '',
    client.confidential ? 'Yes' : 'No',
    client.publicAlias ?? '',
    client.tags.join(', '),
    client.archivedAt === undefined ? 'No' : 'Yes',
    client.notes ?? '',
  ];
}

/**
 * Every client as a CSV file for the freelancer's own records: UTF-8 with a byte order mark, the columns above,
 * deleted clients left out, and cells that a spreadsheet would run as a formula neutralised by toCsv. It is not
 * for sharing: confidential clients appear by name, marked as such.
 */
export function clientsCsv(clients: readonly Client[]): string {
  return toCsv(
    CLIENT_CSV_COLUMNS,
    clients.filter((client) => client.deletedAt === undefined).map(csvCells),
  );
}
