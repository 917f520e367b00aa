import type { AreaId } from '../platform/contract';

export interface NavGroup {
  label: string;
  areas: readonly AreaId[];
}

/** The sidebar's grouping: the freelancer's week reads top to bottom, from tracking to getting paid to reputation. */
export const NAV_GROUPS: readonly NavGroup[] = [
  { label: 'Track', areas: ['dashboard', 'time'] },
  { label: 'Work', areas: ['clients', 'projects', 'proposals'] },
  { label: 'Money', areas: ['invoices', 'payments'] },
  { label: 'Reputation', areas: ['feedback', 'portfolio'] },
  { label: 'App', areas: ['data', 'settings'] },
];

export function areaPath(area: AreaId): string {
  return `/${area}`;
}
