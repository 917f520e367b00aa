import { Money } from '../../ui/Money';
import styles from './ClientListPage.module.css';

/** Amounts in several currencies, one per line, never added together; a dash when there are none. */
export function MoneyAmounts({ amounts }: { amounts: readonly { currency: string; amountMinor: number }[] }) {
  if (amounts.length === 0) return <span className="muted">—</span>;
  return (
    <span className={styles.moneyAmounts}>
      {amounts.map((amount) => (
        <Money key={amount.currency} amountMinor={amount.amountMinor} currency={amount.currency} />
      ))}
    </span>
  );
}
