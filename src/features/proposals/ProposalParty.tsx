import type { Client, Proposal } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import styles from './proposals.module.css';

/** Who the proposal went to: a known client, or a prospect not yet a client. */
export function ProposalParty({ proposal, client }: { proposal: Proposal; client: Client | undefined }) {
  if (client !== undefined) {
    return (
      <span className={styles.proposalsParty}>
        <span>{client.name}</span>
        {client.confidential && <Badge tone="warning">Confidential</Badge>}
      </span>
    );
  }
  if (proposal.prospect === undefined) return <span className="muted">Unknown client</span>;
  return (
    <span className={styles.proposalsParty}>
      <span>
        {proposal.prospect.name}
        {proposal.prospect.company !== undefined && proposal.prospect.company !== '' && <span className="muted"> · {proposal.prospect.company}</span>}
      </span>
      <Badge>Prospect</Badge>
    </span>
  );
}
