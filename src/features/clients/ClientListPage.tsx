import { useState } from 'react';
import { Link } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { useBusinessDetailsMissing } from '../../shared/settings-context';
import { EmptyState } from '../../ui/EmptyState';
import { NewRecordButton } from '../../ui/NewRecordButton';
import { PageHeader } from '../../ui/PageHeader';
import { ClientFilters } from './ClientFilters';
import { clientFilterOptions, DEFAULT_CLIENT_FILTER, filterClientEntries, noMatchMessage, type ClientListFilter } from './client-list-view';
import { ClientsTable } from './ClientsTable';
import { clientsSummary } from './clients-summary';
import { useClientEntries } from './use-clients';

/** Everyone the freelancer works for: searchable, filtered by platform, tag and archive, sorted three ways. */
export function ClientListPage() {
  const [filter, setFilter] = useState<ClientListFilter>(DEFAULT_CLIENT_FILTER);
  const entries = useClientEntries();
  const businessMissing = useBusinessDetailsMissing();

  if (entries === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Clients" />
      </div>
    );
  }

  if (entries.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Clients" actions={<NewRecordButton to="/clients/new" label="New client" variant="secondary" />} />
        <EmptyState
          icon={<AreaIcon area="clients" />}
          title="No clients yet"
          description={
            <>
              <p>
                Each client keeps its currency, default hourly rate and payment terms, and whether you work for it under NDA, so
                invoices and your portfolio get them right.
              </p>
              <p>
                {businessMissing
                  ? 'Set your business details and base currency in Settings first, or load demo data to look around.'
                  : 'Add your first client, or load demo data to look around.'}
              </p>
            </>
          }
          actions={
            <>
              <DemoDataButton variant="primary" />
              {businessMissing && (
                <Link to="/settings" className="button button-secondary">
                  Open Settings
                </Link>
              )}
            </>
          }
        />
      </div>
    );
  }

  const clients = entries.map((entry) => entry.client);
  const options = clientFilterOptions(entries);
  const shown = filterClientEntries(entries, filter);

  return (
    <div className="page">
      <PageHeader title="Clients" description={clientsSummary(clients)} actions={<NewRecordButton to="/clients/new" label="New client" variant="primary" />} />
      <div className="stack">
        <ClientFilters filter={filter} onChange={setFilter} platforms={options.platforms} tags={options.tags} />
        <ClientsTable entries={shown} emptyMessage={noMatchMessage(filter)} />
      </div>
    </div>
  );
}
