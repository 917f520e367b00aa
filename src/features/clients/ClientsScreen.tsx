import { useState } from 'react';
import { Link } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ClientFilters } from './ClientFilters';
import { ClientsTable } from './ClientsTable';
import { clientsSummary } from './clients-summary';
import { useClients, type ClientFilter } from './use-clients';
import './clients.css';

function noMatchMessage(filter: ClientFilter): string {
  if (filter.search.trim() !== '') return `No clients match “${filter.search.trim()}”.`;
  return 'Every client is archived. Tick “Include archived” to see them.';
}

/** Everyone the freelancer works for, with the terms each is billed on. */
export function ClientsScreen() {
  const [filter, setFilter] = useState<ClientFilter>({ search: '', includeArchived: false });
  const view = useClients(filter);

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Clients" />
      </div>
    );
  }

  if (view.allClients.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Clients" />
        <EmptyState
          icon={<AreaIcon area="clients" />}
          title="No clients yet"
          description={
            <>
              <p>
                Each client keeps its currency, default hourly rate and payment terms, and whether you work for it under NDA, so
                invoices and your portfolio get them right.
              </p>
              <p>Set your business details and base currency in Settings first, or load demo data to look around.</p>
            </>
          }
          actions={
            <>
              <DemoDataButton variant="primary" />
              <Link to="/settings" className="button button-secondary">
                Open Settings
              </Link>
            </>
          }
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Clients" description={clientsSummary(view.allClients)} />
      <div className="stack">
        <ClientFilters filter={filter} onChange={setFilter} />
        <ClientsTable clients={view.clients} emptyMessage={noMatchMessage(filter)} />
      </div>
    </div>
  );
}
