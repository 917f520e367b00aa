import { toCsv, type CsvCell } from '../csv/csv-export';
import type { Client, Invoice, Payment } from '../model';
import { formatMinorAsDecimal } from '../money';
import { paymentMethodLabel } from './payment-methods';
import { paymentNetMinor } from './payment-totals';

export const PAYMENT_CSV_COLUMNS = [
  'Date',
  'Client',
  'Invoice',
  'Method',
  'Reference',
  'Currency',
  'Amount',
  'Fee',
  'Net',
  'Exchange rate',
  'Base currency',
  'Base amount',
] as const;

export interface PaymentCsvReference {
  clientsById: ReadonlyMap<string, Pick<Client, 'name'>>;
  invoicesById: ReadonlyMap<string, Pick<Invoice, 'number'>>;
}

function invoiceCell(payment: Payment, invoicesById: PaymentCsvReference['invoicesById']): string {
  if (payment.invoiceId === undefined) return '';
  return invoicesById.get(payment.invoiceId)?.number ?? 'Draft';
}

/** An amount with its currency's decimals, "1190.00"; toCsv keeps a plain signed decimal as it is. */
function money(amountMinor: number, currency: string): string {
  return formatMinorAsDecimal(amountMinor, currency);
}

function csvCells(payment: Payment, reference: PaymentCsvReference): CsvCell[] {
  return [
    payment.date,
    reference.clientsById.get(payment.clientId)?.name ?? '',
    invoiceCell(payment, reference.invoicesById),
    paymentMethodLabel(payment.method),
    payment.reference ?? '',
    payment.currency,
    money(payment.amountMinor, payment.currency),
    money(payment.feeMinor, payment.currency),
    money(paymentNetMinor(payment), payment.currency),
    payment.exchangeRate,
    payment.baseCurrency,
    money(payment.baseAmountMinor, payment.baseCurrency),
  ];
}

/**
 * The payments export for a spreadsheet or an accountant: one row per payment in the order given, amounts as plain
 * numbers in their own currency (never locale-formatted, so any spreadsheet reads them), and
 * the base-currency amount at the rate recorded with the payment. Formula-like text is neutralised by toCsv.
 */
export function paymentsCsv(payments: readonly Payment[], reference: PaymentCsvReference): string {
  return toCsv(PAYMENT_CSV_COLUMNS, payments.map((payment) => csvCells(payment, reference)));
}

/** "Payments 2026-01-01 to 2026-03-31.csv", or "Payments to 2026-03-31.csv" when the list has no first day. */
export function paymentsCsvFileName(period: { from?: string; to?: string }, today: string): string {
  if (period.from !== undefined && period.to !== undefined) return `Payments ${period.from} to ${period.to}.csv`;
  if (period.from !== undefined) return `Payments ${period.from} to ${today}.csv`;
  return `Payments to ${period.to ?? today}.csv`;
}
