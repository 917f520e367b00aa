import type { CurrencyAmount } from '../domain/money';
import { Money } from './Money';
import styles from './MoneyAmounts.module.css';

interface MoneyAmountsProps {
  amounts: readonly CurrencyAmount[];
  /** Side by side (the default), or one per line aligned to the end, as in a table's money column. */
  layout?: 'inline' | 'stacked';
  /** The figure of a stat card: several currencies there are set smaller, so the card keeps its neighbours' height. */
  headline?: boolean;
  empty?: string;
}

/** Amounts in several currencies, never added across currencies; a dash when there are none. */
export function MoneyAmounts({ amounts, layout = 'inline', headline = false, empty = '—' }: MoneyAmountsProps) {
  if (amounts.length === 0) return <span className="muted">{empty}</span>;
  const classes = [layout === 'stacked' ? styles.stacked : styles.inline, headline && amounts.length > 1 && styles.headline].filter(Boolean).join(' ');
  return (
    <span className={classes}>
      {amounts.map(({ currency, amountMinor }) => (
        <Money key={currency} amountMinor={amountMinor} currency={currency} />
      ))}
    </span>
  );
}
