import { describe, expect, it } from 'vitest';
import { baseAmountPreview, paymentFormMessages, readExchangeRate, readPaymentForm, type PaymentContext, type PaymentFormValues } from '../../../../src/features/payments/payment-form-values';

const values: PaymentFormValues = { date: '2026-03-10', amount: '1,250.00', fee: '12.50', method: 'paypal', exchangeRate: '0.92', reference: ' TX-881 ' };
const usd: PaymentContext = { clientId: 'client-1', invoiceId: 'invoice-1', currency: 'USD', baseCurrency: 'EUR', locale: 'en-US' };

describe('readExchangeRate', () => {
  it('keeps the rate as the digits typed, in the locale’s decimal sign', () => {
    expect(readExchangeRate('0.92', 'en-GB')).toEqual({ ok: true, rate: 0.92 });
    expect(readExchangeRate('1,0842', 'de-DE')).toEqual({ ok: true, rate: 1.0842 });
    expect(readExchangeRate('', 'en-GB')).toEqual({ ok: false, error: 'Enter the rate, such as 0.92' });
    expect(readExchangeRate('0', 'en-GB')).toEqual({ ok: false, error: 'Must be more than zero' });
    expect(readExchangeRate('-1', 'en-GB')).toEqual({ ok: false, error: 'Enter the rate as a number, such as 0.92' });
    expect(readExchangeRate('0.12345678901', 'en-GB')).toEqual({ ok: false, error: 'Use at most 10 decimals' });
  });
});

describe('readPaymentForm', () => {
  it('turns the typed form into the repository’s input, with the base amount at the typed rate', () => {
    expect(readPaymentForm(values, usd)).toEqual({
      ok: true,
      input: {
        clientId: 'client-1',
        invoiceId: 'invoice-1',
        date: '2026-03-10',
        amountMinor: 125_000,
        feeMinor: 1_250,
        currency: 'USD',
        baseAmountMinor: 115_000,
        baseCurrency: 'EUR',
        exchangeRate: 0.92,
        method: 'paypal',
        source: 'manual',
        reference: 'TX-881',
      },
    });
  });

  it('converts between currencies with different decimals: JPY to EUR, EUR to BHD', () => {
    const yen = readPaymentForm({ ...values, amount: '150000', fee: '', exchangeRate: '0.0062' }, { ...usd, currency: 'JPY' });
    expect(yen.ok && yen.input).toMatchObject({ amountMinor: 150_000, feeMinor: 0, baseAmountMinor: 93_000 });
    const dinar = readPaymentForm({ ...values, amount: '100.00', fee: '', exchangeRate: '0.4105' }, { ...usd, currency: 'EUR', baseCurrency: 'BHD' });
    expect(dinar.ok && dinar.input).toMatchObject({ amountMinor: 10_000, baseAmountMinor: 41_050, baseCurrency: 'BHD' });
  });

  it('needs no rate in the base currency itself', () => {
    const same = readPaymentForm({ ...values, exchangeRate: 'ignored' }, { ...usd, currency: 'EUR' });
    expect(same.ok && same.input).toMatchObject({ exchangeRate: 1, baseAmountMinor: 125_000 });
  });

  it('answers each unreadable field on its own input field name', () => {
    const reading = readPaymentForm({ ...values, date: '', amount: '12.345', fee: '2000', exchangeRate: 'x' }, usd);
    expect(reading).toEqual({
      ok: false,
      errors: {
        date: 'Choose the day the money arrived',
        amountMinor: 'USD amounts have at most 2 decimals',
        exchangeRate: 'Enter the rate as a number, such as 0.92',
      },
    });
    expect(readPaymentForm({ ...values, fee: '2000' }, usd)).toEqual({ ok: false, errors: { feeMinor: 'The fee cannot be more than the amount received' } });
    expect(readPaymentForm({ ...values, amount: '0' }, usd)).toEqual({ ok: false, errors: { amountMinor: 'Must be more than zero' } });
  });

  it('leaves out the invoice, project and reference when there are none', () => {
    const reading = readPaymentForm({ ...values, reference: '  ' }, { clientId: 'client-1', projectId: 'project-1', currency: 'USD', baseCurrency: 'EUR', locale: 'en-US' });
    expect(reading.ok && reading.input).not.toHaveProperty('invoiceId');
    expect(reading.ok && reading.input).not.toHaveProperty('reference');
    expect(reading.ok && reading.input.projectId).toBe('project-1');
  });
});

describe('baseAmountPreview', () => {
  it('shows the base amount once amount and rate can be read', () => {
    expect(baseAmountPreview(values, usd)).toBe(115_000);
    expect(baseAmountPreview({ ...values, exchangeRate: '' }, usd)).toBeUndefined();
    expect(baseAmountPreview({ ...values, amount: 'abc' }, usd)).toBeUndefined();
  });
});

describe('paymentFormMessages', () => {
  it('puts the input’s messages under the fields that were typed, and keeps those about fields not shown', () => {
    const reading = readPaymentForm({ ...values, amount: '', fee: 'x' }, usd);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(paymentFormMessages(reading.errors, values).byField).toEqual({ amount: reading.errors.amountMinor, fee: reading.errors.feeMinor });

    const refused = paymentFormMessages({ invoiceId: 'This invoice belongs to another client', exchangeRate: 'Must be more than zero', '': '' }, values);
    expect(refused).toEqual({ byField: { exchangeRate: 'Must be more than zero' }, other: ['This invoice belongs to another client'] });
    expect(paymentFormMessages({ invoiceId: 'This invoice belongs to another client' }, { ...values, invoiceId: '' }).byField).toEqual({ invoiceId: 'This invoice belongs to another client' });
  });
});
