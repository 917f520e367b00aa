import { useId } from 'react';
import { projectStatusSchema, type Client } from '../../domain/model';
import { PROJECT_STATUS_LABELS } from './project-labels';
import type { ProjectListFilter } from './project-list-view';

/** Search and the status and client filters of the project list. */
export function ProjectFilters({ filter, onChange, clients }: { filter: ProjectListFilter; onChange: (filter: ProjectListFilter) => void; clients: readonly Client[] }) {
  const id = useId();
  return (
    <div className="projects-toolbar" role="search" aria-label="Filter projects">
      <div className="projects-search-box">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search projects
        </label>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <input id={`${id}-search`} type="search" placeholder="Search name, client or skill" value={filter.search} onChange={(event) => onChange({ ...filter, search: event.target.value })} />
      </div>
      <label className="visually-hidden" htmlFor={`${id}-status`}>
        Status
      </label>
      <select
        id={`${id}-status`}
        value={filter.status}
        onChange={(event) => {
          const parsed = projectStatusSchema.safeParse(event.target.value);
          onChange({ ...filter, status: parsed.success ? parsed.data : 'all' });
        }}
      >
        <option value="all">All statuses</option>
        {projectStatusSchema.options.map((status) => (
          <option key={status} value={status}>
            {PROJECT_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-client`}>
        Client
      </label>
      <select id={`${id}-client`} value={filter.clientId} onChange={(event) => onChange({ ...filter, clientId: event.target.value })}>
        <option value="">All clients</option>
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </select>
    </div>
  );
}
