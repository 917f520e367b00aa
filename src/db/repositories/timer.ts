import { isoDateSchema, timeEntryInputSchema, type Project, type TimeEntry, type TimeEntryInput } from '../../domain/model';
import { timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import { addLocalDays, localMonthKey, startOfLocalDay, zonedInstant } from '../../domain/time';
import { IDLE_DECISIONS, type IdleDecision } from '../../domain/time-tracking/idle-machine';
import { planProjectDayDuration, type ProjectDayPlan } from '../../domain/time-tracking/project-day-plan';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, newRecordMeta, noSuchRecord, parseInput } from './record-commands';
import { applyRollupChange, clientMonthRollups } from './rollups';
import {
  createTimeEntry,
  getRunningTimeEntry,
  projectErrors,
  storeTimeEntry,
  timeEntryWriteTables,
  updateTimeEntry,
  withRunningFlag,
} from './time-entries';
import { failed, refusalsAsResults, succeeded, valueOrAbort, type WriteResult } from './write-result';

/*
 * The time tracker's commands that write more than one entry at once: start (and switch), stop, continue, the idle
 * resolutions and the timesheet's day edit. Each runs in one transaction: either every entry changes or none does.
 */

export interface StartTimerInput {
  projectId: string;
  description: string;
  tags: string[];
  /** Defaults from the project: false for non-billable projects, true otherwise. */
  billable?: boolean;
  now: number;
  /** The zone the entry is tracked in; it decides the entry's local day for good. */
  timeZone: string;
}

export interface TimerStart {
  started: TimeEntry;
  /** The timer that was running and stopped at the same instant (a switch), if any. */
  stopped: TimeEntry | null;
}

function inOneTransaction<T>(db: ReputeDb, body: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  // An async scope, so Dexie keeps the transaction through the native awaits inside `body`.
  return refusalsAsResults(() => db.transaction('rw', timeEntryWriteTables(db), async () => body()));
}

function billableByDefault(project: Project): boolean {
  return project.billing.kind !== 'nonBillable';
}

/**
 * Stops this running entry at `now` (never before its own start). A running entry is never on an invoice and its
 * project was checked when it started, so the stop needs only the project's currency for the rollups. The stopped
 * entry does not depend on the project, so it is written while the project and its month's rollup rows (one per
 * currency, read before the currency is known) are read: two round trips before the commit instead of four.
 */
async function stopEntry(db: ReputeDb, running: TimeEntry | undefined, now: number): Promise<TimeEntry | null> {
  if (running === undefined) return null;
  if (running.invoiceId !== undefined) {
    return valueOrAbort(await updateTimeEntry(db, running.id, { end: Math.max(now, running.start) }));
  }
  const { running: _wasRunning, ...rest } = running;
  const stopped: TimeEntry = { ...rest, end: Math.max(now, running.start), updatedAt: Date.now() };
  const month = localMonthKey(stopped.start, stopped.timeZone);
  const [project, monthRows] = await Promise.all([
    db.projects.get(running.projectId),
    clientMonthRollups(db, stopped.clientId, month),
    db.timeEntries.put(stopped),
  ]);
  if (project !== undefined) {
    await applyRollupChange(db, [undefined], [timeEntryContribution(stopped, project.currency)], { clientId: stopped.clientId, month, rows: monthRows });
  }
  return stopped;
}

async function startInTransaction(db: ReputeDb, input: StartTimerInput): Promise<WriteResult<TimerStart>> {
  const [project, running] = await Promise.all([db.projects.get(input.projectId), getRunningTimeEntry(db)]);
  const projectProblem = projectErrors(project);
  if (project === undefined || hasErrors(projectProblem)) return failed<TimerStart>(projectProblem);
  const entryInput: TimeEntryInput = {
    projectId: project.id,
    clientId: project.clientId,
    start: input.now,
    end: null,
    timeZone: input.timeZone,
    description: input.description,
    billable: input.billable ?? billableByDefault(project),
    tags: input.tags,
    source: 'timer',
  };
  // Checked before anything is stopped, so a bad description leaves the running timer as it was.
  const parsed = parseInput(timeEntryInputSchema, entryInput);
  if (!parsed.ok) return failed<TimerStart>(parsed.errors);
  // The project and the running timer were read in this transaction, so no second check is needed before the add.
  // A running entry adds nothing to the rollups, so the add needs no read; it goes out beside the switch's stop.
  const started = withRunningFlag(newRecordMeta(Date.now()), parsed.value);
  const [stopped] = await Promise.all([stopEntry(db, running, input.now), db.timeEntries.add(started)]);
  return succeeded({ started, stopped });
}

