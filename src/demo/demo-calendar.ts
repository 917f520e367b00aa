import { TZDate } from '@date-fns/tz';
import { localDayKey } from '../domain/time/local-calendar';

const DAY_MS = 86_400_000;

export interface DemoDay {
  dateKey: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Local 09:00 and 18:00 of the day, as instants; the last day's end is capped at `now`. */
  workStart: number;
  workEnd: number;
}

/** A calendar date key (`YYYY-MM-DD`) moved by whole days, independent of any zone. */
export function addDaysToKey(dateKey: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A date key moved by whole months; days past the end of the target month roll into the next one. */
export function addMonthsToKey(dateKey: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}

export function minKey(a: string, b: string): string {
  return a < b ? a : b;
}

/** The instant of a local wall-clock time on a date in a zone. */
export function localInstant(dateKey: string, hour: number, minute: number, timeZone: string): number {
  const [year = 1970, month = 1, day = 1] = dateKey.split('-').map(Number);
  return new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
}

/** The month after a `YYYY-MM` key. */
export function nextMonthKey(monthKey: string): string {
  return addMonthsToKey(`${monthKey}-01`, 1).slice(0, 7);
}

export class DemoCalendar {
  readonly todayKey: string;
  readonly days: readonly DemoDay[];

  /** Every calendar day from `months` months before today through today, in the zone. */
  constructor(
    readonly now: number,
    months: number,
    readonly timeZone: string,
  ) {
    this.todayKey = localDayKey(now, timeZone);
    const firstKey = addMonthsToKey(this.todayKey, -months);
    const days: DemoDay[] = [];
    for (let key = firstKey; key <= this.todayKey; key = addDaysToKey(key, 1)) {
      const [year = 1970, month = 1, day = 1] = key.split('-').map(Number);
      days.push({
        dateKey: key,
        weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
        workStart: localInstant(key, 9, 0, timeZone),
        workEnd: Math.min(localInstant(key, 18, 0, timeZone), now),
      });
    }
    this.days = days;
  }

  /** The index of the day a fraction of the way through the period (0: first day, 1: today). */
  dayIndexAt(fraction: number): number {
    return Math.min(this.days.length - 1, Math.max(0, Math.round(fraction * (this.days.length - 1))));
  }

  dateKeyAt(index: number): string {
    return this.days[Math.min(this.days.length - 1, Math.max(0, index))]?.dateKey ?? this.todayKey;
  }

  /** A date key some days after another, never later than today. */
  notAfterToday(dateKey: string): string {
    return minKey(dateKey, this.todayKey);
  }

  /** Midday of a date, a neutral time for records that carry only a date. */
  middayOf(dateKey: string): number {
    return Math.min(localInstant(dateKey, 12, 0, this.timeZone), this.now);
  }

  /** An instant some whole days before now. */
  daysBeforeNow(days: number): number {
    return this.now - days * DAY_MS;
  }
}
