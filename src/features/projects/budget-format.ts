import { formatMoney } from '../../domain/money';
import { formatDuration } from '../../domain/time';

/** Writers for the two budget units: durations as "34h 00m", money in the locale's way. */
export function budgetFormatters(currency: string, locale: string): { hours: (ms: number) => string; amount: (minor: number) => string } {
  return {
    hours: (ms) => formatDuration(ms, 'hours-minutes'),
    amount: (minor) => formatMoney(minor, currency, locale),
  };
}
