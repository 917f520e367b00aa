import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../src/domain/time/local-calendar';
import { startOfLocalDay, zonedInstant, zoneOffsetMs } from '../../../../src/domain/time/zoned-instant';

const HOUR = 3_600_000;

function localWallTime(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd HH:mm');
}

describe('zonedInstant', () => {
  it.each([
    ['2026-01-15', '09:00', 'Europe/Berlin', '2026-01-15T08:00:00.000Z'],
    ['2026-07-15', '09:00', 'Europe/Berlin', '2026-07-15T07:00:00.000Z'],
    ['2026-07-15', '09:00', 'America/Los_Angeles', '2026-07-15T16:00:00.000Z'],
    ['2026-07-15', '09:00', 'Pacific/Auckland', '2026-07-14T21:00:00.000Z'],
    ['2026-07-15', '09:00', 'Asia/Kolkata', '2026-07-15T03:30:00.000Z'],
    ['2026-07-15', '23:59', 'UTC', '2026-07-15T23:59:00.000Z'],
  ])('%s %s in %s is %s', (day, time, timeZone, expected) => {
    expect(new Date(zonedInstant(day, time, timeZone)).toISOString()).toBe(expected);
  });

  it('moves a time in the spring-forward gap forward by the length of the gap', () => {
    const berlin = zonedInstant('2026-03-29', '02:30', 'Europe/Berlin');
    expect(new Date(berlin).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localWallTime(berlin, 'Europe/Berlin')).toBe('2026-03-29 03:30');

    const losAngeles = zonedInstant('2026-03-08', '02:15', 'America/Los_Angeles');
    expect(localWallTime(losAngeles, 'America/Los_Angeles')).toBe('2026-03-08 03:15');

    const auckland = zonedInstant('2026-09-27', '02:00', 'Pacific/Auckland');
    expect(localWallTime(auckland, 'Pacific/Auckland')).toBe('2026-09-27 03:00');
  });

  it('takes the earlier of the two instants in the fall-back overlap', () => {
    const berlin = zonedInstant('2026-10-25', '02:30', 'Europe/Berlin');
    expect(new Date(berlin).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localWallTime(berlin + HOUR, 'Europe/Berlin')).toBe('2026-10-25 02:30');

    expect(new Date(zonedInstant('2026-11-01', '01:30', 'America/Los_Angeles')).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(new Date(zonedInstant('2026-04-05', '02:30', 'Pacific/Auckland')).toISOString()).toBe('2026-04-04T13:30:00.000Z');
  });

  it.each([
    ['2026-02-30', '09:00', 'Europe/Berlin', /not a day/],
    ['2026-03-01', '24:00', 'Europe/Berlin', /not a time of day/],
    ['2026-03-01', '9:00', 'Europe/Berlin', /not a time of day/],
    ['2026-03-01', '09:00', 'Mars/Olympus_Mons', /Unknown time zone/],
  ])('refuses %s %s in %s', (day, time, timeZone, message) => {
    expect(() => zonedInstant(day, time, timeZone)).toThrow(message);
  });

  it('finds every minute that a zone shows, at the earliest instant that shows it', () => {
    const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, timeZone) => {
        const instant = minute * 60_000;
        const [day = '', time = ''] = localWallTime(instant, timeZone).split(' ');
        const found = zonedInstant(day, time, timeZone);
        expect(localWallTime(found, timeZone)).toBe(`${day} ${time}`);
        expect(found).toBeLessThanOrEqual(instant);
        expect(instant - found).toBeLessThanOrEqual(2 * HOUR);
      }),
      { numRuns: 500 },
    );
  });
});

/** The days of 2025 and 2026 on which the zone's offset changes, found day by day. */
function offsetChangeDays(timeZone: string): string[] {
  const days: string[] = [];
  for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 24 * HOUR) {
    if (zoneOffsetMs(instant, timeZone) !== zoneOffsetMs(instant + 24 * HOUR, timeZone)) days.push(localDayKey(instant + 12 * HOUR, timeZone));
  }
  return days;
}

/** The earliest instant within fifteen hours of `wall` that the zone shows as this day and time, searched directly. */
function searchedInstant(day: string, time: string, timeZone: string): number | undefined {
  const wall = Date.parse(`${day}T${time}:00Z`);
  for (let instant = wall - 15 * HOUR; instant <= wall + 15 * HOUR; instant += 15 * 60_000) {
    if (localWallTime(instant, timeZone) === `${day} ${time}`) return instant;
  }
  return undefined;
}

describe('zonedInstant around offset changes', () => {
  it.each(['Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/Santiago'])(
    'agrees with a direct search for every half hour of the days around each change in %s',
    (timeZone) => {
      const changes = offsetChangeDays(timeZone);
      expect(changes.length).toBeGreaterThanOrEqual(4);
      for (const change of changes) {
        for (const day of [-1, 0, 1].map((shift) => localDayKey(Date.parse(`${change}T12:00:00Z`) + shift * 24 * HOUR, 'UTC'))) {
          for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
            const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            const found = zonedInstant(day, time, timeZone);
            const searched = searchedInstant(day, time, timeZone);
            // A time in a spring-forward gap is shown by no instant; it moves forward by the gap instead.
            if (searched === undefined) expect(localWallTime(found, timeZone) > `${day} ${time}`).toBe(true);
            else expect(found, `${day} ${time}`).toBe(searched);
          }
        }
      }
    },
  );
});

describe('startOfLocalDay', () => {
  it('is local midnight', () => {
    expect(new Date(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-06-01', 'Pacific/Auckland')).toISOString()).toBe('2026-05-31T12:00:00.000Z');
  });

  it('starts a day whose midnight falls in a DST gap when the clocks resume', () => {
    const santiago = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(localWallTime(santiago, 'America/Santiago')).toBe('2026-09-06 01:00');
    expect(localDayKey(santiago - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});

describe('zoneOffsetMs', () => {
  it('is the offset in force at the instant', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Europe/Berlin')).toBe(HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1), 'Europe/Berlin')).toBe(2 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1), 'Asia/Kathmandu')).toBe(5.75 * HOUR);
  });
});
