import { useId } from 'react';
import { projectStatusSchema, type Client } from '../../domain/model';
import { SearchBox } from '../../ui/SearchBox';
import { PROJECT_STATUS_LABELS } from './project-labels';
import type { ProjectListFilter } from './project-list-view';
import styles from './ProjectListPage.module.css';
import { ClientOptions } from '../../shared/ClientOptions';

/** Search and the status and client filters of the project list. */
export function ProjectFilters({ filter, onChange, clients }: { filter: ProjectListFilter; onChange: (filter: ProjectListFilter) => void; clients: readonly Client[] }) {
  const id = useId();
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter projects">
      <SearchBox label="Search projects" placeholder="Search name, client or skill" value={filter.search} onChange={(search) => onChange({ ...filter, search })} />
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
        <ClientOptions clients={clients} />
      </select>
    </div>
  );
}
