import { useContext } from 'react';
import { useSearchParams } from 'react-router';
import { SettingsContext } from '../../shared/settings-context';
import { BackLink } from '../../ui/BackLink';
import { PageHeader } from '../../ui/PageHeader';
import { ProposalForm } from './ProposalForm';
import { emptyProposalFormValues } from './proposal-form-values';
import { useProposals } from './use-proposals';
import styles from './proposals.module.css';

/** A new proposal, for a client on file (`?client=<id>`) or a new prospect. */
export function NewProposalPage() {
  const view = useProposals();
  const settings = useContext(SettingsContext);
  const [params] = useSearchParams();

  if (view === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="New proposal" />
      </div>
    );
  }
  const client = view.clients.find((candidate) => candidate.id === params.get('client'));
  const initial = emptyProposalFormValues({ currency: client?.currency ?? settings.baseCurrency, clientId: client?.id });
  if (client !== undefined) initial.platform = client.platform;
  return (
    <div className={`page ${styles.proposalsWide}`}>
      <BackLink to="/proposals" label="Proposals" />
      <PageHeader title="New proposal" description="Paste the job post first: your best matching work appears beside the form, ready to cite." />
      <ProposalForm initialValues={initial} clients={view.clients} cancelTo="/proposals" />
    </div>
  );
}
