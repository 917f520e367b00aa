const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
/** One entry may run past a day (a weekend deploy), but not past 99 hours: that is a timer someone forgot. */
export const MAX_ENTRY_HOURS = 99;

export const DURATION_HINT = 'Use a duration like 1:30, 1h30 or 90m';

export type DurationParse = { ok: true; ms: number } | { ok: false; error: string };

export interface DurationInputOptions {
  /** Accept "0" (and "0:00", "0m"…), as a timesheet cell does to clear a day; a single entry needs some time. */
  allowZero?: boolean;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
const HOUR_UNIT = String.raw`(?:h|hr|hrs|hour|hours)`;
const MINUTE_UNIT = String.raw`(?:m|min|mins|minute|minutes)`;

/** `1:30`, `01:30`, `1:30:15` (hours, minutes, optional seconds). */
const CLOCK = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/;
/** A bare number is hours, as Harvest reads it: `2`, `1.5`, `1,5`, `.5`. */
const BARE_HOURS = new RegExp(`^${NUMBER}$`);
/** `2h`, `1.5 hours`, `1h30`, `1h 30m`, `1 hr 5 min`. */
const HOURS_AND_MINUTES = new RegExp(`^${NUMBER}\\s*${HOUR_UNIT}(?:\\s*(\\d+)\\s*${MINUTE_UNIT}?)?$`);
/** `90m`, `45 min`, `7.5 minutes`. */
const MINUTES_ONLY = new RegExp(`^${NUMBER}\\s*${MINUTE_UNIT}$`);

function decimal(text: string): number {
  return Number(text.replace(',', '.'));
}

function fail(error: string): DurationParse {
  return { ok: false, error };
}

function readMs(text: string): DurationParse {
  const clock = CLOCK.exec(text);
  if (clock !== null) {
    const [, hours = '0', minutes = '0', seconds = '0'] = clock;
    if (Number(minutes) > 59) return fail(`Minutes go up to 59; for ${minutes} minutes type ${minutes}m`);
    if (Number(seconds) > 59) return fail('Seconds go up to 59');
    return { ok: true, ms: Number(hours) * MS_PER_HOUR + Number(minutes) * MS_PER_MINUTE + Number(seconds) * 1000 };
  }
  const bare = BARE_HOURS.exec(text);
  if (bare !== null) return { ok: true, ms: Math.round(decimal(bare[1] ?? '0') * MS_PER_HOUR) };
  const hoursAndMinutes = HOURS_AND_MINUTES.exec(text);
  if (hoursAndMinutes !== null) {
    const [, hours = '0', minutes] = hoursAndMinutes;
    if (minutes !== undefined && Number(minutes) > 59) return fail(`Minutes after the hours go up to 59; for ${minutes} minutes type ${minutes}m`);
    return { ok: true, ms: Math.round(decimal(hours) * MS_PER_HOUR) + Number(minutes ?? '0') * MS_PER_MINUTE };
  }
  const minutesOnly = MINUTES_ONLY.exec(text);
  if (minutesOnly !== null) return { ok: true, ms: Math.round(decimal(minutesOnly[1] ?? '0') * MS_PER_MINUTE) };
  return fail(`"${text}" is not a duration. ${DURATION_HINT}`);
}

/**
 * Reads a typed duration the ways people type them into timesheets: `1h30`, `1h 30m`, `1:30`, `90m`, `45 min`,
 * `1.5`, `1,5`, `2h`, `2` (a bare number is hours). Case and surrounding spaces do not matter. Every refusal says what
 * to type instead. Results are whole milliseconds.
 */
export function parseDurationInput(text: string, options: DurationInputOptions = {}): DurationParse {
  const normalized = text.trim().toLowerCase();
  if (normalized === '') return fail(`Enter a duration. ${DURATION_HINT}`);
  if (normalized.startsWith('-')) return fail(`A duration cannot be negative. ${DURATION_HINT}`);
  const read = readMs(normalized.replace(/^\+/, ''));
  if (!read.ok) return read;
  if (read.ms === 0 && options.allowZero !== true) return fail(`Enter a duration longer than zero. ${DURATION_HINT}`);
  if (read.ms > MAX_ENTRY_HOURS * MS_PER_HOUR) return fail(`At most ${MAX_ENTRY_HOURS} hours for one entry`);
  return read;
}
