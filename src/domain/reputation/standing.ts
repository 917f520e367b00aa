import type { TopRatedBar } from '../model';
import { addLocalDays, addLocalMonths } from '../time/local-calendar';
import { jobSuccessAt, type PreparedJobSuccess } from './job-success';

/** The bar before the freelancer changes it: score 90, 1,000 of base currency earned in 12 months, no poor feedback in 90 days. */
export function defaultTopRatedBar(minorPerMajor: number): TopRatedBar {
  return { minScore: 90, minEarnedBaseMinor: 1000 * minorPerMajor, noPoorFeedbackDays: 90 };
}

export interface WeekStanding {
  weekEnd: string;
  scoreTenths?: number;
  /** Earned on contracts in the 12 months up to the week's end (whole months, the week's own included). */
  earnedBaseMinor: number;
  /** Contracts that ended with poor feedback within the bar's days before the week's end. */
  poorFeedbackContractIds: string[];
  meetsScore: boolean;
  meetsEarnings: boolean;
  meetsFeedback: boolean;
  topRated: boolean;
}

function earnedByMonth(prepared: PreparedJobSuccess): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (const contract of prepared.contracts) {
    for (const month of contract.months) byMonth.set(month.month, (byMonth.get(month.month) ?? 0) + month.earnedBaseMinor);
  }
  return byMonth;
}

/** Each week's score and whether it clears every part of the top-rated bar. */
export function weeklyStanding(prepared: PreparedJobSuccess, weekEnds: readonly string[], bar: TopRatedBar): WeekStanding[] {
  const byMonth = earnedByMonth(prepared);
  return weekEnds.map((weekEnd) => {
    const score = jobSuccessAt(prepared, weekEnd);
    let earnedBaseMinor = 0;
    for (let back = 0; back < 12; back += 1) earnedBaseMinor += byMonth.get(addLocalMonths(weekEnd, -back).slice(0, 7)) ?? 0;
    const poorSince = addLocalDays(weekEnd, -bar.noPoorFeedbackDays);
    const longest = score.windows[score.windows.length - 1];
    const poorFeedbackContractIds = (longest?.assessments ?? [])
      .filter((assessment) => assessment.reason === 'poorFeedback' && assessment.endedOn !== undefined && assessment.endedOn > poorSince)
      .map((assessment) => assessment.contractId);
    const meetsScore = score.scoreTenths !== undefined && score.scoreTenths >= bar.minScore * 10;
    const meetsEarnings = earnedBaseMinor >= bar.minEarnedBaseMinor;
    const meetsFeedback = poorFeedbackContractIds.length === 0;
    const standing: WeekStanding = { weekEnd, earnedBaseMinor, poorFeedbackContractIds, meetsScore, meetsEarnings, meetsFeedback, topRated: meetsScore && meetsEarnings && meetsFeedback };
    if (score.scoreTenths !== undefined) standing.scoreTenths = score.scoreTenths;
    return standing;
  });
}
