import { describe, expect, it } from 'vitest';
import { isPaymentMethod, paymentMethodLabel, PAYMENT_METHODS } from '../../../../src/domain/payments/payment-methods';
import { paymentInputSchema } from '../../../../src/domain/model';

describe('payment methods', () => {
  it('name every method the model knows, as people say them', () => {
    expect(PAYMENT_METHODS.map((method) => method.value).sort()).toEqual([...paymentInputSchema.unwrap().shape.method.options].sort());
    expect(paymentMethodLabel('bank')).toBe('Bank transfer');
    expect(paymentMethodLabel('paypal')).toBe('PayPal');
  });

  it('recognise only the model’s methods', () => {
    expect(isPaymentMethod('card')).toBe(true);
    expect(isPaymentMethod('cheque')).toBe(false);
  });
});
