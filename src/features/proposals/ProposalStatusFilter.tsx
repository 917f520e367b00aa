import { useId } from 'react';
import { proposalStatusSchema, type ProposalStatus } from '../../domain/model';
import { PROPOSAL_STATUS_LABELS } from './proposal-labels';
import styles from './ProposalStatusFilter.module.css';

const ALL = 'all';

/** Narrows the list to one status; the counts beside each option show where proposals stand. */
export function ProposalStatusFilter({
  status,
  counts,
  onChange,
}: {
  status: ProposalStatus | undefined;
  counts: ReadonlyMap<ProposalStatus, number>;
  onChange: (status: ProposalStatus | undefined) => void;
}) {
  const id = useId();
  return (
    <div className={styles.proposalsFilter}>
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        value={status ?? ALL}
        onChange={(event) => {
          const parsed = proposalStatusSchema.safeParse(event.target.value);
          onChange(parsed.success ? parsed.data : undefined);
        }}
      >
        <option value={ALL}>All statuses</option>
        {proposalStatusSchema.options.map((option) => (
          <option key={option} value={option}>
            {PROPOSAL_STATUS_LABELS[option]} ({counts.get(option) ?? 0})
          </option>
        ))}
      </select>
    </div>
  );
}
