import { describe, expect, it } from 'vitest';
import type { Rollup } from '../../../../src/domain/model';
import { lastMonths, receivedByMonth } from '../../../../src/domain/reports/received-by-month';

function rollup(month: string, clientId: string, currency: string, receivedMinor: number, feesMinor = 0): Rollup {
  return { id: `${month}|${clientId}|${currency}`, month, clientId, currency, trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor, feesMinor };
}

describe('lastMonths', () => {
  it('counts back across a year end, oldest first', () => {
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('receivedByMonth', () => {
  it('adds clients within a currency and month, keeps currencies apart, largest total first', () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    const rollups = [
      rollup('2026-01', 'c1', 'EUR', 100_000, 2_000),
      rollup('2026-01', 'c2', 'EUR', 50_000),
      rollup('2026-03', 'c1', 'EUR', 25_000),
      rollup('2026-02', 'c3', 'USD', 400_000, 40_000),
      rollup('2025-12', 'c1', 'EUR', 999_999),
      rollup('2026-02', 'c1', 'GBP', 0),
    ];
    // USD 4,000.00 beats EUR 1,500 + 250 = 1,750.00; December is outside the months; GBP received nothing.
    expect(receivedByMonth(rollups, months)).toEqual([
      {
        currency: 'USD',
        totalMinor: 400_000,
        months: [
          { month: '2026-01', receivedMinor: 0, feesMinor: 0 },
          { month: '2026-02', receivedMinor: 400_000, feesMinor: 40_000 },
          { month: '2026-03', receivedMinor: 0, feesMinor: 0 },
        ],
      },
      {
        currency: 'EUR',
        totalMinor: 175_000,
        months: [
          { month: '2026-01', receivedMinor: 150_000, feesMinor: 2_000 },
          { month: '2026-02', receivedMinor: 0, feesMinor: 0 },
          { month: '2026-03', receivedMinor: 25_000, feesMinor: 0 },
        ],
      },
    ]);
  });
});
