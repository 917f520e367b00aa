import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { planProjectDayDuration, type DayEntry, type ProjectDayInput } from '../../../../src/domain/time-tracking/project-day-plan';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONE = 'Europe/Berlin';
const at = (time: string, day = '2026-03-03') => zonedInstant(day, time, ZONE);

function input(entries: DayEntry[], targetMs: number, overrides: Partial<ProjectDayInput> = {}): ProjectDayInput {
  return {
    entries,
    dayStart: at('00:00'),
    dayEnd: at('00:00', '2026-03-04'),
    defaultStart: at('09:00'),
    targetMs,
    now: at('12:00', '2026-03-09'),
    ...overrides,
  };
}

function entry(id: string, from: string, to: string | null, options: { fromDay?: string; toDay?: string; locked?: boolean } = {}): DayEntry {
  return { id, start: at(from, options.fromDay), end: to === null ? null : at(to, options.toDay), locked: options.locked ?? false };
}

describe('planProjectDayDuration: more time', () => {
  it('adds the difference at 09:00 on an empty day', () => {
    expect(planProjectDayDuration(input([], 90 * MINUTE))).toEqual({ ok: true, plan: { add: { start: at('09:00'), end: at('10:30') }, resize: [], remove: [] } });
  });

  it('adds the difference right after the last entry of the day', () => {
    const entries = [entry('a', '09:00', '10:00'), entry('b', '13:00', '14:30')];
    expect(planProjectDayDuration(input(entries, 3 * HOUR))).toEqual({ ok: true, plan: { add: { start: at('14:30'), end: at('15:00') }, resize: [], remove: [] } });
  });

  it('keeps added time inside the day when the last entry ends late', () => {
    const result = planProjectDayDuration(input([entry('a', '21:00', '23:00')], 4 * HOUR));
    expect(result).toEqual({ ok: true, plan: { add: { start: at('22:00'), end: at('00:00', '2026-03-04') }, resize: [], remove: [] } });
  });

  it('changes nothing when the day already has that much', () => {
    expect(planProjectDayDuration(input([entry('a', '09:00', '10:00')], HOUR))).toEqual({ ok: true, plan: { add: null, resize: [], remove: [] } });
  });

  it('refuses more time than the day has, which on a spring-forward day is 23 hours', () => {
    const spring = input([], 24 * HOUR, { dayStart: zonedInstant('2026-03-29', '00:00', ZONE), dayEnd: zonedInstant('2026-03-30', '00:00', ZONE) });
    expect(planProjectDayDuration(spring)).toEqual({ ok: false, error: 'This day has only 23h 00m' });
  });

  it('refuses a negative or fractional target', () => {
    expect(planProjectDayDuration(input([], -1))).toEqual({ ok: false, error: 'Enter a duration of zero or more' });
    expect(planProjectDayDuration(input([], 1.5))).toEqual({ ok: false, error: 'Enter a duration of zero or more' });
  });
});

describe('planProjectDayDuration: less time', () => {
  it('shortens the latest entry at its end', () => {
    const entries = [entry('a', '09:00', '11:00'), entry('b', '13:00', '15:00')];
    expect(planProjectDayDuration(input(entries, 3 * HOUR))).toEqual({ ok: true, plan: { add: null, resize: [{ id: 'b', start: at('13:00'), end: at('14:00') }], remove: [] } });
  });

  it('removes the latest entries whole and shortens the next one', () => {
    const entries = [entry('a', '09:00', '11:00'), entry('b', '13:00', '14:00'), entry('c', '15:00', '15:30')];
    expect(planProjectDayDuration(input(entries, 90 * MINUTE))).toEqual({
      ok: true,
      plan: { add: null, resize: [{ id: 'a', start: at('09:00'), end: at('10:30') }], remove: ['c', 'b'] },
    });
  });

  it('removes everything for a target of zero', () => {
    const entries = [entry('a', '09:00', '11:00'), entry('b', '13:00', '14:00')];
    expect(planProjectDayDuration(input(entries, 0))).toEqual({ ok: true, plan: { add: null, resize: [], remove: ['b', 'a'] } });
  });

  it('takes time from an entry that began the day before only down to midnight', () => {
    const overnight = entry('night', '22:00', '02:00', { fromDay: '2026-03-02' });
    expect(planProjectDayDuration(input([overnight], 0))).toEqual({
      ok: true,
      plan: { add: null, resize: [{ id: 'night', start: at('22:00', '2026-03-02'), end: at('00:00') }], remove: [] },
    });
  });

  it('starts an entry that runs past midnight later, so the next day keeps its time', () => {
    const late = entry('late', '23:00', '01:00', { toDay: '2026-03-04' });
    expect(planProjectDayDuration(input([late], 30 * MINUTE))).toEqual({
      ok: true,
      plan: { add: null, resize: [{ id: 'late', start: at('23:30'), end: at('01:00', '2026-03-04') }], remove: [] },
    });
  });

  it('skips invoiced entries and takes the time from earlier ones', () => {
    const entries = [entry('a', '09:00', '11:00'), entry('invoiced', '13:00', '15:00', { locked: true })];
    expect(planProjectDayDuration(input(entries, 3 * HOUR))).toEqual({ ok: true, plan: { add: null, resize: [{ id: 'a', start: at('09:00'), end: at('10:00') }], remove: [] } });
  });

  it('refuses when only invoiced time could give way, naming the least allowed', () => {
    const entries = [entry('a', '09:00', '10:00'), entry('invoiced', '13:00', '15:00', { locked: true })];
    expect(planProjectDayDuration(input(entries, HOUR))).toEqual({ ok: false, error: 'Invoiced time on this day cannot change; enter at least 2h 00m' });
  });

  it('refuses to take time from the running timer', () => {
    const now = at('11:00');
    const entries = [entry('running', '10:00', null)];
    expect(planProjectDayDuration(input(entries, 30 * MINUTE, { now }))).toEqual({
      ok: false,
      error: "The running timer's time cannot change here; stop it first or enter at least 1h 00m",
    });
  });
});
