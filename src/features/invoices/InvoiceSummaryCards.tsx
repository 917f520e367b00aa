import { Money } from '../../ui/Money';
import { StatCard } from '../../ui/StatCard';
import type { InvoiceCurrencyTotals } from './invoice-totals-by-currency';
import styles from './InvoiceSummaryCards.module.css';

function AmountLines({ totals, pick, none, tone }: { totals: readonly InvoiceCurrencyTotals[]; pick: (line: InvoiceCurrencyTotals) => number; none: string; tone?: 'danger' }) {
  const lines = totals.filter((line) => pick(line) !== 0);
  if (lines.length === 0) return <span className={styles.statEmpty}>{none}</span>;
  return (
    <ul className={[styles.amounts, tone === 'danger' && styles.amountsDanger].filter(Boolean).join(' ')}>
      {lines.map((line) => (
        <li key={line.currency}>
          <Money amountMinor={pick(line)} currency={line.currency} />
        </li>
      ))}
    </ul>
  );
}

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
        value={<AmountLines totals={totals} pick={(line) => line.outstandingMinor} none="All paid" />}
        hint={outstandingCount === 0 ? 'No invoice is waiting for payment' : `${outstandingCount} ${outstandingCount === 1 ? 'invoice' : 'invoices'} awaiting payment`}
      />
      <StatCard
        label="Overdue"
        value={<AmountLines totals={totals} pick={(line) => line.overdueMinor} none="Nothing late" tone="danger" />}
        hint={overdueCount === 0 ? 'Every unpaid invoice is within its terms' : `${overdueCount} past ${overdueCount === 1 ? 'its' : 'their'} due date`}
      />
      <StatCard label="Invoiced" value={<AmountLines totals={totals} pick={(line) => line.invoicedMinor} none="Nothing yet" />} hint="Issued invoices less credit notes, all time" />
      <StatCard
        label="Drafts"
        value={draftCount}
        hint={draftCount === 0 ? 'Nothing waiting to be issued' : `${draftCount === 1 ? 'One invoice' : `${draftCount} invoices`} not yet numbered or sent`}
      />
    </div>
  );
}
