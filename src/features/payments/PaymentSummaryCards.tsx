import type { Payment } from '../../domain/model';
import { Money } from '../../ui/Money';
import { StatCard } from '../../ui/StatCard';
import { paymentNetByBaseCurrency, paymentTotalsByCurrency, type PaymentCurrencyTotals } from '../../domain/payments/payment-totals';
import styles from './PaymentSummaryCards.module.css';

/** One amount per currency; currencies where the figure is zero are left out, so "no fees" reads as None. */
function AmountLines({ totals, pick }: { totals: readonly PaymentCurrencyTotals[]; pick: (line: PaymentCurrencyTotals) => number }) {
  const lines = totals.filter((line) => pick(line) !== 0);
  if (lines.length === 0) return <span className={styles.statEmpty}>None</span>;
  return (
    <ul className={styles.amounts}>
      {lines.map((line) => (
        <li key={line.currency}>
          <Money amountMinor={pick(line)} currency={line.currency} />
        </li>
      ))}
    </ul>
  );
}

/** What the filtered payments add up to: received, kept as fees, and what reached the freelancer. */
export function PaymentSummaryCards({ payments }: { payments: readonly Payment[] }) {
  const totals = paymentTotalsByCurrency(payments);
  const base = paymentNetByBaseCurrency(payments);
  const count = payments.length;
  return (
    <div className="grid-cards">
      <StatCard label="Received" value={<AmountLines totals={totals} pick={(line) => line.amountMinor} />} hint={`${count} ${count === 1 ? 'payment' : 'payments'}, before fees`} />
      <StatCard label="Fees" value={<AmountLines totals={totals} pick={(line) => line.feeMinor} />} hint="Kept by platforms, banks and processors" />
      <StatCard label="Net" value={<AmountLines totals={totals} pick={(line) => line.netMinor} />} hint="What reached you" />
      <StatCard
        label={base.length === 1 && base[0] !== undefined ? `Net in ${base[0].currency}` : 'Net in base currency'}
        value={
          base.length === 0 ? (
            <span className={styles.statEmpty}>None</span>
          ) : (
            <ul className={styles.amounts}>
              {base.map((line) => (
                <li key={line.currency}>
                  <Money amountMinor={line.netMinor} currency={line.currency} />
                </li>
              ))}
            </ul>
          )
        }
        hint="At the rate recorded with each payment"
      />
    </div>
  );
}
