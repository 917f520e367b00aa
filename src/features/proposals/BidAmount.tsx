import type { Proposal } from '../../domain/model';
import { Money } from '../../ui/Money';
import styles from './proposals.module.css';

/** "$85.00 / h" or "$4,000.00 fixed". */
export function BidAmount({ bid, currency }: { bid: Proposal['bid']; currency: string }) {
  return (
    <span className={styles.proposalsNowrap}>
      <Money amountMinor={bid.kind === 'hourly' ? bid.rateMinor : bid.amountMinor} currency={currency} />
      <span className="muted">{bid.kind === 'hourly' ? ' / h' : ' fixed'}</span>
    </span>
  );
}
