import { describe, expect, it } from 'vitest';
import { bidValueMinor, totalsByCurrency } from '../../../../src/domain/proposals/proposal-value';

describe('bidValueMinor', () => {
  it('is the fixed price of a fixed bid', () => {
    expect(bidValueMinor({ bid: { kind: 'fixed', amountMinor: 350_000 } })).toBe(350_000);
  });

  it('is rate × estimated hours for an hourly bid, rounded half up to the cent', () => {
    expect(bidValueMinor({ bid: { kind: 'hourly', rateMinor: 8_500 }, estimatedHours: 40 })).toBe(340_000);
    // 3,333 cents × 1.5 h = 4,999.5 cents → 5,000.
    expect(bidValueMinor({ bid: { kind: 'hourly', rateMinor: 3_333 }, estimatedHours: 1.5 })).toBe(5_000);
  });

  it('has no value for an hourly bid without an estimate', () => {
    expect(bidValueMinor({ bid: { kind: 'hourly', rateMinor: 8_500 } })).toBeUndefined();
  });
});

describe('totalsByCurrency', () => {
  it('sums per currency in alphabetical order', () => {
    expect(
      totalsByCurrency([
        { currency: 'USD', amountMinor: 100 },
        { currency: 'EUR', amountMinor: 250 },
        { currency: 'USD', amountMinor: 5 },
      ]),
    ).toEqual([
      { currency: 'EUR', amountMinor: 250 },
      { currency: 'USD', amountMinor: 105 },
    ]);
  });
});
