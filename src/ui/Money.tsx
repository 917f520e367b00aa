import { useDisplayLocale } from '../shared/settings-context';
import { formatMoney } from '../domain/money';

function formatForDisplay(amountMinor: number, currency: string, locale: string): string {
  try {
    return formatMoney(amountMinor, currency, locale);
  } catch {
    // A malformed stored code or locale must not take the whole screen down; show the raw figure instead.
    return `${amountMinor} ${currency} (minor units)`;
  }
}

/** An amount of money in integer minor units, formatted in the locale chosen in Settings. */
export function Money({ amountMinor, currency }: { amountMinor: number; currency: string }) {
  const locale = useDisplayLocale();
  return <span className="tabular money">{formatForDisplay(amountMinor, currency, locale)}</span>;
}
