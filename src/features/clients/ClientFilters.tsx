import { useId } from 'react';
import { platformLabel } from '../../domain/clients/client-display';
import { platformSchema, type Platform } from '../../domain/model';
import { SearchBox } from '../../ui/SearchBox';
import type { ArchiveFilter, ClientListFilter, ClientSort } from './client-list-view';
import styles from './ClientListPage.module.css';

const ARCHIVE_OPTIONS: { value: ArchiveFilter; label: string }[] = [
  { value: 'active', label: 'Active clients' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All clients' },
];

const SORT_OPTIONS: { value: ClientSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'lastActivity', label: 'Last activity' },
  { value: 'received', label: 'Received' },
];

function parsePlatform(value: string): Platform | 'all' {
  const parsed = platformSchema.safeParse(value);
  return parsed.success ? parsed.data : 'all';
}

function parseArchive(value: string): ArchiveFilter {
  return value === 'archived' || value === 'all' ? value : 'active';
}

function parseSort(value: string): ClientSort {
  return value === 'lastActivity' || value === 'received' ? value : 'name';
}

interface ClientFiltersProps {
  filter: ClientListFilter;
  onChange: (filter: ClientListFilter) => void;
  platforms: readonly Platform[];
  tags: readonly string[];
}

/** Search, the platform, tag and archive filters, and the sort order; the list below follows as they change. */
export function ClientFilters({ filter, onChange, platforms, tags }: ClientFiltersProps) {
  const id = useId();
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter clients">
      <SearchBox label="Search clients" placeholder="Search name, company, email or tag" value={filter.search} onChange={(search) => onChange({ ...filter, search })} />
      <div className={styles.toolbarSelects}>
        <label className="visually-hidden" htmlFor={`${id}-platform`}>
          Platform
        </label>
        <select id={`${id}-platform`} value={filter.platform} onChange={(event) => onChange({ ...filter, platform: parsePlatform(event.target.value) })}>
          <option value="all">All platforms</option>
          {platforms.map((platform) => (
            <option key={platform} value={platform}>
              {platformLabel(platform)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-tag`}>
          Tag
        </label>
        <select id={`${id}-tag`} value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.target.value })} disabled={tags.length === 0}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-archive`}>
          Archived
        </label>
        <select id={`${id}-archive`} value={filter.archive} onChange={(event) => onChange({ ...filter, archive: parseArchive(event.target.value) })}>
          {ARCHIVE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <div className={styles.sort}>
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} value={filter.sort} onChange={(event) => onChange({ ...filter, sort: parseSort(event.target.value) })}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
