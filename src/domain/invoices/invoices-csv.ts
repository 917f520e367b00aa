import { invoiceDisplayStatus, invoiceOutstandingMinor } from './invoice-status';
import { toCsv, type CsvCell } from '../csv/csv-export';
import type { Client, Invoice } from '../model';
import { formatMinorAsDecimal } from '../money';
import { INVOICE_STATUS_LABELS } from './invoice-status-labels';

export const INVOICE_CSV_COLUMNS = [
  'Number',
  'Type',
  'Status',
  'Client',
  'Issue date',
  'Due date',
  'Currency',
  'Net',
  'Tax',
  'Gross',
  'Paid',
  'Outstanding',
  'Credits invoice',
] as const;

export interface InvoiceCsvReference {
  clientsById: ReadonlyMap<string, Pick<Client, 'name'>>;
  /** For the number of the invoice a credit note corrects. */
  invoicesById: ReadonlyMap<string, Pick<Invoice, 'number'>>;
  /** Today's local day, `YYYY-MM-DD`: an unpaid invoice due before it is exported as overdue. */
  today: string;
}

/** An amount with its currency's decimals, "1190.00"; toCsv keeps a plain signed decimal as it is. */
function money(amountMinor: number, currency: string): string {
  return formatMinorAsDecimal(amountMinor, currency);
}

function csvCells(invoice: Invoice, reference: InvoiceCsvReference): CsvCell[] {
  const credited = invoice.creditedInvoiceId === undefined ? '' : (reference.invoicesById.get(invoice.creditedInvoiceId)?.number ?? '');
  const settles = invoice.kind === 'invoice' && invoice.status !== 'draft' && invoice.status !== 'void';
  return [
    invoice.number ?? '',
    invoice.kind === 'creditNote' ? 'Credit note' : 'Invoice',
    INVOICE_STATUS_LABELS[invoiceDisplayStatus(invoice, reference.today)],
    reference.clientsById.get(invoice.clientId)?.name ?? '',
    invoice.issueDate ?? '',
    invoice.dueDate ?? '',
    invoice.currency,
    money(invoice.totals.netMinor, invoice.currency),
    money(invoice.totals.taxMinor, invoice.currency),
    money(invoice.totals.grossMinor, invoice.currency),
    settles ? money(invoice.paidMinor, invoice.currency) : '',
    settles ? money(invoiceOutstandingMinor(invoice), invoice.currency) : '',
    credited,
  ];
}

/**
 * The invoices export: one row per invoice or credit note in the order given, amounts as plain numbers in the
 * invoice's currency (credit notes keep their negative totals, so a column sums to what was really invoiced),
 * overdue derived from `today` as the list shows it. Formula-like text is neutralised by toCsv.
 */
export function invoicesCsv(invoices: readonly Invoice[], reference: InvoiceCsvReference): string {
  return toCsv(INVOICE_CSV_COLUMNS, invoices.map((invoice) => csvCells(invoice, reference)));
}

/** "Invoices 2026-05-04.csv", or "Invoices (Overdue) 2026-05-04.csv" when only one view of the list is exported. */
export function invoicesCsvFileName(today: string, viewLabel?: string): string {
  return viewLabel === undefined ? `Invoices ${today}.csv` : `Invoices (${viewLabel}) ${today}.csv`;
}
