import type { Feedback, Project, ProjectRollup } from '../model';
import type { JobSuccessContract, JobSuccessRecords } from './job-success';

export interface ContractTotals {
  trackedMs: number;
  earnedBaseMinor: number;
  /** Months with tracked time or earnings, `YYYY-MM`, in order. */
  workMonths: string[];
}

/** Each project's totals over all its months, from the project rollups. */
export function contractTotals(rollups: readonly ProjectRollup[]): Map<string, ContractTotals> {
  const totals = new Map<string, ContractTotals>();
  for (const rollup of rollups) {
    const entry = totals.get(rollup.projectId) ?? { trackedMs: 0, earnedBaseMinor: 0, workMonths: [] };
    entry.trackedMs += rollup.trackedMs;
    entry.earnedBaseMinor += rollup.earnedBaseMinor;
    if (rollup.trackedMs > 0 || rollup.earnedBaseMinor > 0) entry.workMonths.push(rollup.month);
    totals.set(rollup.projectId, entry);
  }
  for (const entry of totals.values()) entry.workMonths.sort();
  return totals;
}

/** Live projects as the contracts job success scores, with their months from the project rollups. */
export function jobSuccessRecords(projects: readonly Project[], rollups: readonly ProjectRollup[], feedback: readonly Feedback[], minorPerMajor: number): JobSuccessRecords {
  const monthsByProject = new Map<string, ProjectRollup[]>();
  for (const rollup of rollups) {
    const list = monthsByProject.get(rollup.projectId) ?? [];
    list.push(rollup);
    monthsByProject.set(rollup.projectId, list);
  }
  const contracts = projects.map((project): JobSuccessContract => {
    const contract: JobSuccessContract = {
      id: project.id,
      clientId: project.clientId,
      status: project.status,
      startDate: project.startDate,
      months: (monthsByProject.get(project.id) ?? []).map(({ month, trackedMs, billableMs, earnedBaseMinor }) => ({ month, trackedMs, billableMs, earnedBaseMinor })),
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
