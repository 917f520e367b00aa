import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../src/domain/time/local-calendar';
import { splitEntryAtLocalMidnight } from '../../../../src/domain/time/split-at-midnight';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';

const HOUR = 3_600_000;

function hoursPerDay(start: number, end: number, timeZone: string): Array<[string, number]> {
  return splitEntryAtLocalMidnight(start, end, timeZone).map((part) => [part.day, (part.end - part.start) / HOUR]);
}

describe('splitEntryAtLocalMidnight', () => {
  it('keeps an entry within one day whole', () => {
    const start = zonedInstant('2026-05-04', '09:00', 'Europe/Berlin');
    const end = zonedInstant('2026-05-04', '17:00', 'Europe/Berlin');
    expect(splitEntryAtLocalMidnight(start, end, 'Europe/Berlin')).toEqual([{ day: '2026-05-04', start, end }]);
  });

  it('splits an entry across midnight into two local days at local midnight', () => {
    const start = zonedInstant('2026-05-01', '22:00', 'Europe/Berlin');
    const end = zonedInstant('2026-05-02', '02:00', 'Europe/Berlin');
    const midnight = zonedInstant('2026-05-02', '00:00', 'Europe/Berlin');
    expect(splitEntryAtLocalMidnight(start, end, 'Europe/Berlin')).toEqual([
      { day: '2026-05-01', start, end: midnight },
      { day: '2026-05-02', start: midnight, end },
    ]);
  });

  it('splits at the local midnight of zones far from UTC', () => {
    expect(hoursPerDay(Date.UTC(2026, 5, 10, 10), Date.UTC(2026, 5, 10, 14), 'Pacific/Auckland')).toEqual([
      ['2026-06-10', 2],
      ['2026-06-11', 2],
    ]);
    expect(hoursPerDay(Date.UTC(2026, 6, 1, 5), Date.UTC(2026, 6, 1, 9), 'America/Los_Angeles')).toEqual([
      ['2026-06-30', 2],
      ['2026-07-01', 2],
    ]);
    expect(hoursPerDay(Date.UTC(2026, 6, 1, 5), Date.UTC(2026, 6, 1, 9), 'UTC')).toEqual([['2026-07-01', 4]]);
  });

  it('gives a spring-forward day 23 hours and a fall-back day 25', () => {
    const berlin = 'Europe/Berlin';
    expect(hoursPerDay(zonedInstant('2026-03-28', '20:00', berlin), zonedInstant('2026-03-30', '04:00', berlin), berlin)).toEqual([
      ['2026-03-28', 4],
      ['2026-03-29', 23],
      ['2026-03-30', 4],
    ]);
    expect(hoursPerDay(zonedInstant('2026-10-24', '22:00', berlin), zonedInstant('2026-10-26', '01:00', berlin), berlin)).toEqual([
      ['2026-10-24', 2],
      ['2026-10-25', 25],
      ['2026-10-26', 1],
    ]);
  });

  it('splits across a DST night in Los Angeles and Auckland', () => {
    const losAngeles = 'America/Los_Angeles';
    expect(hoursPerDay(zonedInstant('2026-03-07', '23:00', losAngeles), zonedInstant('2026-03-08', '05:00', losAngeles), losAngeles)).toEqual([
      ['2026-03-07', 1],
      ['2026-03-08', 4],
    ]);
    const auckland = 'Pacific/Auckland';
    expect(hoursPerDay(zonedInstant('2026-04-04', '22:00', auckland), zonedInstant('2026-04-05', '04:00', auckland), auckland)).toEqual([
      ['2026-04-04', 2],
      ['2026-04-05', 5],
    ]);
  });

  it('gives an empty entry one empty part on its day', () => {
    const instant = zonedInstant('2026-05-04', '00:00', 'Europe/Berlin');
    expect(splitEntryAtLocalMidnight(instant, instant, 'Europe/Berlin')).toEqual([{ day: '2026-05-04', start: instant, end: instant }]);
  });

  it('refuses an end before the start', () => {
    expect(() => splitEntryAtLocalMidnight(2_000, 1_000, 'UTC')).toThrow(RangeError);
  });

  it('returns contiguous parts on consecutive local days that add up to the whole entry', () => {
    const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Santiago', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 0, max: 100 * HOUR }),
        fc.constantFrom(...zones),
        (start, length, timeZone) => {
          const end = start + length;
          const parts = splitEntryAtLocalMidnight(start, end, timeZone);
          expect(parts[0]?.start).toBe(start);
          expect(parts.at(-1)?.end).toBe(end);
          expect(parts.reduce((sum, part) => sum + (part.end - part.start), 0)).toBe(length);
          parts.forEach((part, index) => {
            expect(localDayKey(part.start, timeZone)).toBe(part.day);
            if (part.end > part.start) expect(localDayKey(part.end - 1, timeZone)).toBe(part.day);
            const next = parts[index + 1];
            if (next !== undefined) {
              expect(next.start).toBe(part.end);
              expect(next.day > part.day).toBe(true);
              expect(part.end).toBeGreaterThan(part.start);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
