import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../src/domain/time/local-calendar';
import { weekRange } from '../../../../src/domain/time/week-range';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';

function lengthInHours(week: { start: number; end: number }): number {
  return (week.end - week.start) / HOUR;
}

describe('weekRange', () => {
  it('starts on Monday and holds the seven local days, including a 167-hour spring-forward week', () => {
    const week = weekRange(zonedInstant('2026-03-25', '12:00', BERLIN), 1, BERLIN);
    expect(week.days).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(week.start).toBe(zonedInstant('2026-03-23', '00:00', BERLIN));
    expect(week.end).toBe(zonedInstant('2026-03-30', '00:00', BERLIN));
    expect(lengthInHours(week)).toBe(167);
  });

  it('starts on Sunday when asked', () => {
    const before = weekRange(zonedInstant('2026-03-25', '12:00', BERLIN), 0, BERLIN);
    expect(before.days).toEqual(['2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28']);
    expect(lengthInHours(before)).toBe(168);

    const dstSunday = weekRange(zonedInstant('2026-03-29', '12:00', BERLIN), 0, BERLIN);
    expect(dstSunday.days).toEqual(['2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04']);
    expect(lengthInHours(dstSunday)).toBe(167);
  });

  it('makes a fall-back week 169 hours long, whether it starts on Monday or Saturday', () => {
    const monday = weekRange(zonedInstant('2026-10-21', '12:00', BERLIN), 1, BERLIN);
    expect(monday.days).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(lengthInHours(monday)).toBe(169);

    const saturday = weekRange(zonedInstant('2026-10-25', '12:00', BERLIN), 6, BERLIN);
    expect(saturday.days).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30']);
    expect(lengthInHours(saturday)).toBe(169);
  });

  it('includes its first instant and excludes its end', () => {
    const week = weekRange(zonedInstant('2026-05-06', '12:00', BERLIN), 1, BERLIN);
    expect(weekRange(week.start, 1, BERLIN)).toEqual(week);
    expect(weekRange(week.end - 1, 1, BERLIN)).toEqual(week);
    expect(weekRange(week.end, 1, BERLIN).days[0]).toBe('2026-05-11');
    expect(weekRange(week.start - 1, 1, BERLIN).days[0]).toBe('2026-04-27');
  });

  it('uses the local day, not the UTC one, in zones far from UTC', () => {
    const aucklandMondayMorning = Date.UTC(2026, 2, 29, 11, 30);
    expect(localDayKey(aucklandMondayMorning, 'Pacific/Auckland')).toBe('2026-03-30');
    const auckland = weekRange(aucklandMondayMorning, 1, 'Pacific/Auckland');
    expect(auckland.days[0]).toBe('2026-03-30');
    expect(auckland.days[6]).toBe('2026-04-05');
    expect(lengthInHours(auckland)).toBe(169);

    const losAngelesSundayNight = Date.UTC(2026, 2, 2, 7, 30);
    expect(weekRange(losAngelesSundayNight, 1, 'America/Los_Angeles').days[6]).toBe('2026-03-01');
    const sundayStart = weekRange(losAngelesSundayNight, 0, 'America/Los_Angeles');
    expect(sundayStart.days[0]).toBe('2026-03-01');
    expect(lengthInHours(sundayStart)).toBe(168);
    expect(lengthInHours(weekRange(zonedInstant('2026-03-08', '12:00', 'America/Los_Angeles'), 0, 'America/Los_Angeles'))).toBe(167);
  });
});
