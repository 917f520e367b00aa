import { AmountList, nonZeroAmounts } from '../../ui/AmountList';
import { StatCard } from '../../ui/StatCard';
import type { InvoiceCurrencyTotals } from './invoice-totals-by-currency';

interface InvoiceSummaryCardsProps {
  totals: readonly InvoiceCurrencyTotals[];
  outstandingCount: number;
  overdueCount: number;
  draftCount: number;
}

/** What clients owe, what is late, and what has been invoiced, each currency on its own line. */
export function InvoiceSummaryCards({ totals, outstandingCount, overdueCount, draftCount }: InvoiceSummaryCardsProps) {
  return (
    <div className="grid-cards">
      <StatCard
        label="Outstanding"
        value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.outstandingMinor)} none="All paid" />}
        hint={outstandingCount === 0 ? 'No invoice is waiting for payment' : `${outstandingCount} ${outstandingCount === 1 ? 'invoice' : 'invoices'} awaiting payment`}
      />
      <StatCard
        label="Overdue"
        value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.overdueMinor)} none="Nothing late" tone="danger" />}
        hint={overdueCount === 0 ? 'Every unpaid invoice is within its terms' : `${overdueCount} past ${overdueCount === 1 ? 'its' : 'their'} due date`}
      />
      <StatCard label="Invoiced" value={<AmountList amounts={nonZeroAmounts(totals, (line) => line.invoicedMinor)} none="Nothing yet" />} hint="Issued invoices less credit notes, all time" />
      <StatCard
        label="Drafts"
        value={draftCount}
        hint={draftCount === 0 ? 'Nothing waiting to be issued' : `${draftCount === 1 ? 'One invoice' : `${draftCount} invoices`} not yet numbered or sent`}
      />
    </div>
  );
}
