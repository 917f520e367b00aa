import { currencyExponent } from '../money/currency';
import type { Client, Feedback, Project, ProjectTotals, TopRatedBar } from '../model';
import { addLocalDays, dayOfWeek } from '../time/local-calendar';
import { contractImpacts, jobSuccessAt, prepareJobSuccess, type JobSuccess, type PreparedJobSuccess } from './job-success';
import { jobSuccessRecords } from './reputation-contracts';
import { defaultTopRatedBar, weeklyStanding, type WeekStanding } from './standing';

/** Weeks in the standing chart (two years) and in the top-rated strip. */
export const STANDING_WEEKS = 104;
export const TOP_RATED_STRIP_WEEKS = 16;

export interface ReputationOverviewSources {
  clients: readonly Client[];
  projects: readonly Project[];
  projectTotals: readonly ProjectTotals[];
  feedback: readonly Feedback[];
}

export interface ReputationOverviewOptions {
  today: string;
  weekStartsOn: number;
  baseCurrency: string;
  bar: TopRatedBar | undefined;
}

export interface ReputationOverview {
  prepared: PreparedJobSuccess;
  jobSuccess: JobSuccess;
  /** Points each contract moves the best window's score, in tenths. */
  impactTenths: ReadonlyMap<string, number>;
  /** Oldest first; the last week ends today. */
  weeks: readonly WeekStanding[];
  bar: TopRatedBar;
  minorPerMajor: number;
}

/**
 * The ends of the last `count` weeks, oldest first: the current week ends today (it is not over), each earlier one on
 * the day before the next one starts.
 */
export function standingWeekEnds(today: string, weekStartsOn: number, count: number): string[] {
  const daysIntoWeek = (dayOfWeek(today) - weekStartsOn + 7) % 7;
  const lastFullWeekEnd = addLocalDays(today, -daysIntoWeek - 1);
  const ends = Array.from({ length: count - 1 }, (_, index) => addLocalDays(lastFullWeekEnd, -7 * (count - 2 - index)));
  return [...ends, today];
}

/** Job success now, what moves it, and the weekly standing: the part of the Reputation screen that needs every contract. */
export function reputationOverview(sources: ReputationOverviewSources, options: ReputationOverviewOptions): ReputationOverview {
  const minorPerMajor = 10 ** currencyExponent(options.baseCurrency);
  const prepared = prepareJobSuccess(jobSuccessRecords(sources.projects, sources.projectTotals, sources.feedback, minorPerMajor));
  const jobSuccess = jobSuccessAt(prepared, options.today);
  const impactTenths = new Map(jobSuccess.best === undefined ? [] : contractImpacts(jobSuccess.best).map((impact) => [impact.contractId, impact.pointsTenths]));
  const bar = options.bar ?? defaultTopRatedBar(minorPerMajor);
  const weeks = weeklyStanding(prepared, standingWeekEnds(options.today, options.weekStartsOn, STANDING_WEEKS), bar);
  return { prepared, jobSuccess, impactTenths, weeks, bar, minorPerMajor };
}
