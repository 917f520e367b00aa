import type { AreaId } from '../platform/contract';
import type { NewRecordKind } from './commands';

export interface NavGroup {
  label: string;
  areas: readonly AreaId[];
}

/** The sidebar's grouping: the freelancer's week reads top to bottom, from tracking to getting paid to reputation. */
export const NAV_GROUPS: readonly NavGroup[] = [
  { label: 'Track', areas: ['dashboard', 'time'] },
  { label: 'Work', areas: ['clients', 'projects', 'proposals'] },
  { label: 'Money', areas: ['invoices', 'payments'] },
  { label: 'Reputation', areas: ['reputation', 'portfolio'] },
  { label: 'App', areas: ['data', 'settings'] },
];

export function areaPath(area: AreaId): string {
  return `/${area}`;
}

/** Where each kind of record's empty form is; a time entry's is a dialog the Time screen opens from its address. */
const NEW_RECORD_PATHS: Record<NewRecordKind, string> = {
  client: '/clients/new',
  project: '/projects/new',
  proposal: '/proposals/new',
  invoice: '/invoices/new',
  timeEntry: '/time?new=entry',
};

export function newRecordPath(kind: NewRecordKind): string {
  return NEW_RECORD_PATHS[kind];
}
