import { addLocalDays, zonedInstant } from '../../../src/domain/time';

const DAYS_PER_YEAR = 365.25;

/** One local calendar day of the history and its working window, as instants. */
export interface BenchDay {
  key: string;
  /** Local 08:00 and 20:00: every entry of the day lies between them. */
  workStart: number;
  workEnd: number;
}

/**
 * The days of the history in one zone: `years` of them, ending the day before `endDay`, so nothing is dated on the
 * day the benchmark runs or later.
 */
export function benchDays(endDay: string, years: number, timeZone: string): BenchDay[] {
  const count = Math.max(1, Math.round(years * DAYS_PER_YEAR));
  const firstDay = addLocalDays(endDay, -count);
  return Array.from({ length: count }, (_, index) => {
    const key = addLocalDays(firstDay, index);
    return { key, workStart: zonedInstant(key, '08:00', timeZone), workEnd: zonedInstant(key, '20:00', timeZone) };
  });
}

/** How many of `total` items fall on slot `index` of `slots` when they are spread as evenly as whole items allow. */
export function evenShare(total: number, slots: number, index: number): number {
  return Math.floor(((index + 1) * total) / slots) - Math.floor((index * total) / slots);
}

/** The slot (of `slots`) that item `index` of `total` falls on when they are spread evenly; the inverse of evenShare. */
export function evenSlot(index: number, total: number, slots: number): number {
  return Math.min(slots - 1, Math.floor(((index + 0.5) * slots) / total));
}
