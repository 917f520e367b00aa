import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { platformLabel } from '../../domain/clients/client-display';
import type { Client, Proposal } from '../../domain/model';
import { bidValueMinor } from '../../domain/proposals/proposal-value';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Money } from '../../ui/Money';
import { BidAmount } from './BidAmount';
import { formatDate } from './proposal-format';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from './proposal-labels';
import { ProposalParty } from './ProposalParty';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import styles from './proposals.module.css';

interface ProposalsTableProps {
  proposals: readonly Proposal[];
  clientsById: ReadonlyMap<string, Client>;
  emptyMessage: string;
}

/** Every proposal in one sortable-by-eye list: the view for scanning many at once. */
export function ProposalsTable({ proposals, clientsById, emptyMessage }: ProposalsTableProps) {
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const columns: ReadonlyArray<DataTableColumn<Proposal>> = [
    {
      key: 'title',
      header: 'Title',
      width: '28%',
      cell: (proposal) => (
        <Link to={`/proposals/${proposal.id}`} className={styles.proposalsTitle}>
          {proposal.title}
        </Link>
      ),
    },
    {
      key: 'party',
      header: 'Client or prospect',
      cell: (proposal) => <ProposalParty proposal={proposal} client={proposal.clientId === undefined ? undefined : clientsById.get(proposal.clientId)} />,
    },
    { key: 'platform', header: 'Platform', cell: (proposal) => platformLabel(proposal.platform) },
    { key: 'bid', header: 'Bid', align: 'end', cell: (proposal) => <BidAmount bid={proposal.bid} currency={proposal.currency} /> },
    {
      key: 'value',
      header: 'Value',
      align: 'end',
      cell: (proposal) => {
        const value = bidValueMinor(proposal);
        return value === undefined ? <span className="muted">—</span> : <Money amountMinor={value} currency={proposal.currency} />;
      },
    },
    {
      key: 'status',
      header: 'Status',
      cell: (proposal) => <Badge tone={PROPOSAL_STATUS_TONES[proposal.status]}>{PROPOSAL_STATUS_LABELS[proposal.status]}</Badge>,
    },
    {
      key: 'submitted',
      header: 'Submitted',
      cell: (proposal) =>
        proposal.submittedAt === undefined ? (
          <span className="muted">Not yet</span>
        ) : (
          <span className={styles.proposalsNowrap}>{formatDate(proposal.submittedAt, timeZone, locale)}</span>
        ),
    },
  ];
  return <DataTable label="Proposals" rows={proposals} columns={columns} rowKey={(proposal) => proposal.id} emptyMessage={emptyMessage} />;
}
