import { invoiceOutstandingMinor, isInvoiceOverdue } from '../invoices/invoice-status';
import type { Invoice, Payment, Rollup } from '../model';
import { divideRoundHalfAwayFromZero, sumMinor } from '../money';
import { parseDayKey } from '../time/local-calendar';

const MS_PER_HOUR = 3_600_000n;
const MS_PER_DAY = 86_400_000;

/** A client's figures in one currency. Hours count under the currency of their project, the one they are billed in. */
export interface ClientCurrencyFigures {
  currency: string;
  trackedMs: number;
  billableMs: number;
  invoicedMinor: number;
  receivedMinor: number;
  feesMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
  /**
   * What was received net of tax and of the fees withheld, ÷ hours tracked, in minor units per hour; undefined while
   * no time is tracked in this currency. Tax is the client's money passed on, not earnings.
   */
  effectiveRateMinor: number | undefined;
}

export interface ClientMetrics {
  trackedMs: number;
  billableMs: number;
  /** The client's own currency first (always present), then any other in which something was tracked or billed. */
  byCurrency: ClientCurrencyFigures[];
  /** Mean calendar days from issue to the last payment, over the paid invoices counted below. */
  averageDaysToPay: number | undefined;
  paidInvoicesCounted: number;
}

export interface ClientMetricsSources {
  /** The client's own currency. */
  currency: string;
  rollups: readonly Rollup[];
  /** Live invoices of the client. */
  invoices: readonly Invoice[];
  /** Live payments of the client. */
  payments: readonly Payment[];
  /** The local calendar day, `YYYY-MM-DD`, for deciding what is overdue. */
  today: string;
}

/** Minor units per hour, rounded half away from zero, from an amount earned over a duration. */
export function hourlyRateMinor(amountMinor: number, durationMs: number): number | undefined {
  if (durationMs <= 0) return undefined;
  return Number(divideRoundHalfAwayFromZero(BigInt(amountMinor) * MS_PER_HOUR, BigInt(Math.round(durationMs))));
}

/**
 * The part of a payment that is the tax of the invoice it pays, in proportion to that invoice's gross (half the
 * gross paid carries half the tax); nothing for a payment linked to no invoice, since nothing says it includes tax.
 */
export function paymentTaxShareMinor(payment: Payment, paidInvoice: Invoice | undefined): number {
  if (paidInvoice === undefined || paidInvoice.totals.taxMinor === 0 || paidInvoice.totals.grossMinor === 0) return 0;
  return Number(divideRoundHalfAwayFromZero(BigInt(payment.amountMinor) * BigInt(paidInvoice.totals.taxMinor), BigInt(paidInvoice.totals.grossMinor)));
}

/** Whole calendar days from one day key to another; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const start = parseDayKey(from);
  const end = parseDayKey(to);
  return Math.round((Date.UTC(end.year, end.month - 1, end.dayOfMonth) - Date.UTC(start.year, start.month - 1, start.dayOfMonth)) / MS_PER_DAY);
}

function emptyFigures(currency: string): ClientCurrencyFigures {
  return {
    currency,
    trackedMs: 0,
    billableMs: 0,
    invoicedMinor: 0,
    receivedMinor: 0,
    feesMinor: 0,
    outstandingMinor: 0,
    overdueMinor: 0,
    effectiveRateMinor: undefined,
  };
}

/**
 * Days to pay per fully paid invoice: from its issue date to the date of the last payment linked to it, never below
 * zero (money paid up front counts as paid on issue). Paid invoices with no linked payment say nothing and are skipped.
 */
export function daysToPayPerInvoice(invoices: readonly Invoice[], payments: readonly Payment[]): number[] {
  const lastPaymentDay = new Map<string, string>();
  for (const payment of payments) {
    if (payment.invoiceId === undefined || payment.deletedAt !== undefined) continue;
    const known = lastPaymentDay.get(payment.invoiceId);
    if (known === undefined || payment.date > known) lastPaymentDay.set(payment.invoiceId, payment.date);
  }
  const days: number[] = [];
  for (const invoice of invoices) {
    if (invoice.deletedAt !== undefined || invoice.kind !== 'invoice' || invoice.status !== 'paid' || invoice.issueDate === undefined) continue;
    const paidOn = lastPaymentDay.get(invoice.id);
    if (paidOn !== undefined) days.push(Math.max(0, daysBetween(invoice.issueDate, paidOn)));
  }
  return days;
}

/**
 * Hours, invoiced and received come from the rollups (kept in step with every write, so nothing scans time entries);
 * outstanding and overdue from the invoices still awaiting payment; days to pay from paid invoices and their payments.
 */
export function clientMetrics(sources: ClientMetricsSources): ClientMetrics {
  const figures = new Map<string, ClientCurrencyFigures>([[sources.currency, emptyFigures(sources.currency)]]);
  const figuresFor = (currency: string): ClientCurrencyFigures => {
    const existing = figures.get(currency);
    if (existing !== undefined) return existing;
    const created = emptyFigures(currency);
    figures.set(currency, created);
    return created;
  };

  for (const rollup of sources.rollups) {
    const row = figuresFor(rollup.currency);
    row.trackedMs += rollup.trackedMs;
    row.billableMs += rollup.billableMs;
    row.invoicedMinor = sumMinor([row.invoicedMinor, rollup.invoicedMinor]);
    row.receivedMinor = sumMinor([row.receivedMinor, rollup.receivedMinor]);
    row.feesMinor = sumMinor([row.feesMinor, rollup.feesMinor]);
  }
  for (const invoice of sources.invoices) {
    if (invoice.deletedAt !== undefined) continue;
    const outstanding = invoiceOutstandingMinor(invoice);
    if (outstanding === 0) continue;
    const row = figuresFor(invoice.currency);
    row.outstandingMinor = sumMinor([row.outstandingMinor, outstanding]);
    if (isInvoiceOverdue(invoice, sources.today)) row.overdueMinor = sumMinor([row.overdueMinor, outstanding]);
  }
  const invoicesById = new Map(sources.invoices.map((invoice) => [invoice.id, invoice]));
  const taxReceived = new Map<string, number>();
  for (const payment of sources.payments) {
    if (payment.deletedAt !== undefined || payment.invoiceId === undefined) continue;
    const share = paymentTaxShareMinor(payment, invoicesById.get(payment.invoiceId));
    taxReceived.set(payment.currency, sumMinor([taxReceived.get(payment.currency) ?? 0, share]));
  }
  for (const row of figures.values()) {
    const earnedMinor = sumMinor([row.receivedMinor, -row.feesMinor, -(taxReceived.get(row.currency) ?? 0)]);
    row.effectiveRateMinor = hourlyRateMinor(earnedMinor, row.trackedMs);
  }

  const days = daysToPayPerInvoice(sources.invoices, sources.payments);
  const rows = [...figures.values()];
  return {
    trackedMs: rows.reduce((total, row) => total + row.trackedMs, 0),
    billableMs: rows.reduce((total, row) => total + row.billableMs, 0),
    byCurrency: rows.sort((a, b) => (a.currency === sources.currency ? -1 : b.currency === sources.currency ? 1 : a.currency.localeCompare(b.currency))),
    averageDaysToPay: days.length === 0 ? undefined : days.reduce((total, n) => total + n, 0) / days.length,
    paidInvoicesCounted: days.length,
  };
}
