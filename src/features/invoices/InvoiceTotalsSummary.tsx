import { Money } from '../../ui/Money';
import type { InvoiceCurrencyTotals } from './invoice-totals-by-currency';

/** One line per currency: invoiced, still owed, and how much of that is overdue. */
export function InvoiceTotalsSummary({ countLine, totals }: { countLine: string; totals: readonly InvoiceCurrencyTotals[] }) {
  return (
    <>
      <span className="invoices-summary-line">{countLine}</span>
      {totals.map((line) => (
        <span key={line.currency} className="invoices-summary-line">
          <span className="invoices-currency">{line.currency}</span> <Money amountMinor={line.invoicedMinor} currency={line.currency} /> invoiced ·{' '}
          <Money amountMinor={line.outstandingMinor} currency={line.currency} /> outstanding
          {line.overdueMinor > 0 && (
            <>
              {' · '}
              <span className="invoices-overdue">
                <Money amountMinor={line.overdueMinor} currency={line.currency} /> overdue
              </span>
            </>
          )}
        </span>
      ))}
    </>
  );
}
