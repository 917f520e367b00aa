import { describe, expect, it } from 'vitest';
import { buildDayListItems, weekStartOf, type DayListItem } from '../../../../src/features/time/day-list-items';
import { HOUR, timeEntry } from './time-entry-records';

// Tuesday 10 March 2026, 09:00 in Berlin (UTC+1).
const tuesdayNine = Date.UTC(2026, 2, 10, 8, 0);

function shape(items: readonly DayListItem[]): string[] {
  return items.map((item) => (item.kind === 'week' ? `week ${item.firstDay}` : item.kind === 'day' ? `day ${item.day}` : `entry ${item.row.entry.id}`));
}

describe('weekStartOf', () => {
  it('finds the first day of the week for each week start', () => {
    expect(weekStartOf('2026-03-10', 1)).toBe('2026-03-09');
    expect(weekStartOf('2026-03-10', 0)).toBe('2026-03-08');
    expect(weekStartOf('2026-03-10', 6)).toBe('2026-03-07');
    expect(weekStartOf('2026-03-09', 1)).toBe('2026-03-09');
    expect(weekStartOf('2026-03-08', 1)).toBe('2026-03-02');
  });
});

describe('buildDayListItems', () => {
  it('heads each week and day, newest first, with the entries under their day', () => {
    const entries = [
      timeEntry('tue-late', tuesdayNine + 5 * HOUR, tuesdayNine + 6 * HOUR),
      timeEntry('tue-early', tuesdayNine, tuesdayNine + 2 * HOUR),
      timeEntry('mon', tuesdayNine - 24 * HOUR, tuesdayNine - 23 * HOUR),
      timeEntry('last-fri', tuesdayNine - 4 * 24 * HOUR, tuesdayNine - 4 * 24 * HOUR + 3 * HOUR),
    ];
    const items = buildDayListItems(entries, tuesdayNine + 10 * HOUR, 1);
    expect(shape(items)).toEqual([
      'week 2026-03-09',
      'day 2026-03-10',
      'entry tue-late',
      'entry tue-early',
      'day 2026-03-09',
      'entry mon',
      'week 2026-03-02',
      'day 2026-03-06',
      'entry last-fri',
    ]);
  });

  it('totals each week and its billable part, and each day', () => {
    const entries = [
      timeEntry('billable', tuesdayNine, tuesdayNine + 2 * HOUR),
      timeEntry('internal', tuesdayNine + 3 * HOUR, tuesdayNine + 4 * HOUR, { billable: false }),
      timeEntry('monday', tuesdayNine - 24 * HOUR, tuesdayNine - 21 * HOUR),
    ];
    const items = buildDayListItems(entries, tuesdayNine + 10 * HOUR, 1);
    const week = items[0];
    expect(week?.kind === 'week' && [week.totalMs, week.billableMs, week.lastDay]).toEqual([6 * HOUR, 5 * HOUR, '2026-03-15']);
    const days = items.filter((item) => item.kind === 'day');
    expect(days.map((day) => day.kind === 'day' && [day.day, day.totalMs, day.entryCount])).toEqual([
      ['2026-03-10', 3 * HOUR, 2],
      ['2026-03-09', 3 * HOUR, 1],
    ]);
  });

  it('marks the last entry of each day, so the day card can close', () => {
    const entries = [timeEntry('b', tuesdayNine + 3 * HOUR, tuesdayNine + 4 * HOUR), timeEntry('a', tuesdayNine, tuesdayNine + HOUR)];
    const items = buildDayListItems(entries, tuesdayNine + 10 * HOUR, 1);
    expect(items.flatMap((item) => (item.kind === 'entry' ? [[item.row.entry.id, item.lastOfDay]] : []))).toEqual([
      ['b', false],
      ['a', true],
    ]);
  });

  it('shows an entry across midnight under both days, and counts a week boundary crossing in both weeks', () => {
    // Sunday 8 March 22:00 to Monday 9 March 02:00 in Berlin: a week boundary when weeks start on Monday.
    const sundayLate = Date.UTC(2026, 2, 8, 21, 0);
    const items = buildDayListItems([timeEntry('night', sundayLate, sundayLate + 4 * HOUR)], sundayLate + 10 * HOUR, 1);
    expect(shape(items)).toEqual(['week 2026-03-09', 'day 2026-03-09', 'entry night', 'week 2026-03-02', 'day 2026-03-08', 'entry night']);
    const weeks = items.flatMap((item) => (item.kind === 'week' ? [item.totalMs] : []));
    expect(weeks).toEqual([2 * HOUR, 2 * HOUR]);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  it('counts a running entry up to now', () => {
    const items = buildDayListItems([timeEntry('running', tuesdayNine, null)], tuesdayNine + 90 * 60_000, 1);
    const day = items.find((item) => item.kind === 'day');
    expect(day?.kind === 'day' && day.totalMs).toBe(90 * 60_000);
    const entry = items.find((item) => item.kind === 'entry');
    expect(entry?.kind === 'entry' && entry.row.running).toBe(true);
  });

  it('is empty without entries', () => {
    expect(buildDayListItems([], tuesdayNine, 1)).toEqual([]);
  });
});
