import { useDisplayLocale } from '../../shared/settings-context';
import { BackLink } from '../../ui/BackLink';
import { PageHeader } from '../../ui/PageHeader';
import { MissingProposal } from './MissingProposal';
import { ProposalForm } from './ProposalForm';
import { proposalToFormValues } from './proposal-form-values';
import { useProposalDetail, useProposals } from './use-proposals';
import styles from './proposals.module.css';

export function EditProposalPage({ id }: { id: string }) {
  const locale = useDisplayLocale();
  const detail = useProposalDetail(id);
  const view = useProposals();

  if (detail === undefined || view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Edit proposal" />
      </div>
    );
  }
  if (detail === null) return <MissingProposal />;
  return (
    <div className={`page ${styles.proposalsWide}`}>
      <BackLink to={`/proposals/${id}`} label={detail.proposal.title} />
      <PageHeader title="Edit proposal" />
      <ProposalForm
        key={detail.proposal.id}
        proposal={detail.proposal}
        initialValues={proposalToFormValues(detail.proposal, locale)}
        clients={view.clients}
        cancelTo={`/proposals/${id}`}
      />
    </div>
  );
}
