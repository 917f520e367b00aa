import { useId } from 'react';
import type { ClientFilter } from './use-clients';

/** Search and the archived toggle; the list below narrows as the freelancer types. */
export function ClientFilters({ filter, onChange }: { filter: ClientFilter; onChange: (filter: ClientFilter) => void }) {
  const searchId = useId();
  return (
    <div className="clients-filters" role="search" aria-label="Filter clients">
      <label htmlFor={searchId} className="visually-hidden">
        Search clients
      </label>
      <input
        id={searchId}
        type="search"
        className="clients-search"
        placeholder="Search by name, company, email or tag"
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
      />
      <label className="clients-archived-toggle">
        <input type="checkbox" checked={filter.includeArchived} onChange={(event) => onChange({ ...filter, includeArchived: event.target.checked })} />
        Include archived
      </label>
    </div>
  );
}
