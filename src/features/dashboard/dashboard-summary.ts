import { invoiceOutstandingMinor, isInvoiceOverdue } from '../../domain/invoices/invoice-status';
import type { Invoice, Rollup } from '../../domain/model';
import { totalsByCurrency, type CurrencyAmount } from '../../domain/money';
import type { PeriodFigures } from '../../domain/reports/period-comparison';

export interface MonthSummary {
  trackedMs: number;
  billableMs: number;
  /** Invoices issued in the month (credit notes subtract), per currency, largest first. */
  invoiced: CurrencyAmount[];
  /** Payments dated in the month, per currency, largest first. */
  received: CurrencyAmount[];
}

export interface OutstandingSummary {
  count: number;
  overdueCount: number;
  /** Still owed, per currency, largest first. */
  owed: CurrencyAmount[];
}

/** The figures the Dashboard's cards show. */
export interface DashboardSummaryInput {
  thisMonth: MonthSummary;
  /** undefined while the open invoices are being read. */
  outstanding: OutstandingSummary | undefined;
  /** Last month up to the same day; undefined while its records are being read. */
  lastMonthSoFar: PeriodFigures | undefined;
}

/** "2026-03" → "2026-02"; January steps back into December of the year before. */
export function previousMonthKey(month: string): string {
  const [yearText, monthText] = month.split('-');
  const year = Number(yearText);
  const monthNumber = Number(monthText);
  if (!Number.isInteger(year) || !Number.isInteger(monthNumber) || monthNumber < 1 || monthNumber > 12) {
    throw new RangeError(`previousMonthKey: expected YYYY-MM, got "${month}"`);
  }
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

/** One month's totals across every client, from the rollups (so no entry or payment is scanned). */
export function summariseMonth(rollups: readonly Rollup[], month: string): MonthSummary {
  const inMonth = rollups.filter((rollup) => rollup.month === month);
  return {
    trackedMs: inMonth.reduce((sum, rollup) => sum + rollup.trackedMs, 0),
    billableMs: inMonth.reduce((sum, rollup) => sum + rollup.billableMs, 0),
    invoiced: totalsByCurrency(inMonth.map((rollup) => ({ currency: rollup.currency, amountMinor: rollup.invoicedMinor }))),
    received: totalsByCurrency(inMonth.map((rollup) => ({ currency: rollup.currency, amountMinor: rollup.receivedMinor }))),
  };
}

/** Billable time as a share of tracked time, 0–1; null when nothing was tracked, as a share of nothing means nothing. */
export function billableShare(summary: Pick<MonthSummary, 'trackedMs' | 'billableMs'>): number | null {
  return summary.trackedMs === 0 ? null : summary.billableMs / summary.trackedMs;
}

/** Invoices the clients still owe on, and how many are past their due date. */
export function summariseOutstanding(invoices: readonly Invoice[], todayKey: string): OutstandingSummary {
  const owing = invoices.filter((invoice) => invoiceOutstandingMinor(invoice) > 0);
  return {
    count: owing.length,
    overdueCount: owing.filter((invoice) => isInvoiceOverdue(invoice, todayKey)).length,
    owed: totalsByCurrency(owing.map((invoice) => ({ currency: invoice.currency, amountMinor: invoiceOutstandingMinor(invoice) }))),
  };
}
