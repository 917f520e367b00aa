import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../src/domain/time/format-duration';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('formatDuration', () => {
  it.each([
    [HOUR + 5 * MINUTE + 9 * SECOND, '1:05:09', '1h 05m', '1.09'],
    [0, '0:00:00', '0h 00m', '0.00'],
    [59_999, '0:00:59', '0h 00m', '0.02'],
    [45 * MINUTE, '0:45:00', '0h 45m', '0.75'],
    [30 * HOUR, '30:00:00', '30h 00m', '30.00'],
    [123 * HOUR + 4 * MINUTE + 5 * SECOND, '123:04:05', '123h 04m', '123.07'],
    [-(HOUR + 5 * MINUTE + 9 * SECOND), '-1:05:09', '-1h 05m', '-1.09'],
    [-500, '0:00:00', '0h 00m', '0.00'],
  ])('%d ms reads %s, %s and %s', (ms, clock, hoursMinutes, decimal) => {
    expect(formatDuration(ms, 'clock')).toBe(clock);
    expect(formatDuration(ms, 'hours-minutes')).toBe(hoursMinutes);
    expect(formatDuration(ms, 'decimal')).toBe(decimal);
  });

  it('rounds decimal hours to the nearest hundredth, halves up', () => {
    expect(formatDuration(18 * SECOND, 'decimal')).toBe('0.01');
    expect(formatDuration(18 * SECOND - 1, 'decimal')).toBe('0.00');
    expect(formatDuration(HOUR - 18 * SECOND, 'decimal')).toBe('1.00');
    expect(formatDuration(-18 * SECOND, 'decimal')).toBe('-0.01');
  });

  it('never shows a minute or second that has not passed', () => {
    expect(formatDuration(HOUR - 1, 'clock')).toBe('0:59:59');
    expect(formatDuration(HOUR - 1, 'hours-minutes')).toBe('0h 59m');
  });

  it('refuses a duration that is not finite', () => {
    expect(() => formatDuration(Number.NaN, 'clock')).toThrow(RangeError);
  });
});
