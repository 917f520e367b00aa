import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLocalDays, addLocalMonths, dayOfWeek, localDayKey, localMonthKey, parseDayKey } from '../../../../src/domain/time/local-calendar';

describe('localDayKey and localMonthKey', () => {
  it('name the day and month on the local calendar, not the UTC one', () => {
    const instant = Date.UTC(2026, 11, 31, 23, 30);
    expect(localDayKey(instant, 'UTC')).toBe('2026-12-31');
    expect(localDayKey(instant, 'Europe/Berlin')).toBe('2027-01-01');
    expect(localDayKey(instant, 'America/Los_Angeles')).toBe('2026-12-31');
    expect(localMonthKey(instant, 'Pacific/Auckland')).toBe('2027-01');
    expect(localMonthKey(instant, 'America/Los_Angeles')).toBe('2026-12');
  });

  it('agree with date-fns formatting a TZDate, for any instant from 1900 to 2200 in zones with odd offsets and DST', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati', 'America/Los_Angeles'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(...zones), (instant, zone) => {
        const zoned = new TZDate(instant, zone);
        expect(localDayKey(instant, zone)).toBe(format(zoned, 'yyyy-MM-dd'));
        expect(localMonthKey(instant, zone)).toBe(format(zoned, 'yyyy-MM'));
      }),
      { numRuns: 2000 },
    );
  });

  it('pads years before 1000 to four digits and refuses an unknown zone', () => {
    expect(localDayKey(Date.UTC(812, 4, 6, 12), 'UTC')).toBe('0812-05-06');
    expect(() => localDayKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('parseDayKey', () => {
  it('reads a day key into its parts', () => {
    expect(parseDayKey('2026-03-09')).toEqual({ year: 2026, month: 3, dayOfMonth: 9 });
  });

  it.each(['2026-02-29', '2026-13-01', '2026-3-9', '26-03-09', '2026-03-09T00:00', ''])('rejects %j', (day) => {
    expect(() => parseDayKey(day)).toThrow(RangeError);
  });
});

describe('addLocalDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', -1, '2026-10-24'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-31', 400, '2027-03-07'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s plus %d days is %s', (day, n, expected) => {
    expect(addLocalDays(day, n)).toBe(expected);
  });

  it('refuses fractional day counts and malformed days', () => {
    expect(() => addLocalDays('2026-05-05', 1.5)).toThrow(RangeError);
    expect(() => addLocalDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('moves by whole calendar days and back again', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const day = date.toISOString().slice(0, 10);
        const moved = addLocalDays(day, n);
        expect(Date.parse(`${moved}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)).toBe(n * 86_400_000);
        expect(addLocalDays(moved, -n)).toBe(day);
      }),
    );
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2026-03-29', 0],
    ['2026-03-30', 1],
    ['2026-10-24', 6],
    ['2024-02-29', 4],
  ])('%s is weekday %d', (day, weekday) => {
    expect(dayOfWeek(day)).toBe(weekday);
  });
});

describe('addLocalMonths', () => {
  it('moves by calendar months and keeps the day, or takes the shorter month’s last day', () => {
    expect(addLocalMonths('2026-06-30', -6)).toBe('2025-12-30');
    expect(addLocalMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addLocalMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addLocalMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addLocalMonths('2026-01-31', -24)).toBe('2024-01-31');
    expect(() => addLocalMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addLocalMonths('2026-02-01', 0.5)).toThrow(RangeError);
  });

  it('agrees with date-fns’ addMonths for any day and any number of months (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -400, max: 400 }), (offset, months) => {
        const day = addLocalDays('1900-01-01', offset);
        const { year, month, dayOfMonth } = parseDayKey(day);
        const reference = new TZDate(year, month - 1, dayOfMonth, 'UTC');
        expect(addLocalMonths(day, months)).toBe(format(addMonths(reference, months), 'yyyy-MM-dd'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('addLocalDays against date-fns', () => {
  it('agrees with addDays for any day and any number of days, across months, years and leap days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -3000, max: 3000 }), (offset, days) => {
        const start = new TZDate(1900, 0, 1, 'UTC');
        const day = format(addDays(start, offset), 'yyyy-MM-dd');
        expect(addLocalDays(day, days)).toBe(format(addDays(start, offset + days), 'yyyy-MM-dd'));
      }),
      { numRuns: 500 },
    );
  });
});
