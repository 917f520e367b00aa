import type { Payment } from '../model';
import { convertMinor } from '../money';

export interface PaymentCurrencyTotals {
  currency: string;
  count: number;
  amountMinor: number;
  feeMinor: number;
  /** What reached the freelancer: amount less fees. */
  netMinor: number;
}

export function paymentNetMinor(payment: Pick<Payment, 'amountMinor' | 'feeMinor'>): number {
  return payment.amountMinor - payment.feeMinor;
}

/** One line per currency, alphabetical: amounts in different currencies are never added together. */
export function paymentTotalsByCurrency(payments: readonly Payment[]): PaymentCurrencyTotals[] {
  const byCurrency = new Map<string, PaymentCurrencyTotals>();
  for (const payment of payments) {
    const totals = byCurrency.get(payment.currency) ?? { currency: payment.currency, count: 0, amountMinor: 0, feeMinor: 0, netMinor: 0 };
    totals.count += 1;
    totals.amountMinor += payment.amountMinor;
    totals.feeMinor += payment.feeMinor;
    totals.netMinor += paymentNetMinor(payment);
    byCurrency.set(payment.currency, totals);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** What reached the freelancer in the base currency: the recorded base amount less the fee at the same rate. */
export function paymentNetInBaseMinor(payment: Pick<Payment, 'amountMinor' | 'feeMinor' | 'currency' | 'baseAmountMinor' | 'baseCurrency' | 'exchangeRate'>): number {
  if (payment.feeMinor === 0) return payment.baseAmountMinor;
  return payment.baseAmountMinor - convertMinor(payment.feeMinor, payment.currency, payment.baseCurrency, payment.exchangeRate);
}

/** Net received per base currency, alphabetical: a change of base currency over the years keeps its own line. */
export function paymentNetByBaseCurrency(payments: readonly Payment[]): Array<{ currency: string; netMinor: number }> {
  const byCurrency = new Map<string, number>();
  for (const payment of payments) byCurrency.set(payment.baseCurrency, (byCurrency.get(payment.baseCurrency) ?? 0) + paymentNetInBaseMinor(payment));
  return [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, netMinor]) => ({ currency, netMinor }));
}
