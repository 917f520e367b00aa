import { describe, expect, it } from 'vitest';
import { DURATION_HINT, parseDurationInput } from '../../../../src/domain/time-tracking/duration-input';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('parseDurationInput', () => {
  it.each([
    ['1h30', 90 * MINUTE],
    ['1h 30m', 90 * MINUTE],
    ['1h30m', 90 * MINUTE],
    ['1 hr 5 min', 65 * MINUTE],
    ['1:30', 90 * MINUTE],
    ['01:05', 65 * MINUTE],
    ['0:45', 45 * MINUTE],
    ['1:30:15', 90 * MINUTE + 15_000],
    ['90m', 90 * MINUTE],
    ['45 min', 45 * MINUTE],
    ['45 minutes', 45 * MINUTE],
    ['7.5 mins', 7 * MINUTE + 30_000],
    ['1.5', 90 * MINUTE],
    ['1,5', 90 * MINUTE],
    ['.25', 15 * MINUTE],
    ['2h', 2 * HOUR],
    ['2 hours', 2 * HOUR],
    ['1.25h', 75 * MINUTE],
    ['2', 2 * HOUR],
    ['  3H  ', 3 * HOUR],
    ['+1:00', HOUR],
    ['30:00', 30 * HOUR],
    ['99', 99 * HOUR],
    ['1.333', Math.round(1.333 * HOUR)],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDurationInput(text)).toEqual({ ok: true, ms });
  });

  it.each([
    ['', `Enter a duration. ${DURATION_HINT}`],
    ['   ', `Enter a duration. ${DURATION_HINT}`],
    ['-1:30', `A duration cannot be negative. ${DURATION_HINT}`],
    ['-2', `A duration cannot be negative. ${DURATION_HINT}`],
    ['0', `Enter a duration longer than zero. ${DURATION_HINT}`],
    ['0:00', `Enter a duration longer than zero. ${DURATION_HINT}`],
    ['0m', `Enter a duration longer than zero. ${DURATION_HINT}`],
    ['100', 'At most 99 hours for one entry'],
    ['99:01', 'At most 99 hours for one entry'],
    ['6000m', 'At most 99 hours for one entry'],
    ['1:75', 'Minutes go up to 59; for 75 minutes type 75m'],
    ['1:30:99', 'Seconds go up to 59'],
    ['1h75', 'Minutes after the hours go up to 59; for 75 minutes type 75m'],
    ['abc', `"abc" is not a duration. ${DURATION_HINT}`],
    ['1h30x', `"1h30x" is not a duration. ${DURATION_HINT}`],
    ['1.2.3', `"1.2.3" is not a duration. ${DURATION_HINT}`],
    ['h', `"h" is not a duration. ${DURATION_HINT}`],
    ['1 1', `"1 1" is not a duration. ${DURATION_HINT}`],
    ['=1+1', `"=1+1" is not a duration. ${DURATION_HINT}`],
  ])('refuses %j with "%s"', (text, error) => {
    expect(parseDurationInput(text)).toEqual({ ok: false, error });
  });

  it('accepts zero when asked to, as a timesheet cell that clears a day does', () => {
    expect(parseDurationInput('0', { allowZero: true })).toEqual({ ok: true, ms: 0 });
    expect(parseDurationInput('0:00', { allowZero: true })).toEqual({ ok: true, ms: 0 });
    expect(parseDurationInput('', { allowZero: true }).ok).toBe(false);
  });

  it('tells the user what to type in every refusal about the form', () => {
    for (const text of ['', 'soon', '-5']) {
      const result = parseDurationInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('1:30, 1h30 or 90m');
    }
  });
});
