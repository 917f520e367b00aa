import { describe, expect, it } from 'vitest';
import { matchesPaymentFilter } from '../../../../src/domain/payments/payment-filter';

const payment = { clientId: 'northwind', date: '2026-03-10', method: 'bank' as const };

describe('matchesPaymentFilter', () => {
  it('lets everything through without filters', () => {
    expect(matchesPaymentFilter(payment, {})).toBe(true);
  });

  it('includes both ends of the date range', () => {
    expect(matchesPaymentFilter(payment, { from: '2026-03-10', to: '2026-03-10' })).toBe(true);
    expect(matchesPaymentFilter(payment, { from: '2026-03-11' })).toBe(false);
    expect(matchesPaymentFilter(payment, { to: '2026-03-09' })).toBe(false);
  });

  it('needs every filter given to match', () => {
    expect(matchesPaymentFilter(payment, { clientId: 'northwind', method: 'bank', from: '2026-03-01' })).toBe(true);
    expect(matchesPaymentFilter(payment, { clientId: 'northwind', method: 'platform' })).toBe(false);
    expect(matchesPaymentFilter(payment, { clientId: 'marea', method: 'bank' })).toBe(false);
  });
});
