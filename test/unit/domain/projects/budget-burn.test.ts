import { describe, expect, it } from 'vitest';
import { billableValueMinor, budgetBurn, moneyUsedMinor, projectBudgetBurn } from '../../../../src/domain/projects/budget-burn';

const HOUR = 3_600_000;

describe('budgetBurn', () => {
  it('is fine below 80 %, a warning from exactly 80 %, an alert from exactly 100 %', () => {
    expect(budgetBurn(79_999, 100_000)).toEqual({ used: 79_999, budget: 100_000, remaining: 20_001, percent: 79, level: 'ok' });
    expect(budgetBurn(80_000, 100_000)).toMatchObject({ percent: 80, level: 'warning' });
    expect(budgetBurn(99_999, 100_000)).toMatchObject({ percent: 99, level: 'warning' });
    expect(budgetBurn(100_000, 100_000)).toMatchObject({ percent: 100, remaining: 0, level: 'alert' });
    expect(budgetBurn(130_000, 100_000)).toMatchObject({ percent: 130, remaining: -30_000, level: 'alert' });
  });

  it('compares exactly where a float would not: 4 of 5 hours is 80 %', () => {
    expect(budgetBurn(4 * HOUR, 5 * HOUR)?.level).toBe('warning');
  });

  it('has no burn without a budget or with a zero one', () => {
    expect(budgetBurn(10, undefined)).toBeUndefined();
    expect(budgetBurn(10, 0)).toBeUndefined();
  });
});

describe('billableValueMinor', () => {
  it('prices billable time at the rate, rounding half away from zero', () => {
    expect(billableValueMinor(9_500, 2.5 * HOUR)).toBe(23_750);
    // 1 minute at 0.50 an hour is 0.8333… of a cent.
    expect(billableValueMinor(50, 60_000)).toBe(1);
    // 36 seconds at 0.50 an hour is exactly half a cent, which rounds up.
    expect(billableValueMinor(50, 36_000)).toBe(1);
    expect(billableValueMinor(50, 35_999)).toBe(0);
  });
});

describe('moneyUsedMinor', () => {
  const usage = { trackedMs: 10 * HOUR, billableMs: 8 * HOUR, invoicedNetMinor: 120_000 };

  it('values hourly work by its billable time at the project rate', () => {
    expect(moneyUsedMinor({ kind: 'hourly', rateMinor: 9_000 }, usage)).toBe(72_000);
  });

  it('counts what was invoiced for fixed-price and unbilled work', () => {
    expect(moneyUsedMinor({ kind: 'fixed', amountMinor: 500_000 }, usage)).toBe(120_000);
    expect(moneyUsedMinor({ kind: 'nonBillable' }, usage)).toBe(120_000);
  });
});

describe('projectBudgetBurn', () => {
  it('burns hours with all tracked time and money with the billable value', () => {
    const burn = projectBudgetBurn({ billing: { kind: 'hourly', rateMinor: 10_000 }, budgetHours: 40, budgetAmountMinor: 300_000 }, { trackedMs: 34 * HOUR, billableMs: 30 * HOUR, invoicedNetMinor: 0 });
    expect(burn.hours).toEqual({ used: 34 * HOUR, budget: 40 * HOUR, remaining: 6 * HOUR, percent: 85, level: 'warning' });
    expect(burn.amount).toEqual({ used: 300_000, budget: 300_000, remaining: 0, percent: 100, level: 'alert' });
  });

  it('takes fractional hour budgets to the millisecond', () => {
    const burn = projectBudgetBurn({ billing: { kind: 'nonBillable' }, budgetHours: 12.5 }, { trackedMs: 5 * HOUR, billableMs: 0, invoicedNetMinor: 0 });
    expect(burn).toEqual({ hours: { used: 5 * HOUR, budget: 12.5 * HOUR, remaining: 7.5 * HOUR, percent: 40, level: 'ok' }, amount: undefined });
  });

});
