import { describe, expect, it } from 'vitest';
import { readExchangeRate } from '../../../../src/features/payments/payment-form-values';
import { formatRateForInput, paymentLabel, paymentOutcomeMessage } from '../../../../src/features/payments/payment-messages';

describe('paymentOutcomeMessage', () => {
  it('says what the payment did to its invoice', () => {
    const invoice = { kind: 'invoice' as const, number: '2026-0007', currency: 'EUR' };
    expect(paymentOutcomeMessage(invoice, 40_000, 100_000, 'en-GB')).toBe('Payment of €400.00 recorded: Invoice 2026-0007 is now partly paid');
    expect(paymentOutcomeMessage(invoice, 60_000, 60_000, 'en-GB')).toBe('Payment of €600.00 recorded: Invoice 2026-0007 is now paid');
  });
});

describe('formatRateForInput', () => {
  it('writes a stored rate as the form reads it back', () => {
    expect(formatRateForInput(0.92, 'de-DE')).toBe('0,92');
    expect(formatRateForInput(0.0000005, 'en-GB')).toBe('0.0000005');
    for (const rate of [1, 0.92, 1.0842, 0.0062, 157.25]) expect(readExchangeRate(formatRateForInput(rate, 'de-DE'), 'de-DE')).toEqual({ ok: true, rate });
  });
});

describe('paymentLabel', () => {
  it('names a payment by its amount and day, in the display locale', () => {
    expect(paymentLabel({ amountMinor: 40_000, currency: 'EUR', date: '2026-04-10' }, 'en-GB')).toBe('Payment of €400.00 on 10 Apr 2026');
    expect(paymentLabel({ amountMinor: 123_456, currency: 'USD', date: '2026-11-08' }, 'de-DE')).toBe('Payment of 1.234,56\u00a0$ on 08.11.2026');
  });
});
