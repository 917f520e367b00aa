import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../../src/domain/model';
import { groupEntriesByDay } from '../../../../src/features/time/group-entries-by-day';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';

function entry(id: string, start: number, end: number | null, timeZone = BERLIN): TimeEntry {
  return {
    id,
    createdAt: start,
    updatedAt: start,
    projectId: 'project-1',
    clientId: 'client-1',
    start,
    end,
    timeZone,
    description: `Work ${id}`,
    billable: true,
    tags: [],
    source: 'manual',
    ...(end === null ? { running: 1 as const } : {}),
  };
}

// 2026-03-10 09:00 in Berlin (UTC+1 in winter).
const tuesdayNine = Date.UTC(2026, 2, 10, 8, 0);

describe('groupEntriesByDay', () => {
  it('puts entries under their local day, newest day first, with the day total', () => {
    const days = groupEntriesByDay(
      [entry('c', tuesdayNine + 4 * HOUR, tuesdayNine + 6 * HOUR), entry('b', tuesdayNine, tuesdayNine + 3 * HOUR), entry('a', tuesdayNine - 24 * HOUR, tuesdayNine - 23 * HOUR)],
      tuesdayNine + 10 * HOUR,
    );
    expect(days.map((day) => day.day)).toEqual(['2026-03-10', '2026-03-09']);
    expect(days[0]?.totalMs).toBe(5 * HOUR);
    expect(days[0]?.rows.map((row) => row.entry.id)).toEqual(['c', 'b']);
    expect(days[1]?.totalMs).toBe(HOUR);
  });

  it('splits an entry that crosses local midnight between the two days', () => {
    // 22:00 to 02:00 Berlin time.
    const lateStart = Date.UTC(2026, 2, 10, 21, 0);
    const days = groupEntriesByDay([entry('night', lateStart, lateStart + 4 * HOUR)], lateStart + 10 * HOUR);
    expect(days.map((day) => [day.day, day.totalMs])).toEqual([
      ['2026-03-11', 2 * HOUR],
      ['2026-03-10', 2 * HOUR],
    ]);
    expect(days.every((day) => day.rows[0]?.continued === true)).toBe(true);
    expect(new Set(days.map((day) => day.rows[0]?.key)).size).toBe(2);
  });

  it('uses the zone the entry was tracked in, not where the viewer is now', () => {
    // 23:30 in Tokyo is still the afternoon in Berlin.
    const tokyoLate = Date.UTC(2026, 2, 10, 14, 30);
    const days = groupEntriesByDay([entry('tokyo', tokyoLate, tokyoLate + HOUR / 4, 'Asia/Tokyo')], tokyoLate + HOUR);
    expect(days[0]?.day).toBe('2026-03-10');
  });

  it('counts the running entry up to now and marks it', () => {
    const days = groupEntriesByDay([entry('running', tuesdayNine, null)], tuesdayNine + 90 * 60_000);
    expect(days[0]?.totalMs).toBe(90 * 60_000);
    expect(days[0]?.rows[0]).toMatchObject({ running: true, end: tuesdayNine + 90 * 60_000, continued: false });
  });

  it('returns no days for no entries', () => {
    expect(groupEntriesByDay([], tuesdayNine)).toEqual([]);
  });
});
