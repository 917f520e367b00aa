import { tzOffset } from '@date-fns/tz';
import { parseDayKey } from './local-calendar';

const DAY_MS = 86_400_000;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The zone's UTC offset at an instant, in ms; throws for a zone the runtime does not know. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin`);
  // Historical local mean times have offsets with seconds, which arrive as fractional minutes.
  return Math.round(minutes * 60_000);
}

/*
 * An import converts tens of thousands of wall-clock times, most of them on days far from any offset change. Each
 * day's offsets at its edges are asked for once: the zone's offset just before the day's wall clock could begin
 * anywhere on Earth, and just after it could end. When the two agree, every time of that day converts with that one
 * offset. The memory is bounded; it only saves asking again.
 */
const DAY_OFFSETS_KEPT = 4_096;
const dayOffsets = new Map<string, { before: number; after: number }>();

function offsetsAroundDay(day: string, wall: number, timeZone: string): { before: number; after: number } {
  const key = `${timeZone}|${day}`;
  const known = dayOffsets.get(key);
  if (known !== undefined) return known;
  const dayStart = wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
  // Two days either side of the day's UTC midnight reach past every zone's offset (at most ±14 h) by a full day.
  const offsets = { before: zoneOffsetMs(dayStart - 2 * DAY_MS, timeZone), after: zoneOffsetMs(dayStart + 3 * DAY_MS, timeZone) };
  if (dayOffsets.size >= DAY_OFFSETS_KEPT) dayOffsets.clear();
  dayOffsets.set(key, offsets);
  return offsets;
}

function wallClockAsUtc(day: string, time: string): number {
  const { year, month, dayOfMonth } = parseDayKey(day);
  const match = WALL_TIME.exec(time);
  if (match === null) throw new RangeError(`"${time}" is not a time of day; use HH:mm, such as 09:30`);
  const [, hours = '0', minutes = '0'] = match;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  date.setUTCHours(Number(hours), Number(minutes), 0, 0);
  return date.getTime();
}

/**
 * The instant a local wall-clock time happens in a zone.
 *
 * - Spring-forward gap: a time that does not exist (02:30 in Berlin on 2026-03-29) moves forward by the length of
 *   the gap, to 03:30 local, the instant a clock that ignored the change would have shown it.
 * - Fall-back overlap: a time that happens twice (02:30 in Berlin on 2026-10-25) is the earlier one, still on summer
 *   time, so "from 02:30" never starts after an entry that began at the first 02:30.
 *
 * The zone's offsets come from @date-fns/tz's tzOffset. TZDate's wall-clock constructor is not used here because it
 * settles the overlap through the machine's own zone, so the same entry would land on different instants on
 * different machines.
 */
export function zonedInstant(day: string, time: string, timeZone: string): number {
  const wall = wallClockAsUtc(day, time);
  const around = offsetsAroundDay(day, wall, timeZone);
  // The same offset two days before and two days after: no change anywhere near, so nothing to settle. (No zone's
  // offset changes twice within six days: checked in 6-hour steps for every zone the runtime knows, 1900 to 2045.)
  if (around.before === around.after) return wall - around.before;
  // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
  const offsetBefore = zoneOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wall + DAY_MS, timeZone);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset)
    .filter((instant) => zoneOffsetMs(instant, timeZone) === wall - instant);
  if (matching.length > 0) return Math.min(...matching);
  return wall - offsetBefore;
}

/** The first instant of a local day. Where midnight falls in a DST gap, the day starts when the clocks resume. */
export function startOfLocalDay(day: string, timeZone: string): number {
  return zonedInstant(day, '00:00', timeZone);
}
