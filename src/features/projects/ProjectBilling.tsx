import type { ProjectBilling as Billing } from '../../domain/model';
import { Money } from '../../ui/Money';
import styles from './ProjectBilling.module.css';

/** "€90.00 / h", "€8,000.00 fixed" or "Not billable". */
export function ProjectBilling({ billing, currency }: { billing: Billing; currency: string }) {
  switch (billing.kind) {
    case 'hourly':
      return (
        <span className={styles.nowrap}>
          <Money amountMinor={billing.rateMinor} currency={currency} />
          <span className="muted"> / h</span>
        </span>
      );
    case 'fixed':
      return (
        <span className={styles.nowrap}>
          <Money amountMinor={billing.amountMinor} currency={currency} />
          <span className="muted"> fixed</span>
        </span>
      );
    case 'nonBillable':
      return <span className="muted">Not billable</span>;
  }
}
