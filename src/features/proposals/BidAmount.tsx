import type { Proposal } from '../../domain/model';
import { Money } from '../../ui/Money';

/** "$85.00 / h" or "$4,000.00 fixed". */
export function BidAmount({ bid, currency }: { bid: Proposal['bid']; currency: string }) {
  return (
    <span className="proposals-nowrap">
      <Money amountMinor={bid.kind === 'hourly' ? bid.rateMinor : bid.amountMinor} currency={currency} />
      <span className="muted">{bid.kind === 'hourly' ? ' / h' : ' fixed'}</span>
    </span>
  );
}
