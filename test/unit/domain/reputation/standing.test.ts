import { describe, expect, it } from 'vitest';
import { prepareJobSuccess, type JobSuccessContract } from '../../../../src/domain/reputation/job-success';
import { standingWeekEnds } from '../../../../src/domain/reputation/reputation-overview';
import { defaultTopRatedBar, weeklyStanding } from '../../../../src/domain/reputation/standing';

const month = (key: string, earnedMajor: number) => ({ month: key, trackedMs: 3_600_000, billableMs: 3_600_000, earnedBaseMinor: earnedMajor * 100 });

describe('standingWeekEnds', () => {
  it('ends the current week today and each earlier week on the day before the next starts (weeks from Monday)', () => {
    // Wednesday 9 December 2026: this week started on Monday the 7th, so the week before ended on Sunday the 6th.
    expect(standingWeekEnds('2026-12-09', 1, 3)).toEqual(['2026-11-29', '2026-12-06', '2026-12-09']);
  });

  it('follows a Sunday week start, and a today that is the first day of its week', () => {
    // Sunday 6 December 2026 starts a Sunday week: the week before ended on Saturday the 5th.
    expect(standingWeekEnds('2026-12-06', 0, 2)).toEqual(['2026-12-05', '2026-12-06']);
  });
});

describe('weeklyStanding against the top-rated bar', () => {
  const contracts: JobSuccessContract[] = [
    { id: 'a', clientId: 'A', status: 'completed', startDate: '2026-01-05', endDate: '2026-02-27', months: [month('2026-01', 600), month('2026-02', 500)] },
    { id: 'b', clientId: 'B', status: 'completed', startDate: '2026-03-02', endDate: '2026-04-30', months: [month('2026-03', 300)] },
    { id: 'c', clientId: 'C', status: 'completed', startDate: '2026-05-04', endDate: '2026-06-10', months: [month('2026-05', 400)] },
  ];
  const feedback = [
    { id: 'fa', projectId: 'a', date: '2026-03-01', ratingTenths: 50 },
    { id: 'fb', projectId: 'b', date: '2026-05-02', ratingTenths: 48 },
    { id: 'fc', projectId: 'c', date: '2026-06-12', ratingTenths: 20 },
  ];
  const prepared = prepareJobSuccess({ contracts, feedback, minorPerMajor: 100 });
  const bar = defaultTopRatedBar(100);

  it('defaults to a score of 90, 1,000 earned over 12 months and no poor feedback for 90 days', () => {
    expect(bar).toEqual({ minScore: 90, minEarnedBaseMinor: 100_000, noPoorFeedbackDays: 90 });
  });

  it('marks each week by every part of the bar', () => {
    const [may31, june14, september13] = weeklyStanding(prepared, ['2026-05-31', '2026-06-14', '2026-09-13'], bar);
    // 31 May: a (weight: earned 1,100 → 1.5) and b (earned 300 → 1.25) both succeeded: 100.0; earned Jan–May 1,800.
    expect(may31).toMatchObject({ scoreTenths: 1000, earnedBaseMinor: 180_000, meetsScore: true, meetsEarnings: true, meetsFeedback: true, topRated: true });
    // 14 June: c ended on 10 June and was rated 2.0 two days later: failure of 1.25.
    // (1.5 + 1.25 − 1.25) ÷ 4 = 37.5; and poor feedback within 90 days.
    expect(june14).toMatchObject({ scoreTenths: 375, poorFeedbackContractIds: ['c'], meetsScore: false, meetsFeedback: false, topRated: false });
    // 13 September: c ended 95 days before, outside the 90 days; the score is still 37.5.
    expect(september13).toMatchObject({ scoreTenths: 375, poorFeedbackContractIds: [], meetsFeedback: true, topRated: false });
  });

  it('reads the earnings bar over the 12 months up to the week, whole months', () => {
    const raised = { ...bar, minEarnedBaseMinor: 180_001 };
    const [may31] = weeklyStanding(prepared, ['2026-05-31'], raised);
    expect(may31).toMatchObject({ earnedBaseMinor: 180_000, meetsEarnings: false, topRated: false });
    // In February 2027 the 12 months are March 2026 to February 2027: b and c earned 300 + 400.
    const [later] = weeklyStanding(prepared, ['2027-02-14'], bar);
    expect(later?.earnedBaseMinor).toBe(70_000);
  });
});
