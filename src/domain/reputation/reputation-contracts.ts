import type { Feedback, Project, ProjectTotals } from '../model';
import type { JobSuccessContract, JobSuccessRecords } from './job-success';

export interface ContractTotals {
  trackedMs: number;
  earnedBaseMinor: number;
  /** Months with tracked time or earnings, `YYYY-MM`, in order. */
  workMonths: string[];
}

/** Each project's totals over all its months, from the project totals. */
export function contractTotals(projectTotals: readonly ProjectTotals[]): Map<string, ContractTotals> {
  const totals = new Map<string, ContractTotals>();
  for (const { projectId, months } of projectTotals) {
    const entry: ContractTotals = { trackedMs: 0, earnedBaseMinor: 0, workMonths: [] };
    for (const [month, amounts] of Object.entries(months)) {
      entry.trackedMs += amounts.trackedMs;
      entry.earnedBaseMinor += amounts.earnedBaseMinor;
      if (amounts.trackedMs > 0 || amounts.earnedBaseMinor > 0) entry.workMonths.push(month);
    }
    entry.workMonths.sort();
    totals.set(projectId, entry);
  }
  return totals;
}

/** Live projects as the contracts job success scores, with their months from the project totals. */
export function jobSuccessRecords(projects: readonly Project[], projectTotals: readonly ProjectTotals[], feedback: readonly Feedback[], minorPerMajor: number): JobSuccessRecords {
  const monthsByProject = new Map(projectTotals.map(({ projectId, months }) => [projectId, months]));
  const contracts = projects.map((project): JobSuccessContract => {
    const contract: JobSuccessContract = {
      id: project.id,
      clientId: project.clientId,
      status: project.status,
      startDate: project.startDate,
      months: Object.entries(monthsByProject.get(project.id) ?? {}).map(([month, { trackedMs, billableMs, earnedBaseMinor }]) => ({ month, trackedMs, billableMs, earnedBaseMinor })),
    };
    if (project.endDate !== undefined) contract.endDate = project.endDate;
    if (project.endReason !== undefined) contract.endReason = project.endReason;
    return contract;
  });
  const projectIds = new Set(projects.map((project) => project.id));
  return {
    contracts,
    feedback: feedback.filter((item) => projectIds.has(item.projectId)).map(({ id, projectId, date, ratingTenths }) => ({ id, projectId, date, ratingTenths })),
    minorPerMajor,
  };
}
