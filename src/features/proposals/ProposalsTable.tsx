import { useDisplayLocale } from '../../app/use-settings';
import { platformLabel } from '../../domain/clients/client-display';
import type { Client, Proposal } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { formatInstantDay } from '../time/date-display';
import { useDisplayTimeZone } from '../time/use-display-time-zone';
import { BidAmount } from './BidAmount';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from './proposal-labels';
import { ProposalParty } from './ProposalParty';

interface ProposalsTableProps {
  proposals: readonly Proposal[];
  clientsById: ReadonlyMap<string, Client>;
  emptyMessage: string;
}

export function ProposalsTable({ proposals, clientsById, emptyMessage }: ProposalsTableProps) {
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const columns: ReadonlyArray<DataTableColumn<Proposal>> = [
    { key: 'title', header: 'Title', width: '30%', cell: (proposal) => <span className="proposals-title">{proposal.title}</span> },
    {
      key: 'party',
      header: 'Client or prospect',
      cell: (proposal) => <ProposalParty proposal={proposal} client={proposal.clientId === undefined ? undefined : clientsById.get(proposal.clientId)} />,
    },
    { key: 'platform', header: 'Platform', cell: (proposal) => platformLabel(proposal.platform) },
    { key: 'bid', header: 'Bid', align: 'end', cell: (proposal) => <BidAmount bid={proposal.bid} currency={proposal.currency} /> },
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
          <span className="proposals-nowrap">{formatInstantDay(proposal.submittedAt, timeZone, locale)}</span>
        ),
    },
  ];
  return <DataTable label="Proposals" rows={proposals} columns={columns} rowKey={(proposal) => proposal.id} emptyMessage={emptyMessage} />;
}
