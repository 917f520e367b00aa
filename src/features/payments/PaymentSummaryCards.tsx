import type { Payment } from '../../domain/model';
import { AmountList, nonZeroAmounts } from '../../ui/AmountList';
import { StatCard } from '../../ui/StatCard';
import { paymentNetByBaseCurrency, paymentTotalsByCurrency } from '../../domain/payments/payment-totals';

/** What the filtered payments add up to: received, kept as fees, and what reached the freelancer. */
export function PaymentSummaryCards({ payments }: { payments: readonly Payment[] }) {
  const totals = paymentTotalsByCurrency(payments);
  const base = paymentNetByBaseCurrency(payments);
  const count = payments.length;
  return (
    <div className="grid-cards">
      <StatCard label="Received" value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.amountMinor)} none="None" />} hint={`${count} ${count === 1 ? 'payment' : 'payments'}, before fees`} />
      <StatCard label="Fees" value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.feeMinor)} none="None" />} hint="Kept by platforms, banks and processors" />
      <StatCard label="Net" value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.netMinor)} none="None" />} hint="What reached you" />
      <StatCard
        label={base.length === 1 && base[0] !== undefined ? `Net in ${base[0].currency}` : 'Net in base currency'}
        value={<AmountList amounts={base.map((line) => ({ currency: line.currency, amountMinor: line.netMinor }))} none="None" />}
        hint="At the rate recorded with each payment"
      />
    </div>
  );
}
