import { formatDuration } from '../time/format-duration';

export interface DayEntry {
  readonly id: string;
  readonly start: number;
  /** null while running. */
  readonly end: number | null;
  /** On an invoice: its time cannot change. */
  readonly locked: boolean;
}

export interface ProjectDayInput {
  /** One project's live entries that touch the day. */
  entries: ReadonlyArray<DayEntry>;
  /** The day's first instant and the next day's first instant. */
  dayStart: number;
  dayEnd: number;
  /** Where new time goes when the day has none yet (09:00 local). */
  defaultStart: number;
  targetMs: number;
  now: number;
}

export interface ProjectDayPlan {
  /** A new entry to add, or null. */
  add: { start: number; end: number } | null;
  /** New instants for entries that shrink. */
  resize: Array<{ id: string; start: number; end: number }>;
  /** Entries whose whole time is taken away. */
  remove: string[];
}

export type ProjectDayPlanResult = { ok: true; plan: ProjectDayPlan } | { ok: false; error: string };

interface DayPart {
  entry: DayEntry;
  start: number;
  end: number;
}

function partInDay(entry: DayEntry, input: ProjectDayInput): DayPart {
  const end = entry.end ?? Math.max(entry.start, input.now);
  return { entry, start: Math.max(entry.start, input.dayStart), end: Math.min(end, input.dayEnd) };
}

const lengthOf = (part: DayPart) => Math.max(0, part.end - part.start);

function fixedMessage(lockedMs: number, runningMs: number): string {
  const least = formatDuration(lockedMs + runningMs, 'hours-minutes');
  if (lockedMs > 0) return `Invoiced time on this day cannot change; enter at least ${least}`;
  return `The running timer's time cannot change here; stop it first or enter at least ${least}`;
}

function planMore(parts: DayPart[], input: ProjectDayInput, extra: number): ProjectDayPlan {
  const stoppedEnds = parts.filter((part) => part.entry.end !== null).map((part) => part.end);
  const after = stoppedEnds.length > 0 ? Math.max(...stoppedEnds) : input.defaultStart;
  // The new time must land inside the day, or the cell would not show what was typed.
  const start = Math.max(input.dayStart, Math.min(after, input.dayEnd - extra));
  return { add: { start, end: start + extra }, resize: [], remove: [] };
}

function planLess(parts: DayPart[], input: ProjectDayInput, cut: number): ProjectDayPlanResult {
  const adjustable = parts.filter((part) => !part.entry.locked && part.entry.end !== null && lengthOf(part) > 0);
  const adjustableMs = adjustable.reduce((sum, part) => sum + lengthOf(part), 0);
  if (adjustableMs < cut) {
    const lockedMs = parts.filter((part) => part.entry.locked).reduce((sum, part) => sum + lengthOf(part), 0);
    const runningMs = parts.filter((part) => !part.entry.locked && part.entry.end === null).reduce((sum, part) => sum + lengthOf(part), 0);
    return { ok: false, error: fixedMessage(lockedMs, runningMs) };
  }
  const plan: ProjectDayPlan = { add: null, resize: [], remove: [] };
  let remaining = cut;
  const latestFirst = [...adjustable].sort((a, b) => b.entry.start - a.entry.start || b.end - a.end);
  for (const part of latestFirst) {
    if (remaining === 0) break;
    const { entry } = part;
    const entryEnd = entry.end ?? part.end;
    const take = Math.min(remaining, lengthOf(part));
    remaining -= take;
    const whollyInDay = entry.start >= input.dayStart && entryEnd <= input.dayEnd;
    if (whollyInDay && take === lengthOf(part)) plan.remove.push(entry.id);
    else if (entryEnd > input.dayEnd) plan.resize.push({ id: entry.id, start: part.start + take, end: entryEnd });
    else plan.resize.push({ id: entry.id, start: entry.start, end: part.end - take });
  }
  return { ok: true, plan };
}

/**
 * How to make one project's time on one day come to `targetMs`, the way a timesheet cell edit means it.
 *
 * More time adds one entry for the difference, right after the day's last stopped entry (or at `defaultStart`),
 * kept inside the day. Less time comes off the latest entries first: an entry wholly inside the day is shortened at
 * its end or removed once nothing is left; one that began the day before loses its end, down to midnight; one that
 * runs on past midnight starts later instead, so the neighbouring days keep their totals. Invoiced entries and the
 * running timer never change; when they alone exceed the target the plan is refused with the least allowed value.
 */
export function planProjectDayDuration(input: ProjectDayInput): ProjectDayPlanResult {
  const dayLength = input.dayEnd - input.dayStart;
  if (!Number.isSafeInteger(input.targetMs) || input.targetMs < 0) return { ok: false, error: 'Enter a duration of zero or more' };
  if (input.targetMs > dayLength) return { ok: false, error: `This day has only ${formatDuration(dayLength, 'hours-minutes')}` };
  const parts = input.entries.map((entry) => partInDay(entry, input));
  const current = parts.reduce((sum, part) => sum + lengthOf(part), 0);
  const difference = input.targetMs - current;
  if (difference === 0) return { ok: true, plan: { add: null, resize: [], remove: [] } };
  if (difference > 0) return { ok: true, plan: planMore(parts, input, difference) };
  return planLess(parts, input, -difference);
}
