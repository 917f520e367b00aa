import { describe, expect, it } from 'vitest';
import { weekRange } from '../../../../src/domain/time/week-range';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { timesheetGrid, type TimesheetEntry } from '../../../../src/domain/time-tracking/timesheet-grid';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONE = 'Europe/Berlin';
/** Monday 2 March 2026 to Sunday 8 March. */
const WEEK = weekRange(zonedInstant('2026-03-04', '12:00', ZONE), 1, ZONE);

function entry(projectId: string, day: string, from: string, to: string | null, toDay = day): TimesheetEntry {
  return { projectId, start: zonedInstant(day, from, ZONE), end: to === null ? null : zonedInstant(toDay, to, ZONE) };
}

describe('timesheetGrid', () => {
  it('sums projects by day, with row, column and grand totals', () => {
    const grid = timesheetGrid(
      [
        entry('site', '2026-03-02', '09:00', '11:30'),
        entry('site', '2026-03-02', '13:00', '14:00'),
        entry('audit', '2026-03-02', '15:00', '16:15'),
        entry('site', '2026-03-06', '10:00', '12:00'),
      ],
      WEEK.days,
      ZONE,
      zonedInstant('2026-03-08', '20:00', ZONE),
    );
    expect(grid.rows).toEqual([
      { projectId: 'audit', days: [75 * MINUTE, 0, 0, 0, 0, 0, 0], total: 75 * MINUTE },
      { projectId: 'site', days: [3.5 * HOUR, 0, 0, 0, 2 * HOUR, 0, 0], total: 5.5 * HOUR },
    ]);
    expect(grid.dayTotals).toEqual([3.5 * HOUR + 75 * MINUTE, 0, 0, 0, 2 * HOUR, 0, 0]);
    expect(grid.total).toBe(6.75 * HOUR);
  });

  it('counts an entry across midnight on both days it touched', () => {
    const grid = timesheetGrid([entry('site', '2026-03-03', '22:00', '01:30', '2026-03-04')], WEEK.days, ZONE, 0);
    expect(grid.rows[0]?.days).toEqual([0, 2 * HOUR, 1.5 * HOUR, 0, 0, 0, 0]);
    expect(grid.total).toBe(3.5 * HOUR);
  });

  it('leaves out time outside the week, even of an entry that reaches into it', () => {
    const grid = timesheetGrid(
      [entry('site', '2026-03-01', '23:00', '01:00', '2026-03-02'), entry('site', '2026-03-09', '09:00', '10:00')],
      WEEK.days,
      ZONE,
      0,
    );
    expect(grid.rows).toEqual([{ projectId: 'site', days: [HOUR, 0, 0, 0, 0, 0, 0], total: HOUR }]);
  });

  it('counts a running entry up to now', () => {
    const now = zonedInstant('2026-03-05', '10:20', ZONE);
    const grid = timesheetGrid([entry('site', '2026-03-05', '09:00', null)], WEEK.days, ZONE, now);
    expect(grid.rows[0]?.days[3]).toBe(80 * MINUTE);
  });

  it('keeps a row for a project asked for, even with no time', () => {
    const grid = timesheetGrid([], WEEK.days, ZONE, 0, { includeProjectIds: ['new-project'] });
    expect(grid).toEqual({ rows: [{ projectId: 'new-project', days: [0, 0, 0, 0, 0, 0, 0], total: 0 }], dayTotals: [0, 0, 0, 0, 0, 0, 0], total: 0 });
  });

  it('gives the spring-forward Sunday its 23 hours, by real elapsed time', () => {
    const week = weekRange(zonedInstant('2026-03-25', '12:00', ZONE), 1, ZONE);
    const sunday = entry('site', '2026-03-29', '00:00', '00:00', '2026-03-30');
    const grid = timesheetGrid([sunday], week.days, ZONE, 0);
    expect(grid.rows[0]?.days[6]).toBe(23 * HOUR);
  });
});
