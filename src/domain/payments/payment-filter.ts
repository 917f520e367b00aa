import type { Payment } from '../model';

export interface PaymentFilter {
  clientId?: string;
  /** First day included, `YYYY-MM-DD`. */
  from?: string;
  /** Last day included, `YYYY-MM-DD`. */
  to?: string;
  method?: Payment['method'];
}

/** Whether a payment passes every filter given; an absent filter lets everything through. */
export function matchesPaymentFilter(payment: Pick<Payment, 'clientId' | 'date' | 'method'>, filter: PaymentFilter): boolean {
  return (
    (filter.clientId === undefined || payment.clientId === filter.clientId) &&
    (filter.from === undefined || payment.date >= filter.from) &&
    (filter.to === undefined || payment.date <= filter.to) &&
    (filter.method === undefined || payment.method === filter.method)
  );
}
