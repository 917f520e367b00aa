import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../src/domain/time/local-calendar';
import { weekRange } from '../../../../src/domain/time/week-range';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { findOverlaps } from '../../../../src/domain/time-tracking/overlaps';
import { planProjectDayDuration } from '../../../../src/domain/time-tracking/project-day-plan';
import { timeEntriesCsv } from '../../../../src/domain/time-tracking/time-entries-csv';
import { timesheetGrid } from '../../../../src/domain/time-tracking/timesheet-grid';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Hours one entry counts on each day of the week containing `day`, seen from `zone`. */
function weekHours(zone: string, day: string, start: number, end: number): number[] {
  const week = weekRange(zonedInstant(day, '12:00', zone), 1, zone);
  return timesheetGrid([{ projectId: 'p', start, end }], week.days, zone, end).dayTotals.map((ms) => ms / HOUR);
}

function csvDuration(zone: string, start: number, end: number): string {
  const line = timeEntriesCsv([{ start, end, timeZone: zone, clientName: 'c', projectName: 'p', description: '', tags: [], billable: true, invoiced: false }]).split('\r\n')[1] ?? '';
  return line.split(',').slice(1, 5).join(',');
}

describe('spring forward: the lost hour is not tracked', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['America/New_York', '2026-03-08'],
  ])('%s on %s: 01:30 to 03:30 on the wall clock is one hour', (zone, day) => {
    const start = zonedInstant(day, '01:30', zone);
    const end = zonedInstant(day, '03:30', zone);
    expect(end - start).toBe(HOUR);
    expect(csvDuration(zone, start, end)).toBe('01:30,03:30,1.00,1:00:00');
    expect(weekHours(zone, day, start, end).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('gives the whole spring-forward Sunday 23 hours in Berlin', () => {
    const zone = 'Europe/Berlin';
    const start = zonedInstant('2026-03-29', '00:00', zone);
    const end = zonedInstant('2026-03-30', '00:00', zone);
    expect(weekHours(zone, '2026-03-29', start, end)).toEqual([0, 0, 0, 0, 0, 0, 23]);
  });
});

describe('fall back: the repeated hour is tracked twice', () => {
  it.each([
    ['Europe/Berlin', '2026-10-25', '01:30', '03:30', 3],
    ['America/New_York', '2026-11-01', '00:30', '02:30', 3],
  ])('%s on %s: %s to %s on the wall clock is %i hours', (zone, day, from, to, hours) => {
    const start = zonedInstant(day, from, zone);
    const end = zonedInstant(day, to, zone);
    expect(end - start).toBe(hours * HOUR);
    expect(csvDuration(zone, start, end)).toBe(`${from},${to},${hours}.00,${hours}:00:00`);
  });

  it('lets a timesheet cell on the fall-back day hold 25 hours, and no more', () => {
    const zone = 'America/New_York';
    const dayStart = zonedInstant('2026-11-01', '00:00', zone);
    const dayEnd = zonedInstant('2026-11-02', '00:00', zone);
    const base = { entries: [], dayStart, dayEnd, defaultStart: zonedInstant('2026-11-01', '09:00', zone), now: dayEnd };
    expect(planProjectDayDuration({ ...base, targetMs: 25 * HOUR })).toEqual({ ok: true, plan: { add: { start: dayStart, end: dayEnd }, resize: [], remove: [] } });
    expect(planProjectDayDuration({ ...base, targetMs: 25 * HOUR + 1 })).toEqual({ ok: false, error: 'This day has only 25h 00m' });
  });
});

describe('Australia/Lord_Howe: a DST shift of thirty minutes', () => {
  const zone = 'Australia/Lord_Howe';

  it('loses half an hour in October: 01:45 to 02:45 is thirty minutes', () => {
    const start = zonedInstant('2026-10-04', '01:45', zone);
    const end = zonedInstant('2026-10-04', '02:45', zone);
    expect(end - start).toBe(30 * MINUTE);
    expect(csvDuration(zone, start, end)).toBe('01:45,02:45,0.50,0:30:00');
  });

  it('gains half an hour in April: the day is 24½ hours long', () => {
    const start = zonedInstant('2026-04-05', '00:00', zone);
    const end = zonedInstant('2026-04-06', '00:00', zone);
    expect(end - start).toBe(24.5 * HOUR);
    expect(weekHours(zone, '2026-04-05', start, end)).toEqual([0, 0, 0, 0, 0, 0, 24.5]);
  });
});

describe('southern hemisphere: the clocks change the other way round the year', () => {
  it('Australia/Sydney falls back in April (a 25-hour day) and springs forward in October', () => {
    const zone = 'Australia/Sydney';
    expect(zonedInstant('2026-04-06', '00:00', zone) - zonedInstant('2026-04-05', '00:00', zone)).toBe(25 * HOUR);
    const start = zonedInstant('2026-10-04', '01:30', zone);
    const end = zonedInstant('2026-10-04', '03:30', zone);
    expect(csvDuration(zone, start, end)).toBe('01:30,03:30,1.00,1:00:00');
  });

  it('America/Santiago springs forward at midnight: the day starts at 01:00 and has 23 hours', () => {
    const zone = 'America/Santiago';
    const dayStart = zonedInstant('2026-09-06', '00:00', zone);
    expect(localDayKey(dayStart, zone)).toBe('2026-09-06');
    expect(new Date(dayStart).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    const evening = zonedInstant('2026-09-05', '22:00', zone);
    const morning = zonedInstant('2026-09-06', '02:00', zone);
    expect(weekHours(zone, '2026-09-05', evening, morning)).toEqual([0, 0, 0, 0, 0, 2, 1]);
  });
});

describe('an entry across midnight', () => {
  it('counts on both days in the timesheet, and the CSV names the day it ends', () => {
    const zone = 'Europe/Berlin';
    const start = zonedInstant('2026-03-04', '22:15', zone);
    const end = zonedInstant('2026-03-05', '01:45', zone);
    expect(weekHours(zone, '2026-03-04', start, end)).toEqual([0, 0, 1.75, 1.75, 0, 0, 0]);
    expect(csvDuration(zone, start, end)).toBe('22:15,2026-03-05 01:45,3.50,3:30:00');
  });

  it('is one entry to overlap detection, however many days it touches', () => {
    const zone = 'Europe/Berlin';
    const overnight = { id: 'night', start: zonedInstant('2026-03-04', '22:00', zone), end: zonedInstant('2026-03-05', '02:00', zone) };
    const early = { id: 'early', start: zonedInstant('2026-03-05', '01:00', zone), end: zonedInstant('2026-03-05', '03:00', zone) };
    expect(Object.fromEntries(findOverlaps([overnight, early], 0))).toEqual({ night: ['early'], early: ['night'] });
  });
});

describe('the zone an entry was tracked in', () => {
  it('decides its day and wall-clock times, whatever zone views it later; its length never changes', () => {
    const start = zonedInstant('2026-03-02', '23:30', 'Europe/Berlin');
    const end = start + 2 * HOUR;
    const inBerlin = csvDuration('Europe/Berlin', start, end);
    const inNewYork = csvDuration('America/New_York', start, end);
    expect(inBerlin).toBe('23:30,2026-03-03 01:30,2.00,2:00:00');
    expect(inNewYork).toBe('17:30,19:30,2.00,2:00:00');
  });
});
