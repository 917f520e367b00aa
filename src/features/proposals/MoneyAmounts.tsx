import type { CurrencyAmount } from '../../domain/proposals/proposal-value';
import { Money } from '../../ui/Money';
import styles from './MoneyAmounts.module.css';

interface MoneyAmountsProps {
  amounts: readonly CurrencyAmount[];
  empty?: string;
  /** The figure of a stat card: several currencies there are set smaller, so the card keeps its neighbours' height. */
  headline?: boolean;
}

/** Amounts in several currencies side by side, never added across currencies; a dash when there are none. */
export function MoneyAmounts({ amounts, empty = '—', headline = false }: MoneyAmountsProps) {
  if (amounts.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className={headline && amounts.length > 1 ? `${styles.proposalAmounts} ${styles.proposalAmountsHeadline}` : styles.proposalAmounts}>
      {amounts.map(({ currency, amountMinor }) => (
        <Money key={currency} amountMinor={amountMinor} currency={currency} />
      ))}
    </span>
  );
}
