import { useContext } from 'react';
import { useNavigate, useParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from '../../ui/BackLink';
import { blankClientForm, clientFormFromClient } from './client-form-values';
import { ClientForm } from './ClientForm';
import { useClientFormSources } from './use-clients';

/** The page for /clients/new and /clients/:clientId/edit. */
export function ClientFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { clientId } = useParams();
  const navigate = useNavigate();
  const locale = useDisplayLocale();
  const settings = useContext(SettingsContext);
  const editedId = mode === 'edit' ? clientId : undefined;
  const data = useClientFormSources(editedId);

  if (data === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title={mode === 'new' ? 'New client' : 'Edit client'} />
      </div>
    );
  }

  if (mode === 'edit' && (data.client === undefined || data.client.deletedAt !== undefined)) {
    return (
      <div className="page">
        <BackLink to="/clients" label="Clients" />
        <PageHeader title="Client not found" />
        <EmptyState title="This client no longer exists" description={<p>It may have been deleted. Its list is one click away.</p>} />
      </div>
    );
  }

  const client = data.client;
  const initial = client === undefined ? blankClientForm({ currency: settings.baseCurrency, paymentTermsDays: settings.defaultPaymentTermsDays }) : clientFormFromClient(client, locale);
  const backTo = client === undefined ? '/clients' : `/clients/${client.id}`;

  return (
    <div className="page">
      <BackLink to={backTo} label={client === undefined ? 'Clients' : client.name} />
      <PageHeader
        title={client === undefined ? 'New client' : `Edit ${client.name}`}
        description={client === undefined ? 'Add someone you work for. Projects, time and invoices hang off the client.' : undefined}
      />
      <ClientForm
        key={client?.id ?? 'new'}
        initial={initial}
        clientId={client?.id}
        knownTags={data.tags}
        clients={data.clients}
        onSaved={(saved) => void navigate(`/clients/${saved.id}`)}
        onCancel={() => void navigate(backTo)}
      />
    </div>
  );
}