/**
 * Starts a timer at `now`. A timer already running stops at that same instant, in the same transaction, so a switch
 * can neither leave two timers running nor lose the moment between them.
 */
export function startTimer(db: ReputeDb, input: StartTimerInput): Promise<WriteResult<TimerStart>> {
  return inOneTransaction(db, () => startInTransaction(db, input));
}

/** Stops the running timer at `now` and returns the stopped entry. */
export function stopTimer(db: ReputeDb, now: number): Promise<WriteResult<TimeEntry>> {
  return inOneTransaction(db, async () => {
    const stopped = await stopEntry(db, await getRunningTimeEntry(db), now);
    return stopped === null ? failed<TimeEntry>({ end: 'No timer is running' }) : succeeded(stopped);
  });
}

/**
 * Starts a new timer with a past entry's project, description, tags and billable flag (switching from any running
 * timer). Continuing the entry that is running already changes nothing.
 */
export function continueTimeEntry(db: ReputeDb, entryId: string, now: number, timeZone: string): Promise<WriteResult<TimerStart>> {
  return inOneTransaction(db, async () => {
    const entry = await db.timeEntries.get(entryId);
    if (entry === undefined || !isLive(entry)) return noSuchRecord<TimerStart>('time entry');
    if (entry.end === null) return succeeded({ started: entry, stopped: null });
    return startInTransaction(db, {
      projectId: entry.projectId,
      description: entry.description,
      tags: [...entry.tags],
      billable: entry.billable,
      now,
      timeZone,
    });
  });
}

export interface IdleResolutionInput {
  /** The timer that ran while the user was away. */
  entryId: string;
  idleStart: number;
  idleEnd: number;
  decision: IdleDecision;
  now: number;
  timeZone: string;
}

export interface IdleResolution {
  /** The entry that ran through the idle time, as it is now stored. */
  entry: TimeEntry;
  /** The timer running afterwards, when the decision started one. */
  started: TimeEntry | null;
}

async function resolveInTransaction(db: ReputeDb, input: IdleResolutionInput): Promise<WriteResult<IdleResolution>> {
  if (!IDLE_DECISIONS.includes(input.decision)) return failed<IdleResolution>({ decision: 'Choose what to do with the idle time' });
  if (input.idleEnd < input.idleStart) return failed<IdleResolution>({ idleEnd: 'The idle time ends before it starts' });
  const entry = await db.timeEntries.get(input.entryId);
  if (entry === undefined || !isLive(entry)) return failed<IdleResolution>({ entryId: 'This timer no longer exists' });
  if (input.decision === 'keep') return succeeded({ entry, started: null });
  if (entry.end !== null) return failed<IdleResolution>({ entryId: 'This timer was stopped in the meantime' });

  // Idle reported from before the timer started, or a return reported after now, is held to what really ran.
  const cut = Math.min(Math.max(input.idleStart, entry.start), input.now);
  const back = Math.min(Math.max(input.idleEnd, cut), input.now);
  const ended = valueOrAbort(await updateTimeEntry(db, entry.id, { end: cut }));
  if (input.decision === 'discardAndStop') return succeeded({ entry: ended, started: null });

  const details: TimeEntryInput =
    input.decision === 'discard'
      ? { ...timerDetails(entry), start: back }
      : { ...timerDetails(entry), description: '', tags: [], billable: await projectBillable(db, entry), start: cut };
  const started = valueOrAbort(await createTimeEntry(db, { ...details, timeZone: input.timeZone }));
  return succeeded({ entry: ended, started });
}

function timerDetails(entry: TimeEntry): TimeEntryInput {
  return {
    projectId: entry.projectId,
    clientId: entry.clientId,
    start: entry.start,
    end: null,
    timeZone: entry.timeZone,
    description: entry.description,
    billable: entry.billable,
    tags: [...entry.tags],
    source: 'timer',
  };
}

async function projectBillable(db: ReputeDb, entry: TimeEntry): Promise<boolean> {
  const project = await db.projects.get(entry.projectId);
  return project === undefined ? entry.billable : billableByDefault(project);
}

/**
 * Applies the answer to "you were idle" (Harvest's four choices) to the timer that ran through it:
 *
 * - keep: nothing changes; the idle time stays tracked.
 * - discard: the entry ends at idleStart, and a new timer with the same details starts at idleEnd.
 * - discardAndStop: the entry ends at idleStart; no timer runs.
 * - moveToNewEntry: the entry ends at idleStart, and a new timer on the same project, with an empty description and
 *   the project's billable default, starts at idleStart, so the user can say what the time was.
 */
