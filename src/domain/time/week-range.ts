import { addLocalDays, dayOfWeek, localDayKey } from './local-calendar';
import { startOfLocalDay } from './zoned-instant';

export interface LocalWeek {
  /** First instant of the week's first local day (inclusive). */
  start: number;
  /** First instant of the following week (exclusive). A week with a DST change is 167 or 169 hours long. */
  end: number;
  /** The seven local day keys, in order. */
  days: string[];
}

/** The local week containing an instant, starting on Sunday (0), Monday (1) or Saturday (6). */
export function weekRange(instant: number, weekStartsOn: 0 | 1 | 6, timeZone: string): LocalWeek {
  const today = localDayKey(instant, timeZone);
  const daysSinceWeekStart = (dayOfWeek(today) - weekStartsOn + 7) % 7;
  const firstDay = addLocalDays(today, -daysSinceWeekStart);
  const days = Array.from({ length: 7 }, (_, index) => addLocalDays(firstDay, index));
  return {
    start: startOfLocalDay(firstDay, timeZone),
    end: startOfLocalDay(addLocalDays(firstDay, 7), timeZone),
    days,
  };
}
