import type { CurrencyAmount } from '../../domain/proposals/proposal-value';
import { Money } from '../../ui/Money';

/** Amounts in several currencies side by side, never added across currencies; a dash when there are none. */
export function MoneyAmounts({ amounts, empty = '—' }: { amounts: readonly CurrencyAmount[]; empty?: string }) {
  if (amounts.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className={`proposal-amounts${amounts.length > 1 ? ' proposal-amounts-many' : ''}`}>
      {amounts.map(({ currency, amountMinor }) => (
        <Money key={currency} amountMinor={amountMinor} currency={currency} />
      ))}
    </span>
  );
}
