import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { Button } from '../../ui/Button';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ClientFilters } from './ClientFilters';
import { clientFilterOptions, DEFAULT_CLIENT_FILTER, filterClientEntries, noMatchMessage, type ClientListFilter } from './client-list-view';
import { ClientsTable } from './ClientsTable';
import { clientsSummary } from './clients-summary';
import { useClientEntries } from './use-clients';

function NewClientButton({ variant }: { variant: 'primary' | 'secondary' }) {
  const navigate = useNavigate();
  return (
    // Keyed by variant: a button that changes variant in place would fade through unreadable colours.
    <Button key={variant} variant={variant} onClick={() => void navigate('/clients/new')}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      New client
    </Button>
  );
}

/** Everyone the freelancer works for: searchable, filtered by platform, tag and archive, sorted three ways. */
export function ClientListPage() {
  const [filter, setFilter] = useState<ClientListFilter>(DEFAULT_CLIENT_FILTER);
  const entries = useClientEntries();

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
        <PageHeader title="Clients" actions={<NewClientButton variant="secondary" />} />
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

  const clients = entries.map((entry) => entry.client);
  const options = clientFilterOptions(entries);
  const shown = filterClientEntries(entries, filter);

  return (
    <div className="page">
      <PageHeader title="Clients" description={clientsSummary(clients)} actions={<NewClientButton variant="primary" />} />
      <div className="stack">
        <ClientFilters filter={filter} onChange={setFilter} platforms={options.platforms} tags={options.tags} />
        <ClientsTable entries={shown} emptyMessage={noMatchMessage(filter)} />
      </div>
    </div>
  );
}
