import type { CurrencyAmount } from '../domain/money';
import { EmptyFigure } from './EmptyFigure';
import { Money } from './Money';
import styles from './AmountList.module.css';

/** The amounts `pick` reads from each currency's line, leaving out the currencies where it is zero. */
export function nonZeroAmounts<T extends { currency: string }>(lines: readonly T[], pick: (line: T) => number): CurrencyAmount[] {
  return lines.flatMap((line) => {
    const amountMinor = pick(line);
    return amountMinor === 0 ? [] : [{ currency: line.currency, amountMinor }];
  });
}

/**
 * A headline figure in several currencies: one line each, the first at full size and the others beneath it, smaller.
 * With no amounts, `none` stands in its place.
 */
export function AmountList({ amounts, none, tone }: { amounts: readonly CurrencyAmount[]; none: string; tone?: 'danger' }) {
  if (amounts.length === 0) return <EmptyFigure>{none}</EmptyFigure>;
  return (
    <ul className={[styles.amounts, tone === 'danger' && styles.amountsDanger].filter(Boolean).join(' ')}>
      {amounts.map((amount) => (
        <li key={amount.currency}>
          <Money amountMinor={amount.amountMinor} currency={amount.currency} />
        </li>
      ))}
    </ul>
  );
}
