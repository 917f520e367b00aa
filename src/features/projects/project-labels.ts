import type { Project, ProjectEndReason, ProjectStatus } from '../../domain/model';
import type { BadgeTone } from '../../ui/Badge';

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** Why finished work ended, as the freelancer would say it. */
export const PROJECT_END_REASON_LABELS: Record<ProjectEndReason, string> = {
  completed: 'Completed',
  cancelledByClientBeforeWork: 'Cancelled by the client before any work',
  clientUnresponsive: 'Client unresponsive',
  endedByMe: 'Ended by me',
};

export const PROJECT_STATUS_TONES: Record<ProjectStatus, BadgeTone> = {
  active: 'accent',
  paused: 'warning',
  completed: 'success',
  cancelled: 'neutral',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "9 projects · 4 active · 3 completed · 2 in portfolio": the header line of the Projects screen. */
export function projectsSummary(projects: readonly Project[]): string {
  const byStatus = (status: ProjectStatus) => projects.filter((project) => project.status === status).length;
  const inPortfolio = projects.filter((project) => project.portfolio.visible).length;
  const parts = [count(projects.length, 'project', 'projects')];
  for (const status of ['active', 'paused', 'completed'] as const) {
    const n = byStatus(status);
    if (n > 0) parts.push(`${n} ${PROJECT_STATUS_LABELS[status].toLowerCase()}`);
  }
  if (inPortfolio > 0) parts.push(`${inPortfolio} in portfolio`);
  return parts.join(' · ');
}
