import { memo, useId, useMemo, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { projectOptionLabel } from './project-options';
import { definedFilters, hasActiveFilters, type TimeFilters } from './time-filters';
import styles from './TimeFilterBar.module.css';
import type { TimeReference } from './use-time-reference-query';
import { compareNames } from '../../shared/compare-names';
import { ClientOptions } from '../../shared/ClientOptions';

interface TimeFilterBarProps {
  filters: TimeFilters;
  onChange: (filters: TimeFilters) => void;
  /** What the filters offer; not the recent projects, which change with a start on a new project and are not shown here. */
  reference: Pick<TimeReference, 'clientsById' | 'projectsById' | 'projectOptions' | 'knownTags'>;
  /** The week grid edits whole project days, so only the client and project filters apply to it. */
  projectFiltersOnly?: boolean;
}

function FilterSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className={[styles.filter, value !== '' && styles.filterActive].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.filterLabel}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

function yesNoValue(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

function readYesNo(value: string): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** Narrows the Time screen by client, project, tag, billable and invoiced; the choices live in the address. */
/** Memoised: its project and client lists are long, and the screens above it redraw for their totals and the timer. */
export const TimeFilterBar = memo(function TimeFilterBar({ filters, onChange, reference, projectFiltersOnly = false }: TimeFilterBarProps) {
  const clients = useMemo(
    () =>
      [...reference.clientsById.values()]
        .filter((client) => client.deletedAt === undefined)
        .sort((a, b) => compareNames(a.name, b.name)),
    [reference.clientsById],
  );
  const projects = useMemo(
    () => reference.projectOptions.filter((option) => filters.clientId === undefined || reference.projectsById.get(option.id)?.clientId === filters.clientId),
    [reference.projectOptions, reference.projectsById, filters.clientId],
  );
  const tags = useMemo(() => [...reference.knownTags].sort(compareNames), [reference.knownTags]);

  const set = (patch: Partial<TimeFilters>) => onChange(definedFilters({ ...filters, ...patch }));

  return (
    <div className={styles.filterBar} role="group" aria-label="Filters">
      <FilterSelect
        label="Client"
        value={filters.clientId ?? ''}
        onChange={(value) => {
          const clientId = value === '' ? undefined : value;
          const keepProject = filters.projectId !== undefined && clientId !== undefined && reference.projectsById.get(filters.projectId)?.clientId === clientId;
          set({ clientId, projectId: keepProject ? filters.projectId : undefined });
        }}
      >
        <option value="">All clients</option>
        <ClientOptions clients={clients} />
      </FilterSelect>
      <FilterSelect label="Project" value={filters.projectId ?? ''} onChange={(value) => set({ projectId: value === '' ? undefined : value })}>
        <option value="">All projects</option>
        {projects.map((option) => (
          <option key={option.id} value={option.id}>
            {filters.clientId === undefined ? projectOptionLabel(option) : option.name}
          </option>
        ))}
      </FilterSelect>
      {!projectFiltersOnly && (
        <>
          <FilterSelect label="Tag" value={filters.tag ?? ''} onChange={(value) => set({ tag: value === '' ? undefined : value })}>
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label="Billable" value={yesNoValue(filters.billable)} onChange={(value) => set({ billable: readYesNo(value) })}>
            <option value="">Billable or not</option>
            <option value="yes">Billable</option>
            <option value="no">Not billable</option>
          </FilterSelect>
          <FilterSelect label="Invoiced" value={yesNoValue(filters.invoiced)} onChange={(value) => set({ invoiced: readYesNo(value) })}>
            <option value="">Invoiced or not</option>
            <option value="yes">Invoiced</option>
            <option value="no">Not invoiced</option>
          </FilterSelect>
        </>
      )}
      {hasActiveFilters(filters) && (
        <Button variant="ghost" size="sm" className={styles.filterClear} onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  );
});
