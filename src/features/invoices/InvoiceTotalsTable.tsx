import type { InvoiceDiscount } from '../../domain/invoices/invoice-totals';
import type { InvoiceTotals } from '../../domain/model';
import { Money } from '../../ui/Money';
import { formatPercentForInput } from '../../shared/decimal-input';
import styles from './InvoiceTotalsTable.module.css';

interface InvoiceTotalsTableProps {
  totals: InvoiceTotals;
  /** Σ line amounts before the discount. */
  linesNetMinor: number;
  discount: InvoiceDiscount | undefined;
  currency: string;
  locale: string;
  reverseCharge: boolean;
}

/** Net, the discount, tax per rate and the gross, laid out as the invoice prints them. */
export function InvoiceTotalsTable({ totals, linesNetMinor, discount, currency, locale, reverseCharge }: InvoiceTotalsTableProps) {
  const discountMinor = linesNetMinor - totals.netMinor;
  return (
    <dl className={styles.table}>
      {discount !== undefined && (
        <>
          <div className={styles.row}>
            <dt>Lines</dt>
            <dd>
              <Money amountMinor={linesNetMinor} currency={currency} />
            </dd>
          </div>
          <div className={styles.row}>
            <dt>Discount{discount.kind === 'percent' ? ` (${formatPercentForInput(discount.basisPoints, locale)} %)` : ''}</dt>
            <dd>
              <Money amountMinor={-discountMinor} currency={currency} />
            </dd>
          </div>
        </>
      )}
      <div className={styles.row}>
        <dt>Net</dt>
        <dd>
          <Money amountMinor={totals.netMinor} currency={currency} />
        </dd>
      </div>
      {totals.taxGroups.map((group) => (
        <div className={styles.row} key={group.rateBasisPoints}>
          <dt>
            {reverseCharge ? 'Tax (reverse charge)' : `Tax ${formatPercentForInput(group.rateBasisPoints, locale)} %`}
            <span className={styles.on}>
              on <Money amountMinor={group.netMinor} currency={currency} />
            </span>
          </dt>
          <dd>
            <Money amountMinor={group.taxMinor} currency={currency} />
          </dd>
        </div>
      ))}
      <div className={`${styles.row} ${styles.gross}`}>
        <dt>Total</dt>
        <dd>
          <Money amountMinor={totals.grossMinor} currency={currency} />
        </dd>
      </div>
    </dl>
  );
}
