import type { Rollup } from '../model';
import { addLocalMonths } from '../time/local-calendar';

export interface CurrencyMonths {
  currency: string;
  /** One per month asked for, in order; a month with nothing received holds 0. */
  months: { month: string; receivedMinor: number; feesMinor: number }[];
  totalMinor: number;
}

/** The `count` months up to and including `thisMonth` (`YYYY-MM`), oldest first. */
export function lastMonths(thisMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addLocalMonths(`${thisMonth}-01`, index - (count - 1)).slice(0, 7));
}

/**
 * What was received each month, per currency and never summed across currencies, from the month × client × currency
 * rollups. Currencies with the most received come first; one with nothing received in these months is left out.
 */
export function receivedByMonth(rollups: readonly Rollup[], months: readonly string[]): CurrencyMonths[] {
  const byCurrency = new Map<string, Map<string, { receivedMinor: number; feesMinor: number }>>();
  for (const rollup of rollups) {
    if (!months.includes(rollup.month) || (rollup.receivedMinor === 0 && rollup.feesMinor === 0)) continue;
    const currencyMonths = byCurrency.get(rollup.currency) ?? new Map<string, { receivedMinor: number; feesMinor: number }>();
    const cell = currencyMonths.get(rollup.month) ?? { receivedMinor: 0, feesMinor: 0 };
    cell.receivedMinor += rollup.receivedMinor;
    cell.feesMinor += rollup.feesMinor;
    currencyMonths.set(rollup.month, cell);
    byCurrency.set(rollup.currency, currencyMonths);
  }
  return [...byCurrency]
    .map(([currency, cells]) => {
      const shown = months.map((month) => ({ month, receivedMinor: cells.get(month)?.receivedMinor ?? 0, feesMinor: cells.get(month)?.feesMinor ?? 0 }));
      return { currency, months: shown, totalMinor: shown.reduce((sum, cell) => sum + cell.receivedMinor, 0) };
    })
    .filter((entry) => entry.totalMinor !== 0)
    .sort((a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency));
}
