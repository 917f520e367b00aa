import { Money } from '../../ui/Money';
import type { PaymentCurrencyTotals } from './payment-totals';

/** One line per currency: what clients paid, what platforms kept, and what arrived. */
export function PaymentTotalsSummary({ totals }: { totals: readonly PaymentCurrencyTotals[] }) {
  const count = totals.reduce((sum, line) => sum + line.count, 0);
  return (
    <>
      <span className="payments-summary-line">
        {count} {count === 1 ? 'payment' : 'payments'} received
      </span>
      {totals.map((line) => (
        <span key={line.currency} className="payments-summary-line">
          <span className="payments-currency">{line.currency}</span> <Money amountMinor={line.amountMinor} currency={line.currency} /> paid ·{' '}
          <Money amountMinor={line.feeMinor} currency={line.currency} /> fees · <Money amountMinor={line.netMinor} currency={line.currency} /> net
        </span>
      ))}
    </>
  );
}
