import { useMemo, useState } from 'react';
import { AreaIcon } from '../../app/AreaIcon';
import type { ProposalStatus } from '../../domain/model';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PROPOSAL_STATUS_LABELS, proposalsSummary } from './proposal-labels';
import { ProposalStatusFilter } from './ProposalStatusFilter';
import { ProposalsTable } from './ProposalsTable';
import { useProposals } from './use-proposals';
import './proposals.css';

/** Every bid sent, so the freelancer sees what is still open and how often bids win. */
export function ProposalsScreen() {
  const [status, setStatus] = useState<ProposalStatus | undefined>(undefined);
  const view = useProposals(status);
  const counts = useMemo(() => {
    const byStatus = new Map<ProposalStatus, number>();
    for (const proposal of view?.allProposals ?? []) byStatus.set(proposal.status, (byStatus.get(proposal.status) ?? 0) + 1);
    return byStatus;
  }, [view?.allProposals]);

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Proposals" />
      </div>
    );
  }

  if (view.allProposals.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Proposals" />
        <EmptyState
          icon={<AreaIcon area="proposals" />}
          title="No proposals yet"
          description={
            <>
              <p>
                Track each bid you send, on a marketplace or directly: the job, your rate or price, the connects it cost, and where it
                stands, from submitted to won or lost.
              </p>
              <p>A won proposal becomes a client and a project in one step. Load demo data to see a year of bids.</p>
            </>
          }
          actions={<DemoDataButton variant="primary" />}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Proposals" description={proposalsSummary(view.allProposals)} />
      <div className="stack">
        <ProposalStatusFilter status={status} counts={counts} onChange={setStatus} />
        <ProposalsTable
          proposals={view.proposals}
          clientsById={view.clientsById}
          emptyMessage={status === undefined ? 'No proposals.' : `No proposals with status “${PROPOSAL_STATUS_LABELS[status]}”.`}
        />
      </div>
    </div>
  );
}
