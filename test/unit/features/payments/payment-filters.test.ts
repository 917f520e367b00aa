import { describe, expect, it } from 'vitest';
import { hasPaymentFilters, paymentFiltersFromSearch, paymentFiltersToSearch, paymentPeriodError } from '../../../../src/features/payments/payment-filters';

describe('payment filters in the address bar', () => {
  it('read back what they wrote', () => {
    const filters = { clientId: 'client-1', from: '2026-01-01', to: '2026-03-31', method: 'platform' as const };
    expect(paymentFiltersFromSearch(new URLSearchParams(paymentFiltersToSearch(filters)))).toEqual(filters);
    expect(hasPaymentFilters(filters)).toBe(true);
  });

  it('ignore what is not a day or a method, and leave cleared parts out', () => {
    expect(paymentFiltersFromSearch(new URLSearchParams('from=yesterday&to=2026-02-30x&method=cheque&client='))).toEqual({});
    expect(paymentFiltersToSearch({ clientId: undefined, method: 'bank' })).toEqual({ method: 'bank' });
    expect(hasPaymentFilters({ clientId: undefined })).toBe(false);
  });

  it('say when the period ends before it starts', () => {
    expect(paymentPeriodError({ from: '2026-03-01', to: '2026-02-01' })).toBe('The end of the period is before its start');
    expect(paymentPeriodError({ from: '2026-03-01', to: '2026-03-01' })).toBeUndefined();
  });
});
