import { timeEntryInputSchema, type Project, type Rollup, type TimeEntry } from '../../domain/model';
import { applyRollupDelta, rollupDeltas, rollupId, timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import { localMonthKey } from '../../domain/time/local-calendar';
import type { ReputeDb } from '../db';
import { directWrite, requested, ROLL_BACK } from '../direct-writes';
import { newRecordMeta, parseInput } from './record-commands';
import { withRunningFlag } from './time-entries';
import { stoppedEntry, timerEntryInput, type StartTimerInput, type TimerStart } from './timer-records';
import { failed, succeeded, type WriteResult } from './write-result';

/*
 * Starting and stopping a timer are the writes a freelancer waits on many times a day. Done the careful way, each
 * reads what it needs and then writes: two to four round trips inside one transaction. Here the writes go out
 * together with the reads, built from the rows as earlier timer writes saw them; the reads, answered in the same
 * transaction before it can commit, confirm that nothing changed. When anything did (an edit, another window, an
 * import) everything written rolls back and the caller takes the careful path, so this memory can only make a
 * write faster, never make it wrong.
 */

export interface RunningTimerSeen {
  /** The running entry exactly as it was stored. */
  entry: TimeEntry;
  project: Project;
}

interface TimerRowsSeen {
  projects: Map<string, Project>;
  /** Rollup rows as timer stops left them; null when the row was known not to exist. */
  rollups: Map<string, Rollup | null>;
  running: RunningTimerSeen | undefined;
}

const seenByDb = new WeakMap<ReputeDb, TimerRowsSeen>();

function rowsSeen(db: ReputeDb): TimerRowsSeen {
  let seen = seenByDb.get(db);
  if (seen === undefined) {
    seen = { projects: new Map(), rollups: new Map(), running: undefined };
    seenByDb.set(db, seen);
  }
  return seen;
}

/**
 * Two structured clones of one stored row serialise identically, keys in the same order; any write in between
 * changes at least updatedAt or an amount.
 */
function sameRow(stored: object | undefined, seen: object | undefined): boolean {
  return JSON.stringify(stored) === JSON.stringify(seen);
}

export function rememberProject(db: ReputeDb, project: Project): void {
  rowsSeen(db).projects.set(project.id, project);
}

export function rememberedProject(db: ReputeDb, projectId: string): Project | undefined {
  return seenByDb.get(db)?.projects.get(projectId);
}

export function forgetProject(db: ReputeDb, projectId: string): void {
  seenByDb.get(db)?.projects.delete(projectId);
}

/** Call once the start has committed: a rolled-back start must leave nothing to trust. */
export function rememberRunningTimer(db: ReputeDb, running: RunningTimerSeen): void {
  rowsSeen(db).running = running;
}

/** What the last start saw, handed out once: whatever the stop does next, that memory is spent. */
export function takeRunningTimer(db: ReputeDb): RunningTimerSeen | undefined {
  const seen = seenByDb.get(db);
  const running = seen?.running;
  if (seen !== undefined) seen.running = undefined;
  return running;
}

/**
 * Starts a timer on `expected`, the project as last read, in one round trip: the project and the first key in the
 * running index are read while the new entry is added. Undefined, with nothing written, when the project changed,
 * any entry is marked running (a switch, or a deleted timer, which the careful path sorts out) or the database is not
 * open yet.
 */
export async function startDirect(db: ReputeDb, input: StartTimerInput, expected: Project): Promise<WriteResult<TimerStart> | undefined> {
  const parsed = parseInput(timeEntryInputSchema, timerEntryInput(input, expected));
  if (!parsed.ok) return failed<TimerStart>(parsed.errors);
  const started = withRunningFlag(newRecordMeta(Date.now()), parsed.value);
  const result = await directWrite(db, [db.timeEntries, db.projects], async (transaction) => {
    const entries = transaction.objectStore(db.timeEntries.name);
    // Reads go first: IndexedDB answers a transaction's requests in the order they were made, so the running index
    // is read as it was before this add.
    const [project, runningKey] = await Promise.all([
      requested<Project | undefined>(transaction.objectStore(db.projects.name).get(expected.id)),
      requested<string | undefined>(entries.index('running').getKey(1)),
      requested(entries.add(started)),
    ]);
    if (!sameRow(project, expected) || runningKey !== undefined) return ROLL_BACK;
    return { result: { started, stopped: null }, changes: [{ table: db.timeEntries, key: started.id, before: undefined, after: started }] };
  });
  return result === undefined ? undefined : succeeded(result);
}

/**
 * Stops the timer `seen` describes. The stopped entry is written while the entry, its project and the month's
 * rollup row are read to confirm them; when an earlier stop left that rollup row behind, the new row goes out in the
 * same round trip, otherwise in a second one, from the row just read. Undefined, with nothing written, when any of
 * them changed or the database is not open yet.
 */
export async function stopDirect(db: ReputeDb, now: number, seen: RunningTimerSeen): Promise<WriteResult<TimeEntry> | undefined> {
  const stopped = stoppedEntry(seen.entry, now);
  const contribution = timeEntryContribution(stopped, seen.project.currency);
  const id = rollupId(contribution ?? { month: localMonthKey(stopped.start, stopped.timeZone), clientId: stopped.clientId, currency: seen.project.currency });
  const [delta] = rollupDeltas([], [contribution]);
  const nextRow = (row: Rollup | undefined) => (delta === undefined ? row : applyRollupDelta(row, delta));
  const remembered = seenByDb.get(db)?.rollups.get(id);

  const written = await directWrite(db, [db.timeEntries, db.projects, db.rollups], async (transaction) => {
    const rollups = transaction.objectStore(db.rollups.name);
    const writeRow = (row: Rollup | undefined) => requested(row === undefined ? rollups.delete(id) : rollups.put(row));
    const predicted = remembered === undefined ? undefined : nextRow(remembered ?? undefined);
    const entries = transaction.objectStore(db.timeEntries.name);
    // Reads go first: IndexedDB answers a transaction's requests in the order they were made.
    const [entry, project, rollup] = await Promise.all([
      requested<TimeEntry | undefined>(entries.get(seen.entry.id)),
      requested<Project | undefined>(transaction.objectStore(db.projects.name).get(seen.project.id)),
      requested<Rollup | undefined>(rollups.get(id)),
      requested(entries.put(stopped)),
      remembered === undefined ? Promise.resolve() : writeRow(predicted),
    ]);
    if (!sameRow(entry, seen.entry) || !sameRow(project, seen.project)) return ROLL_BACK;
    if (remembered !== undefined && !sameRow(rollup, remembered ?? undefined)) return ROLL_BACK;
    const after = remembered === undefined ? nextRow(rollup) : predicted;
    if (remembered === undefined) await writeRow(after);
    return {
      result: { row: after ?? null },
      changes: [
        { table: db.timeEntries, key: stopped.id, before: seen.entry, after: stopped },
        { table: db.rollups, key: id, before: rollup, after },
      ],
    };
  });
  if (written === undefined) return undefined;
  rowsSeen(db).rollups.set(id, written.row);
  return succeeded(stopped);
}
