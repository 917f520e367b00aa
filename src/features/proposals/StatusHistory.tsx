import { useDisplayLocale } from '../../shared/settings-context';
import type { Proposal } from '../../domain/model';
import { PROPOSAL_STATUS_LABELS } from '../../domain/proposals/proposal-status';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { formatDateTime } from './proposal-format';
import { formatWait } from '../../shared/figure-display';
import { StatusDot } from './StatusDot';
import styles from './StatusHistory.module.css';

/** Every status the proposal went through, oldest first, with when and how long after the step before. */
export function StatusHistory({ proposal }: { proposal: Proposal }) {
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  return (
    <ol className={styles.proposalHistory} aria-label="Status history">
      {proposal.statusHistory.map((step, index) => {
        const previous = proposal.statusHistory[index - 1];
        return (
          <li key={`${step.status}-${step.at}-${index}`} className={styles.proposalHistoryStep}>
            <StatusDot status={step.status} className={styles.proposalHistoryDot} />
            <div>
              <p className={styles.proposalHistoryStatus}>{PROPOSAL_STATUS_LABELS[step.status]}</p>
              <p className={styles.proposalHistoryTime}>
                <time dateTime={new Date(step.at).toISOString()}>{formatDateTime(step.at, timeZone, locale)}</time>
                {previous !== undefined && <span> · {formatWait(Math.max(0, step.at - previous.at), locale)} later</span>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