export function resolveIdleTime(db: ReputeDb, input: IdleResolutionInput): Promise<WriteResult<IdleResolution>> {
  return inOneTransaction(db, () => resolveInTransaction(db, input));
}

export interface ProjectDayDurationInput {
  projectId: string;
  /** The local day, `YYYY-MM-DD`, in `timeZone`. */
  day: string;
  timeZone: string;
  /** What the project's time on that day should come to. */
  ms: number;
  now: number;
}

export interface ProjectDayChange {
  added: TimeEntry | null;
  changed: TimeEntry[];
  removed: TimeEntry[];
}

/** How far before a day an entry may start and still reach into it (a timer left running over a long weekend). */
const LONGEST_REACH_MS = 7 * 86_400_000;

function dayBounds(day: string, timeZone: string): { dayStart: number; dayEnd: number; defaultStart: number } | undefined {
  try {
    return {
      dayStart: startOfLocalDay(day, timeZone),
      dayEnd: startOfLocalDay(addLocalDays(day, 1), timeZone),
      defaultStart: zonedInstant(day, '09:00', timeZone),
    };
  } catch {
    return undefined;
  }
}

async function applyDayPlan(db: ReputeDb, project: Project, input: ProjectDayDurationInput, entries: TimeEntry[], plan: ProjectDayPlan): Promise<ProjectDayChange> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const change: ProjectDayChange = { added: null, changed: [], removed: [] };
  for (const { id, start, end } of plan.resize) {
    const stored = byId.get(id);
    if (stored === undefined) continue;
    const resized: TimeEntry = { ...stored, start, end, updatedAt: input.now };
    await storeTimeEntry(db, project, stored, resized);
    change.changed.push(resized);
  }
  for (const id of plan.remove) {
    const stored = byId.get(id);
    if (stored === undefined) continue;
    const removed: TimeEntry = { ...stored, deletedAt: input.now, updatedAt: input.now };
    await storeTimeEntry(db, project, stored, removed);
    change.removed.push(removed);
  }
  if (plan.add !== null) {
    const added = withRunningFlag(newRecordMeta(input.now), {
      projectId: project.id,
      clientId: project.clientId,
      start: plan.add.start,
      end: plan.add.end,
      timeZone: input.timeZone,
      description: '',
      billable: project.billing.kind !== 'nonBillable',
      tags: [],
      source: 'manual',
    });
    await storeTimeEntry(db, project, undefined, added);
    change.added = added;
  }
  return change;
}

/**
 * Sets one project's time on one local day, as a timesheet cell edit does (see planProjectDayDuration): more time
 * adds a manual entry for the difference, less time shortens or removes that day's latest un-invoiced entries.
 * Removed entries are soft-deleted. Refused, with the message on `ms`, when only invoiced time or the running timer
 * could give way.
 */
export async function setProjectDayDuration(db: ReputeDb, input: ProjectDayDurationInput): Promise<WriteResult<ProjectDayChange>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    const project = await db.projects.get(input.projectId);
    const projectProblem = projectErrors(project);
    if (project === undefined || hasErrors(projectProblem)) return failed<ProjectDayChange>(projectProblem);
    if (!isoDateSchema.safeParse(input.day).success) return failed<ProjectDayChange>({ day: 'Use a day like 2026-03-31' });
    const bounds = dayBounds(input.day, input.timeZone);
    if (bounds === undefined) return failed<ProjectDayChange>({ timeZone: 'Unknown time zone; use an IANA name such as Europe/Berlin' });

    const { dayStart, dayEnd } = bounds;
    const entries = await db.timeEntries
      .where('[projectId+start]')
      .between([project.id, dayStart - LONGEST_REACH_MS], [project.id, dayEnd], true, false)
      .filter((entry) => isLive(entry) && (entry.start >= dayStart || (entry.end ?? input.now) > dayStart))
      .toArray();
    const planned = planProjectDayDuration({
      ...bounds,
      entries: entries.map((entry) => ({ id: entry.id, start: entry.start, end: entry.end, locked: entry.invoiceId !== undefined })),
      targetMs: input.ms,
      now: input.now,
    });
    if (!planned.ok) return failed<ProjectDayChange>({ ms: planned.error });
    return succeeded(await applyDayPlan(db, project, input, entries, planned.plan));
  });
}
