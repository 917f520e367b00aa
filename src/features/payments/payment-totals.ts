import type { Payment } from '../../domain/model';

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

const METHOD_LABELS: Record<Payment['method'], string> = {
  bank: 'Bank transfer',
  card: 'Card',
  paypal: 'PayPal',
  platform: 'Platform',
  cash: 'Cash',
  other: 'Other',
};

export function paymentMethodLabel(method: Payment['method']): string {
  return METHOD_LABELS[method];
}
