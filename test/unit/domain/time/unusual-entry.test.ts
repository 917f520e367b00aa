import { describe, expect, it } from 'vitest';
import { dayTimeEndsInFuture, LONGEST_USUAL_ENTRY_MS, unusualEntry } from '../../../../src/domain/time/unusual-entry';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
/** Monday 23 November 2026, 10:00 in Berlin. */
const NOW = zonedInstant('2026-11-23', '10:00', BERLIN);

describe('unusualEntry', () => {
  it('finds nothing unusual in a day of work that ended before now', () => {
    expect(unusualEntry(NOW - 9 * HOUR, NOW - HOUR, NOW)).toBeNull();
    expect(unusualEntry(NOW - 2 * HOUR, NOW, NOW)).toBeNull();
  });

  it('takes exactly a day as usual, and anything longer as too long', () => {
    expect(LONGEST_USUAL_ENTRY_MS).toBe(24 * HOUR);
    expect(unusualEntry(NOW - 25 * HOUR, NOW - HOUR, NOW)).toBeNull();
    expect(unusualEntry(NOW - 25 * HOUR - 60_000, NOW - HOUR, NOW)).toEqual({ tooLong: true, endsInFuture: false, durationMs: 24 * HOUR + 60_000 });
  });

  it('flags an entry that ends even a minute after now', () => {
    expect(unusualEntry(NOW - HOUR, NOW + 60_000, NOW)).toEqual({ tooLong: false, endsInFuture: true, durationMs: HOUR + 60_000 });
  });

  it('flags both for "99h" typed from this morning: four days long, ending on Friday', () => {
    const start = zonedInstant('2026-11-23', '09:00', BERLIN);
    expect(unusualEntry(start, start + 99 * HOUR, NOW)).toEqual({ tooLong: true, endsInFuture: true, durationMs: 99 * HOUR });
  });

  it('leaves a running entry alone: it has no end yet', () => {
    expect(unusualEntry(NOW - 30 * HOUR, null, NOW)).toBeNull();
  });
});

describe('dayTimeEndsInFuture', () => {
  it('is true when a day is given more time than has passed in it so far', () => {
    expect(dayTimeEndsInFuture('2026-11-23', BERLIN, 10 * HOUR + 60_000, NOW)).toBe(true);
    expect(dayTimeEndsInFuture('2026-11-23', BERLIN, 10 * HOUR, NOW)).toBe(false);
  });

  it('is true for any time on a day that has not begun, and false for a past day', () => {
    expect(dayTimeEndsInFuture('2026-11-27', BERLIN, 60_000, NOW)).toBe(true);
    expect(dayTimeEndsInFuture('2026-11-27', BERLIN, 0, NOW)).toBe(false);
    expect(dayTimeEndsInFuture('2026-11-20', BERLIN, 24 * HOUR, NOW)).toBe(false);
  });
});
