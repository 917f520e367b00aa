import type { TimeEntry } from '../../domain/model';

/** What the Time screen narrows its entries to; every field left out matches everything. */
export interface TimeFilters {
  clientId?: string;
  projectId?: string;
  tag?: string;
  billable?: boolean;
  invoiced?: boolean;
}

export type TimeView = 'list' | 'week';

const PARAM = { view: 'view', week: 'week', client: 'client', project: 'project', tag: 'tag', billable: 'billable', invoiced: 'invoiced' } as const;

function yesNo(value: string | null): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

function nonEmpty(value: string | null): string | undefined {
  return value === null || value.trim() === '' ? undefined : value;
}

/**
 * The filters kept in the address (`?client=…&billable=yes`), so a reload or the back button keeps them. The
 * address is typed by hand at times: unknown values are ignored rather than trusted.
 */
export function filtersFromSearchParams(params: URLSearchParams): TimeFilters {
  return definedFilters({
    clientId: nonEmpty(params.get(PARAM.client)),
    projectId: nonEmpty(params.get(PARAM.project)),
    tag: nonEmpty(params.get(PARAM.tag)),
    billable: yesNo(params.get(PARAM.billable)),
    invoiced: yesNo(params.get(PARAM.invoiced)),
  });
}

function setOrDelete(params: URLSearchParams, name: string, value: string | undefined): void {
  if (value === undefined) params.delete(name);
  else params.set(name, value);
}

function yesNoParam(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

/** The address parameters with the filters replaced; view and week are kept. */
export function searchParamsWithFilters(params: URLSearchParams, filters: TimeFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, PARAM.client, filters.clientId);
  setOrDelete(next, PARAM.project, filters.projectId);
  setOrDelete(next, PARAM.tag, filters.tag);
  setOrDelete(next, PARAM.billable, yesNoParam(filters.billable));
  setOrDelete(next, PARAM.invoiced, yesNoParam(filters.invoiced));
  return next;
}

export function viewFromSearchParams(params: URLSearchParams): TimeView {
  return params.get(PARAM.view) === 'week' ? 'week' : 'list';
}

export function searchParamsWithView(params: URLSearchParams, view: TimeView): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, PARAM.view, view === 'list' ? undefined : view);
  return next;
}

/** The week the grid shows, named by one of its days; undefined for the current week. */
export function weekFromSearchParams(params: URLSearchParams): string | undefined {
  const value = params.get(PARAM.week);
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export function searchParamsWithWeek(params: URLSearchParams, week: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, PARAM.week, week);
  return next;
}

/** The filters without the fields set to undefined, so two equal filters compare and serialise alike. */
export function definedFilters(filters: TimeFilters): TimeFilters {
  const defined: TimeFilters = {};
  if (filters.clientId !== undefined) defined.clientId = filters.clientId;
  if (filters.projectId !== undefined) defined.projectId = filters.projectId;
  if (filters.tag !== undefined) defined.tag = filters.tag;
  if (filters.billable !== undefined) defined.billable = filters.billable;
  if (filters.invoiced !== undefined) defined.invoiced = filters.invoiced;
  return defined;
}

export function hasActiveFilters(filters: TimeFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** Whether one entry passes the filters; the same test the repository query applies, for entries added beside it. */
export function entryMatchesFilters(entry: TimeEntry, filters: TimeFilters): boolean {
  if (filters.clientId !== undefined && entry.clientId !== filters.clientId) return false;
  if (filters.projectId !== undefined && entry.projectId !== filters.projectId) return false;
  if (filters.tag !== undefined && !entry.tags.includes(filters.tag)) return false;
  if (filters.billable !== undefined && entry.billable !== filters.billable) return false;
  if (filters.invoiced !== undefined && (entry.invoiceId !== undefined) !== filters.invoiced) return false;
  return true;
}
