import { describe, expect, it } from 'vitest';
import type { SettingsInput } from '../../../../src/domain/model';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { reminderDue, TRACK_REMINDER_INTERVAL_MS, type ReminderCheck } from '../../../../src/domain/time-tracking/reminders';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONE = 'Europe/Berlin';

const schedule: SettingsInput['reminders'] = { enabled: true, startMinute: 9 * 60, endMinute: 17 * 60 + 30, days: [1, 2, 3, 4, 5], longTimerHours: 8 };

/** 2026-03-02 is a Monday; 2026-03-07 a Saturday. */
function check(day: string, time: string, overrides: Partial<ReminderCheck> = {}): ReminderCheck {
  return { now: zonedInstant(day, time, ZONE), timeZone: ZONE, schedule, running: null, lastTrackReminderAt: null, lastLongTimerReminderAt: null, ...overrides };
}

describe('reminderDue: start tracking', () => {
  it('reminds during working hours on a working day when no timer runs', () => {
    expect(reminderDue(check('2026-03-02', '09:00'))).toBe('startTracking');
    expect(reminderDue(check('2026-03-02', '17:29'))).toBe('startTracking');
  });

  it.each([
    ['before the day starts', '2026-03-02', '08:59'],
    ['when the day has ended (the end is exclusive)', '2026-03-02', '17:30'],
    ['in the evening', '2026-03-02', '21:00'],
    ['on a Saturday', '2026-03-07', '10:00'],
  ])('stays quiet %s', (_label, day, time) => {
    expect(reminderDue(check(day, time))).toBeNull();
  });

  it('reads working hours on the wall clock of the given zone', () => {
    const nineInBerlin = zonedInstant('2026-03-02', '09:00', ZONE);
    expect(reminderDue({ ...check('2026-03-02', '09:00'), now: nineInBerlin, timeZone: 'America/New_York' })).toBeNull();
    expect(reminderDue({ ...check('2026-03-02', '09:00'), now: zonedInstant('2026-03-02', '09:00', 'America/New_York'), timeZone: 'America/New_York' })).toBe('startTracking');
  });

  it('repeats only after the interval', () => {
    const last = zonedInstant('2026-03-02', '10:00', ZONE);
    expect(reminderDue(check('2026-03-02', '10:29', { lastTrackReminderAt: last }))).toBeNull();
    expect(reminderDue(check('2026-03-02', '10:30', { lastTrackReminderAt: last }))).toBe('startTracking');
    expect(TRACK_REMINDER_INTERVAL_MS).toBe(30 * MINUTE);
  });

  it('says nothing when reminders are off', () => {
    expect(reminderDue(check('2026-03-02', '10:00', { schedule: { ...schedule, enabled: false } }))).toBeNull();
  });

  it('says nothing when there are no working days', () => {
    expect(reminderDue(check('2026-03-02', '10:00', { schedule: { ...schedule, days: [] } }))).toBeNull();
  });
});

describe('reminderDue: long timer', () => {
  const start = zonedInstant('2026-03-02', '08:00', ZONE);

  it('stays quiet while the timer is younger than the limit, and never nags to start one', () => {
    expect(reminderDue(check('2026-03-02', '15:59', { running: { start } }))).toBeNull();
  });

  it('warns once the timer reaches the limit, at any hour and on any day', () => {
    expect(reminderDue(check('2026-03-02', '16:00', { running: { start } }))).toBe('longTimer');
    const saturdayStart = zonedInstant('2026-03-07', '13:00', ZONE);
    expect(reminderDue(check('2026-03-07', '23:00', { running: { start: saturdayStart } }))).toBe('longTimer');
  });

  it('repeats every limit while the timer keeps running', () => {
    const firstWarning = start + 8 * HOUR;
    expect(reminderDue(check('2026-03-02', '20:00', { running: { start }, lastLongTimerReminderAt: firstWarning }))).toBeNull();
    expect(reminderDue(check('2026-03-03', '00:00', { running: { start }, lastLongTimerReminderAt: firstWarning }))).toBe('longTimer');
  });

  it('does not count a warning about an earlier timer', () => {
    const earlierWarning = start - HOUR;
    expect(reminderDue(check('2026-03-02', '16:05', { running: { start }, lastLongTimerReminderAt: earlierWarning }))).toBe('longTimer');
  });

  it('says nothing when reminders are off', () => {
    expect(reminderDue(check('2026-03-03', '08:00', { running: { start }, schedule: { ...schedule, enabled: false } }))).toBeNull();
  });
});
