import { totalsByCurrency, type CurrencyAmount } from '../money/currency-amount';
import type { Invoice, Payment } from '../model';
import { invoiceContribution, paymentContribution } from '../rollups/rollup-contributions';
import { addLocalDays, addLocalMonths, dayOfWeek } from '../time/local-calendar';
import { hoursBetween, type DayHours } from './hours-by-week';

/** Days from `from` to `to`, both included, `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodFigures {
  range: DayRange;
  trackedMs: number;
  billableMs: number;
  /** Gross of the invoices issued in the range (credit notes subtract), per currency. */
  invoiced: CurrencyAmount[];
  /** Payments dated in the range, before fees, per currency. */
  received: CurrencyAmount[];
}

export interface PeriodComparison {
  current: PeriodFigures;
  /** The period before, up to the same point: last week to the same weekday, last month to the same day of it. */
  previous: PeriodFigures;
}

/** This week so far and last week up to the same weekday. `weekStartsOn`: 0 Sunday … 6 Saturday. */
export function weekToDate(today: string, weekStartsOn: number): { current: DayRange; previous: DayRange } {
  const from = addLocalDays(today, -((dayOfWeek(today) - weekStartsOn + 7) % 7));
  return { current: { from, to: today }, previous: { from: addLocalDays(from, -7), to: addLocalDays(today, -7) } };
}

/**
 * This month so far and last month up to the same day of the month; a day the shorter month lacks (the 31st after
 * a 30-day month) stops at that month's last day.
 */
export function monthToDate(today: string): { current: DayRange; previous: DayRange } {
  const from = `${today.slice(0, 7)}-01`;
  // addLocalMonths takes a day the shorter month lacks to its last day, so the end never leaves last month.
  return { current: { from, to: today }, previous: { from: addLocalMonths(from, -1), to: addLocalMonths(today, -1) } };
}

/** Hours from the day totals, money from the invoices and payments of the range, nothing summed across currencies. */
export function periodFigures(range: DayRange, days: readonly DayHours[], invoices: readonly Invoice[], payments: readonly Payment[]): PeriodFigures {
  const inRange = (day: string | undefined) => day !== undefined && day >= range.from && day <= range.to;
  const hours = hoursBetween(days, range.from, range.to);
  return {
    range,
    trackedMs: hours.trackedMs,
    billableMs: hours.billableMs,
    invoiced: totalsByCurrency(
      invoices.flatMap((invoice) => {
        const counted = inRange(invoice.issueDate) ? invoiceContribution(invoice) : undefined;
        return counted === undefined ? [] : [{ currency: counted.currency, amountMinor: counted.invoicedMinor }];
      }),
    ),
    received: totalsByCurrency(
      payments.flatMap((payment) => {
        const counted = inRange(payment.date) ? paymentContribution(payment) : undefined;
        return counted === undefined ? [] : [{ currency: counted.currency, amountMinor: counted.receivedMinor }];
      }),
    ),
  };
}
