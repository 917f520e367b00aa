import type { Payment } from '../model';

export type PaymentMethod = Payment['method'];

/** In the order the picker offers them: the usual ways a freelancer is paid first. */
export const PAYMENT_METHODS: ReadonlyArray<{ value: PaymentMethod; label: string }> = [
  { value: 'bank', label: 'Bank transfer' },
  { value: 'card', label: 'Card' },
  { value: 'paypal', label: 'PayPal' },
  { value: 'platform', label: 'Platform payout' },
  { value: 'cash', label: 'Cash' },
  { value: 'other', label: 'Other' },
];

export function isPaymentMethod(value: string): value is PaymentMethod {
  return PAYMENT_METHODS.some((method) => method.value === value);
}

export function paymentMethodLabel(method: PaymentMethod): string {
  return PAYMENT_METHODS.find((option) => option.value === method)?.label ?? method;
}
