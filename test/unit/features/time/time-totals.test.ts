import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../../src/domain/model';
import { timeTotals, withRunningEntry } from '../../../../src/features/time/time-totals';

const HOUR = 3_600_000;
const monday = Date.UTC(2026, 2, 9, 0, 0);

function entry(id: string, start: number, end: number | null, billable: boolean): TimeEntry {
  return {
    id,
    createdAt: start,
    updatedAt: start,
    projectId: 'p',
    clientId: 'c',
    start,
    end,
    timeZone: 'UTC',
    description: '',
    billable,
    tags: [],
    source: 'manual',
  };
}

describe('timeTotals', () => {
  const week = { from: monday, to: monday + 7 * 24 * HOUR };
  const wednesday = { from: monday + 2 * 24 * HOUR, to: monday + 3 * 24 * HOUR };
  const now = wednesday.from + 15 * HOUR;

  it('sums today, the week and the billable part of the week', () => {
    const entries = [
      entry('mon', monday + 9 * HOUR, monday + 12 * HOUR, true),
      entry('wed-internal', wednesday.from + 9 * HOUR, wednesday.from + 10 * HOUR, false),
      entry('wed-running', wednesday.from + 13 * HOUR, null, true),
      entry('last-week', monday - 20 * HOUR, monday - 18 * HOUR, true),
    ];
    expect(timeTotals(entries, now, wednesday, week)).toEqual({ todayMs: 3 * HOUR, weekMs: 6 * HOUR, weekBillableMs: 5 * HOUR });
  });

  it('counts only this week’s part of an entry that began last week', () => {
    const overnight = entry('overnight', monday - 2 * HOUR, monday + HOUR, true);
    expect(timeTotals([overnight], now, wednesday, week).weekMs).toBe(HOUR);
  });
});

describe('withRunningEntry', () => {
  const running = entry('running', monday - 30 * 24 * HOUR, null, true);
  const recent = entry('recent', monday, monday + HOUR, true);

  it('adds a running entry that started before the range', () => {
    expect(withRunningEntry([recent], running).map((e) => e.id)).toEqual(['running', 'recent']);
  });

  it('does not list the running entry twice', () => {
    expect(withRunningEntry([running, recent], running)).toHaveLength(2);
  });

  it('leaves the entries alone when nothing runs', () => {
    expect(withRunningEntry([recent], undefined)).toEqual([recent]);
  });
});
