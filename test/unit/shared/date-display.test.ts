import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDay, formatDayHeading, formatDayRange, formatInstantDay, formatMonth } from '../../../src/shared/date-display';

describe('formatDay', () => {
  it('writes a day the way the locale does', () => {
    expect(formatDay('2026-03-09', 'en-GB')).toBe('9 Mar 2026');
    expect(formatDay('2026-03-09', 'en-US')).toBe('Mar 9, 2026');
    expect(formatDay('2026-03-09', 'de-DE')).toBe('09.03.2026');
  });

  it('keeps the calendar day whatever zone the machine is in', () => {
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(formatDay('2026-12-31', 'en-GB')).toBe('31 Dec 2026');
  });
});

describe('formatMonth', () => {
  it('writes a month key as the locale writes a month and year', () => {
    expect(formatMonth('2026-03', 'en-GB')).toBe('Mar 2026');
    expect(formatMonth('2026-12', 'en-US')).toBe('Dec 2026');
  });
});

describe('formatDayRange', () => {
  it('shares the year both ends have in common', () => {
    // Intl sets the dash between thin spaces.
    expect(formatDayRange('2026-03-09', '2026-04-30', 'en-GB')).toMatch(/^9 Mar\s–\s30 Apr 2026$/);
  });

  it('writes an open range from its start', () => {
    expect(formatDayRange('2026-03-09', undefined, 'en-GB')).toBe('From 9 Mar 2026');
  });
});

describe('formatDayHeading', () => {
  it('calls today and yesterday by name', () => {
    expect(formatDayHeading('2026-03-10', '2026-03-10', 'en-GB')).toBe('Today');
    expect(formatDayHeading('2026-03-09', '2026-03-10', 'en-GB')).toBe('Yesterday');
  });

  it('names older days by weekday and date', () => {
    expect(formatDayHeading('2026-03-06', '2026-03-10', 'en-GB')).toBe('Friday 6 March');
  });

  it('knows yesterday across a month end', () => {
    expect(formatDayHeading('2026-02-28', '2026-03-01', 'en-GB')).toBe('Yesterday');
  });
});

describe('instants', () => {
  const lateEveningInBerlin = Date.UTC(2026, 2, 9, 22, 30);

  it('dates an instant in the zone it belongs to', () => {
    expect(formatInstantDay(lateEveningInBerlin, 'Europe/Berlin', 'en-GB')).toBe('9 Mar 2026');
    expect(formatInstantDay(lateEveningInBerlin, 'Asia/Tokyo', 'en-GB')).toBe('10 Mar 2026');
  });

  it('shows the wall-clock time in that zone', () => {
    expect(formatClockTime(lateEveningInBerlin, 'Europe/Berlin', 'en-GB')).toBe('23:30');
    expect(formatClockTime(lateEveningInBerlin, 'America/New_York', 'en-US')).toBe('6:30 PM');
  });
});
