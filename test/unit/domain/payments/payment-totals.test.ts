import { describe, expect, it } from 'vitest';
import type { Payment } from '../../../../src/domain/model';
import { paymentNetByBaseCurrency, paymentNetInBaseMinor, paymentNetMinor, paymentTotalsByCurrency } from '../../../../src/domain/payments/payment-totals';

let sequence = 0;
function payment(currency: string, amountMinor: number, feeMinor: number): Payment {
  sequence += 1;
  return {
    id: `pay-${sequence}`,
    createdAt: 0,
    updatedAt: 0,
    clientId: 'client-1',
    date: '2026-03-10',
    amountMinor,
    feeMinor,
    currency,
    baseAmountMinor: amountMinor,
    baseCurrency: 'EUR',
    exchangeRate: 1,
    method: 'bank',
    source: 'manual',
  };
}

describe('paymentNetMinor', () => {
  it('is the amount less the fee', () => {
    expect(paymentNetMinor({ amountMinor: 100_000, feeMinor: 10_000 })).toBe(90_000);
  });
});

describe('paymentTotalsByCurrency', () => {
  it('sums amount, fee and net per currency', () => {
    const totals = paymentTotalsByCurrency([payment('USD', 200_000, 20_000), payment('EUR', 119_000, 0), payment('USD', 50_000, 5_000)]);
    expect(totals).toEqual([
      { currency: 'EUR', count: 1, amountMinor: 119_000, feeMinor: 0, netMinor: 119_000 },
      { currency: 'USD', count: 2, amountMinor: 250_000, feeMinor: 25_000, netMinor: 225_000 },
    ]);
  });

  it('is empty without payments', () => {
    expect(paymentTotalsByCurrency([])).toEqual([]);
  });
});

describe('paymentNetInBaseMinor', () => {
  it('takes the fee off the base amount at the payment’s own rate', () => {
    // $1,000.00 at 0.92 is €920.00; the $100.00 fee is €92.00.
    expect(paymentNetInBaseMinor({ amountMinor: 100_000, feeMinor: 10_000, currency: 'USD', baseAmountMinor: 92_000, baseCurrency: 'EUR', exchangeRate: 0.92 })).toBe(82_800);
    expect(paymentNetInBaseMinor({ amountMinor: 100_000, feeMinor: 0, currency: 'USD', baseAmountMinor: 92_001, baseCurrency: 'EUR', exchangeRate: 0.92 })).toBe(92_001);
  });
});

describe('paymentNetByBaseCurrency', () => {
  it('adds base amounts per base currency', () => {
    const usd = { ...payment('USD', 100_000, 10_000), baseAmountMinor: 92_000, exchangeRate: 0.92 };
    const eur = payment('EUR', 50_000, 0);
    expect(paymentNetByBaseCurrency([usd, eur])).toEqual([{ currency: 'EUR', netMinor: 82_800 + 50_000 }]);
    expect(paymentNetByBaseCurrency([])).toEqual([]);
  });
});
