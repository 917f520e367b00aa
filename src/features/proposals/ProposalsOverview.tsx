import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import type { ProposalStatus } from '../../domain/model';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PlusIcon } from '../../ui/icons';
import { ProposalBoard } from './ProposalBoard';
import { PROPOSAL_STATUS_LABELS, proposalsSummary } from './proposal-labels';
import { ProposalMetricsPanel } from './ProposalMetricsPanel';
import { ProposalStatusFilter } from './ProposalStatusFilter';
import { ProposalsTable } from './ProposalsTable';
import { useProposals } from './use-proposals';
import { ViewToggle, type ProposalsViewMode } from './ViewToggle';
import styles from './proposals.module.css';

const NEW_PROPOSAL = (
  <Link to="/proposals/new" className="button button-primary">
    <PlusIcon />
    New proposal
  </Link>
);

/** The pipeline: metrics on top, then every proposal on a board by status or in a table. */
export function ProposalsOverview() {
  const view = useProposals();
  const [params, setParams] = useSearchParams();
  const mode: ProposalsViewMode = params.get('view') === 'table' ? 'table' : 'board';
  const [status, setStatus] = useState<ProposalStatus | undefined>(undefined);

  const counts = useMemo(() => {
    const byStatus = new Map<ProposalStatus, number>();
    for (const proposal of view?.proposals ?? []) byStatus.set(proposal.status, (byStatus.get(proposal.status) ?? 0) + 1);
    return byStatus;
  }, [view?.proposals]);

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Proposals" />
      </div>
    );
  }

  if (view.proposals.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Proposals" actions={NEW_PROPOSAL} />
        <EmptyState
          icon={<AreaIcon area="proposals" />}
          title="No proposals yet"
          description={
            <>
              <p>
                Track each bid you send, on a marketplace or directly: the job, your rate or price, the connects it cost, and where it
                stands, from draft to won or lost.
              </p>
              <p>Paste a job post into a new proposal and your best matching work appears beside it. A won proposal becomes a client and a project in one step.</p>
            </>
          }
          actions={
            <>
              {NEW_PROPOSAL}
              <DemoDataButton />
            </>
          }
        />
      </div>
    );
  }

  const filtered = status === undefined ? view.proposals : view.proposals.filter((proposal) => proposal.status === status);
  return (
    <div className={`page ${styles.proposalsWide}`}>
      <PageHeader
        title="Proposals"
        description={proposalsSummary(view.proposals)}
        actions={
          <>
            <ViewToggle view={mode} onChange={(next) => setParams(next === 'board' ? {} : { view: next }, { replace: true })} />
            {NEW_PROPOSAL}
          </>
        }
      />
      <div className="stack-lg">
        <ProposalMetricsPanel proposals={view.proposals} now={view.readAt} />
        {mode === 'board' ? (
          <section className="stack-sm" aria-label="Board">
            <ProposalBoard proposals={view.proposals} clientsById={view.clientsById} now={view.readAt} />
          </section>
        ) : (
          <section className="stack" aria-label="Table">
            <ProposalStatusFilter status={status} counts={counts} onChange={setStatus} />
            <ProposalsTable
              proposals={filtered}
              clientsById={view.clientsById}
              emptyMessage={status === undefined ? 'No proposals.' : `No proposals with status “${PROPOSAL_STATUS_LABELS[status]}”.`}
            />
          </section>
        )}
      </div>
    </div>
  );
}
