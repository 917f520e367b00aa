import { describe, expect, it } from 'vitest';
import { hoursBetween, hoursByWeek, lastWeekStarts, type DayHours } from '../../../../src/domain/reports/hours-by-week';

const HOUR = 3_600_000;

function day(key: string, projects: Record<string, [tracked: number, billable: number, unbilled: number]>): DayHours {
  return { day: key, projects: Object.fromEntries(Object.entries(projects).map(([id, [trackedMs, billableMs, unbilledMs]]) => [id, { trackedMs, billableMs, unbilledMs }])) };
}

// Monday 2 Nov 2026 to Sunday 15 Nov 2026, two projects.
const days = [
  day('2026-11-02', { p1: [6 * HOUR, 6 * HOUR, 0], p2: [1 * HOUR, 0, 0] }),
  day('2026-11-06', { p1: [4 * HOUR, 4 * HOUR, 4 * HOUR] }),
  day('2026-11-08', { p2: [2 * HOUR, 2 * HOUR, 2 * HOUR] }),
  day('2026-11-09', { p1: [3 * HOUR, 3 * HOUR, 3 * HOUR] }),
  day('2026-11-15', { p1: [1 * HOUR, 0, 0] }),
];

describe('lastWeekStarts', () => {
  it('counts back from the start of the week holding today, oldest first', () => {
    // Wednesday 11 Nov 2026: Monday weeks start on the 9th; Sunday weeks on the 8th.
    expect(lastWeekStarts('2026-11-11', 1, 3)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(lastWeekStarts('2026-11-11', 0, 2)).toEqual(['2026-11-01', '2026-11-08']);
    // Today is the first day of its week.
    expect(lastWeekStarts('2026-11-09', 1, 1)).toEqual(['2026-11-09']);
  });
});

describe('hoursBetween', () => {
  it('adds every project of the days in the range, both ends included', () => {
    // 2–8 Nov: tracked 6 + 1 + 4 + 2 = 13 h; billable 6 + 4 + 2 = 12 h; unbilled 4 + 2 = 6 h.
    expect(hoursBetween(days, '2026-11-02', '2026-11-08')).toEqual({ trackedMs: 13 * HOUR, billableMs: 12 * HOUR, unbilledMs: 6 * HOUR });
    expect(hoursBetween(days, '2026-11-03', '2026-11-05')).toEqual({ trackedMs: 0, billableMs: 0, unbilledMs: 0 });
  });
});

describe('hoursByWeek', () => {
  it('gives each week its seven days, a week with nothing as zeros', () => {
    // Week of 9 Nov: 3 h billable unbilled + 1 h not billable on the 15th (its Sunday).
    expect(hoursByWeek(days, ['2026-10-26', '2026-11-02', '2026-11-09'])).toEqual([
      { weekStart: '2026-10-26', trackedMs: 0, billableMs: 0, unbilledMs: 0 },
      { weekStart: '2026-11-02', trackedMs: 13 * HOUR, billableMs: 12 * HOUR, unbilledMs: 6 * HOUR },
      { weekStart: '2026-11-09', trackedMs: 4 * HOUR, billableMs: 3 * HOUR, unbilledMs: 3 * HOUR },
    ]);
  });
});
