import { describe, expect, it } from 'vitest';
import type { RoundingRule } from '../../../../src/domain/model';
import { roundDurationMs } from '../../../../src/domain/time-tracking/rounding';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const up = (minutes: 1 | 6 | 15 | 30): RoundingRule => ({ mode: 'up', minutes });
const nearest = (minutes: 1 | 6 | 15 | 30): RoundingRule => ({ mode: 'nearest', minutes });

describe('roundDurationMs', () => {
  it('leaves every duration as it is under "none"', () => {
    expect(roundDurationMs(0, { mode: 'none' })).toBe(0);
    expect(roundDurationMs(61 * MINUTE + 7 * SECOND + 3, { mode: 'none' })).toBe(61 * MINUTE + 7 * SECOND + 3);
  });

  // Each row worked by hand: 52m10s is 3 whole 15-minute steps (45m) and 7m10s over.
  it.each([
    ['up to 1 minute', up(1), 52 * MINUTE + 10 * SECOND, 53 * MINUTE],
    ['up to 1 minute, exact', up(1), 52 * MINUTE, 52 * MINUTE],
    ['up to 6 minutes', up(6), 52 * MINUTE + 10 * SECOND, 54 * MINUTE],
    ['up to 6 minutes, one ms over', up(6), 48 * MINUTE + 1, 54 * MINUTE],
    ['up to 15 minutes', up(15), 52 * MINUTE + 10 * SECOND, 60 * MINUTE],
    ['up to 15 minutes, one second', up(15), SECOND, 15 * MINUTE],
    ['up to 30 minutes', up(30), 52 * MINUTE + 10 * SECOND, 60 * MINUTE],
    ['up to 30 minutes, exact', up(30), 90 * MINUTE, 90 * MINUTE],
    ['up, zero stays zero', up(15), 0, 0],
    ['nearest 1 minute, down', nearest(1), 52 * MINUTE + 29 * SECOND, 52 * MINUTE],
    ['nearest 1 minute, half goes up', nearest(1), 52 * MINUTE + 30 * SECOND, 53 * MINUTE],
    ['nearest 6 minutes, down', nearest(6), 50 * MINUTE + 59 * SECOND, 48 * MINUTE],
    ['nearest 6 minutes, half goes up', nearest(6), 51 * MINUTE, 54 * MINUTE],
    ['nearest 15 minutes, down', nearest(15), 52 * MINUTE + 10 * SECOND, 45 * MINUTE],
    ['nearest 15 minutes, half goes up', nearest(15), 52 * MINUTE + 30 * SECOND, 60 * MINUTE],
    ['nearest 15 minutes, just under half', nearest(15), 52 * MINUTE + 30 * SECOND - 1, 45 * MINUTE],
    ['nearest 30 minutes, down', nearest(30), 74 * MINUTE + 59 * SECOND, 60 * MINUTE],
    ['nearest 30 minutes, half goes up', nearest(30), 75 * MINUTE, 90 * MINUTE],
    ['nearest, a short entry can round to nothing', nearest(15), 7 * MINUTE, 0],
  ])('%s', (_label, rule, ms, expected) => {
    expect(roundDurationMs(ms, rule)).toBe(expected);
  });

  it('refuses durations that are not whole, non-negative milliseconds', () => {
    expect(() => roundDurationMs(-1, up(15))).toThrow(RangeError);
    expect(() => roundDurationMs(1.5, up(15))).toThrow(RangeError);
    expect(() => roundDurationMs(Number.NaN, { mode: 'none' })).toThrow(RangeError);
  });
});
