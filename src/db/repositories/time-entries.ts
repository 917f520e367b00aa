import { timeEntryInputSchema, type Project, type RecordMeta, type TimeEntry, type TimeEntryInput } from '../../domain/model';
import { timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import { splitSpanAt } from '../../domain/time-tracking/split-span';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, updatedMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

const ANOTHER_TIMER_RUNNING = 'Another timer is already running';

/** The tables every time entry write touches; commands that combine several writes open one transaction on them. */
export function timeEntryWriteTables(db: ReputeDb) {
  return [db.timeEntries, db.projects, db.invoices, db.rollups, db.projectTotals, db.dayTotalMonths];
}

/** Why a time entry cannot be filed under this project, if it cannot. */
export function projectErrors(project: Project | undefined): FieldErrors {
  if (project === undefined) return { projectId: 'No such project' };
  if (project.deletedAt !== undefined) return { projectId: 'This project was deleted' };
  return {};
}

async function otherRunningEntry(db: ReputeDb, exceptId?: string): Promise<TimeEntry | undefined> {
  // The running index holds at most a few entries; reading them whole avoids a cursor walk on the timer's hot path.
  const running = await db.timeEntries.where('running').equals(1).toArray();
  return running.find((entry) => isLive(entry) && entry.id !== exceptId);
}

async function runningErrors(db: ReputeDb, value: TimeEntryInput, exceptId?: string): Promise<FieldErrors> {
  if (value.end !== null) return {};
  return (await otherRunningEntry(db, exceptId)) === undefined ? {} : { end: ANOTHER_TIMER_RUNNING };
}

async function importKeyErrors(db: ReputeDb, importKey: string | undefined, exceptId?: string): Promise<FieldErrors> {
  if (importKey === undefined) return {};
  const holder = await db.timeEntries.where('importKey').equals(importKey).first();
  return holder !== undefined && holder.id !== exceptId ? { importKey: 'An entry with this import key already exists' } : {};
}

async function invoiceLockErrors(db: ReputeDb, entry: TimeEntry): Promise<FieldErrors> {
  if (entry.invoiceId === undefined) return {};
  const invoice = await db.invoices.get(entry.invoiceId);
  const label = invoice?.number !== undefined ? `invoice ${invoice.number}` : 'a draft invoice';
  return { invoiceId: `This entry is on ${label} and cannot change` };
}

/** The stored form: `running: 1` only while the end is open, so the running index holds just that entry. */
export function withRunningFlag(meta: RecordMeta, value: TimeEntryInput): TimeEntry {
  const entry: TimeEntry = { ...meta, ...value };
  if (value.end === null) entry.running = 1;
  return entry;
}

/**
 * The client is taken from the project (the input's clientId is overwritten). An open end starts a timer, refused
 * while another runs: the check and the write share one transaction, so two racing starts cannot both win.
 */
export async function createTimeEntry(db: ReputeDb, input: TimeEntryInput): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    // Independent reads go out together: each sequential round trip shows in the timer's start latency.
    const [project, invoiceProblems, running, importKeyProblems] = await Promise.all([
      db.projects.get(input.projectId),
      referenceErrors(db.invoices, 'invoiceId', 'invoice', input.invoiceId),
      input.end === null ? otherRunningEntry(db) : Promise.resolve(undefined),
      importKeyErrors(db, input.importKey),
    ]);
    const parsed = parseInput(timeEntryInputSchema, { ...input, clientId: project?.clientId ?? input.clientId });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, projectErrors(project), invoiceProblems);
    if (project === undefined) delete errors.clientId;
    if (!parsed.ok || project === undefined || hasErrors(errors)) return failed<TimeEntry>(errors);
    const conflicts = mergeErrors(running === undefined ? {} : { end: ANOTHER_TIMER_RUNNING }, importKeyProblems);
    if (hasErrors(conflicts)) return failed<TimeEntry>(conflicts);

    const entry = withRunningFlag(newRecordMeta(Date.now()), parsed.value);
    await Promise.all([db.timeEntries.add(entry), applyRollupChange(db, [], [timeEntryContribution(entry, project.currency)])]);
    return succeeded(entry);
  });
}

/**
 * Merges the patch, validates the whole and refiles the rollups. Entries on an invoice are locked. Moving the
 * entry to another project moves it to that project's client.
 */
export async function updateTimeEntry(db: ReputeDb, id: string, patch: Partial<TimeEntryInput>): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    const stored = await db.timeEntries.get(id);
    if (stored === undefined) return noSuchRecord<TimeEntry>('time entry');
    const projectChanged = patch.projectId !== undefined && patch.projectId !== stored.projectId;
    const merged = { ...stored, ...patch };
    // Independent reads go out together: each sequential round trip shows in the timer's stop latency.
    const [locked, storedProject, changedProject, invoiceProblems, running, importKeyProblems] = await Promise.all([
      invoiceLockErrors(db, stored),
      db.projects.get(stored.projectId),
      projectChanged && patch.projectId !== undefined ? db.projects.get(patch.projectId) : Promise.resolve(undefined),
      referenceErrors(db.invoices, 'invoiceId', 'invoice', patch.invoiceId),
      merged.end === null ? otherRunningEntry(db, id) : Promise.resolve(undefined),
      importKeyErrors(db, merged.importKey, id),
    ]);
    if (hasErrors(locked)) return failed<TimeEntry>(locked);

    const project = projectChanged ? changedProject : storedProject;
    const parsed = parseInput(timeEntryInputSchema, { ...merged, clientId: project?.clientId ?? stored.clientId });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, projectChanged ? projectErrors(project) : {}, invoiceProblems);
    if (!parsed.ok || hasErrors(errors)) return failed<TimeEntry>(errors);
    const conflicts = mergeErrors(running === undefined ? {} : { end: ANOTHER_TIMER_RUNNING }, importKeyProblems);
    if (hasErrors(conflicts)) return failed<TimeEntry>(conflicts);

    const entry = withRunningFlag(updatedMeta(stored, Date.now()), parsed.value);
    await Promise.all([
      db.timeEntries.put(entry),
      applyRollupChange(
        db,
        [storedProject === undefined ? undefined : timeEntryContribution(stored, storedProject.currency)],
        [project === undefined ? undefined : timeEntryContribution(entry, project.currency)],
      ),
    ]);
    return succeeded(entry);
  });
}

async function setEntryDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    const stored = await db.timeEntries.get(id);
    if (stored === undefined) return noSuchRecord<TimeEntry>('time entry');
    if ((stored.deletedAt === undefined) === (deletedAt === undefined)) return succeeded(stored);
    if (deletedAt !== undefined) {
      const locked = await invoiceLockErrors(db, stored);
      if (hasErrors(locked)) return failed<TimeEntry>(locked);
    } else {
      const conflicts = await runningErrors(db, stored, id);
      if (hasErrors(conflicts)) return failed<TimeEntry>(conflicts);
    }
    const entry: TimeEntry = { ...stored, updatedAt: Date.now() };
    if (deletedAt === undefined) delete entry.deletedAt;
    else entry.deletedAt = deletedAt;
    await db.timeEntries.put(entry);
    const project = await db.projects.get(stored.projectId);
    if (project !== undefined) {
      await applyRollupChange(db, [timeEntryContribution(stored, project.currency)], [timeEntryContribution(entry, project.currency)]);
    }
    return succeeded(entry);
  });
}

/**
 * Soft delete, taking the entry's time out of the rollups. Unlike other deletes it resolves a WriteResult:
 * invoiced entries are refused.
 */
export function deleteTimeEntry(db: ReputeDb, id: string): Promise<WriteResult<TimeEntry>> {
  return setEntryDeletedAt(db, id, Date.now());
}

/** Puts the entry's time back in the rollups; a deleted running timer is refused while another timer runs. */
export function restoreTimeEntry(db: ReputeDb, id: string): Promise<WriteResult<TimeEntry>> {
  return setEntryDeletedAt(db, id, undefined);
}

/** Returns soft-deleted entries too (check deletedAt), so undo screens can show what they restore. */
export function getTimeEntry(db: ReputeDb, id: string): Promise<TimeEntry | undefined> {
  return db.timeEntries.get(id);
}

/** Live entries starting in [from, to), newest start first, optionally of one client and/or project. */
export async function listTimeEntriesInRange(
  db: ReputeDb,
  range: { from: number; to: number; clientId?: string; projectId?: string },
): Promise<TimeEntry[]> {
  if (range.from >= range.to) return [];
  const { from, to, clientId, projectId } = range;
  const candidates =
    projectId !== undefined
      ? db.timeEntries.where('[projectId+start]').between([projectId, from], [projectId, to], true, false)
      : clientId !== undefined
        ? db.timeEntries.where('[clientId+start]').between([clientId, from], [clientId, to], true, false)
        : db.timeEntries.where('start').between(from, to, true, false);
  // One getAll over the index range, then filter and order in memory: a Dexie .filter() or .reverse() turns the
  // read into a cursor walked row by row, several times slower than the raw range read it should match.
  const entries = await candidates.toArray();
  return entries.filter((entry) => isLive(entry) && (clientId === undefined || entry.clientId === clientId)).reverse();
}

const DAY_MS = 86_400_000;

/**
 * The newest `count` entries by start, newest first, deleted ones included. Read in two parts split at the start of
 * the current UTC day: what starts from then on (today's few entries and any booked ahead), and the newest `count`
 * before it, one read of the start index backwards with a count. A timer's start or stop lands in the first part, so
 * a live query re-reads only that, and Dexie's cache answers the unchanged second part without going to the disk.
 */
async function newestEntries(db: ReputeDb, count: number): Promise<TimeEntry[]> {
  const split = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const [fromSplit, beforeSplit] = await Promise.all([
    db.timeEntries.where('start').aboveOrEqual(split).toArray(),
    db.timeEntries.where('start').below(split).reverse().limit(count).toArray(),
  ]);
  return [...fromSplit.reverse(), ...beforeSplit].slice(0, count);
}

/**
 * Reads the newest entries in growing batches until `enough` says the entries read so far suffice or none are left.
 * Deleted entries are rare, so the first batch nearly always does; each later one reads from the top again, twice
 * as many, which bounds the rows read at four times what was needed.
 */
async function readNewestUntil(db: ReputeDb, firstBatch: number, enough: (entries: readonly TimeEntry[]) => boolean): Promise<TimeEntry[]> {
  for (let count = Math.max(1, firstBatch); ; count *= 2) {
    const entries = await newestEntries(db, count);
    if (entries.length < count || enough(entries)) return entries;
  }
}

/** The latest live entries by start, newest first. */
export async function listRecentTimeEntries(db: ReputeDb, limit: number): Promise<TimeEntry[]> {
  const wanted = Math.max(0, Math.floor(limit));
  if (wanted === 0) return [];
  const entries = await readNewestUntil(db, wanted, (read) => read.filter(isLive).length >= wanted);
  return entries.filter(isLive).slice(0, wanted);
}

/** Whether any live entry exists, running or stopped: the walk stops at the first one. */
export async function hasAnyTimeEntries(db: ReputeDb): Promise<boolean> {
  return (await db.timeEntries.filter(isLive).first()) !== undefined;
}

/** The one live entry whose timer runs, if any. */
export function getRunningTimeEntry(db: ReputeDb): Promise<TimeEntry | undefined> {
  return otherRunningEntry(db);
}

export interface TimeEntryFilter {
  /** Entries starting in [from, to). */
  from: number;
  to: number;
  clientId?: string;
  projectId?: string;
  tag?: string;
  billable?: boolean;
  invoiced?: boolean;
}

/**
 * Live entries starting in [from, to), newest first, narrowed by every filter given. The range goes through the
 * project or client index when one is named, the start index otherwise; tag, billable and invoiced are checked on
 * the entries in range.
 */
export async function listTimeEntries(db: ReputeDb, filter: TimeEntryFilter): Promise<TimeEntry[]> {
  const { tag, billable, invoiced } = filter;
  const inRange = await listTimeEntriesInRange(db, filter);
  if (tag === undefined && billable === undefined && invoiced === undefined) return inRange;
  return inRange.filter(
    (entry) =>
      (tag === undefined || entry.tags.includes(tag)) &&
      (billable === undefined || entry.billable === billable) &&
      (invoiced === undefined || (entry.invoiceId !== undefined) === invoiced),
  );
}

/** How far back listRecentProjects looks for active projects before settling for what it found. */
const RECENT_PROJECT_SCAN_LIMIT = 2000;
/** Entries read at first for listRecentProjects: a few days' work, which names the projects in use. */
const RECENT_PROJECT_FIRST_BATCH = 100;

/** The projects of these entries (newest first), each once, in order of their latest entry: active ones, then others. */
function projectsInUse(entries: readonly TimeEntry[], projects: readonly Project[]): { active: Project[]; others: Project[] } {
  const projectsById = new Map(projects.filter(isLive).map((project) => [project.id, project]));
  const active: Project[] = [];
  const others: Project[] = [];
  for (const entry of entries) {
    const project = projectsById.get(entry.projectId);
    if (!isLive(entry) || project === undefined) continue;
    projectsById.delete(entry.projectId);
    (project.status === 'active' ? active : others).push(project);
  }
  return { active, others };
}

/**
 * The projects of the most recent entries, each once, most recent first, for a timer's project picker: active
 * projects before paused, completed or cancelled ones. Deleted projects are left out. The newest entries are read in
 * growing batches (see readNewestUntil) until enough active projects are seen, up to the scan limit.
 */
export async function listRecentProjects(db: ReputeDb, limit: number): Promise<Project[]> {
  const wanted = Math.max(0, Math.floor(limit));
  if (wanted === 0) return [];
  // A freelancer has tens or hundreds of projects, not millions: all of them are read beside the first entries.
  const [projects, firstEntries] = await Promise.all([db.projects.toArray(), newestEntries(db, RECENT_PROJECT_FIRST_BATCH)]);
  const inUse = (entries: readonly TimeEntry[]) => projectsInUse(entries.slice(0, RECENT_PROJECT_SCAN_LIMIT), projects);
  const enough = (entries: readonly TimeEntry[]) => entries.length >= RECENT_PROJECT_SCAN_LIMIT || inUse(entries).active.length >= wanted;
  const entries =
    firstEntries.length < RECENT_PROJECT_FIRST_BATCH || enough(firstEntries) ? firstEntries : await readNewestUntil(db, 2 * RECENT_PROJECT_FIRST_BATCH, enough);
  const { active, others } = inUse(entries);
  return [...active, ...others].slice(0, wanted);
}

async function projectOf(db: ReputeDb, entry: TimeEntry): Promise<Project | undefined> {
  return db.projects.get(entry.projectId);
}

/** Writes an entry (new when `before` is undefined) and moves its time in the rollups, inside the caller's transaction. */
export async function storeTimeEntry(db: ReputeDb, project: Project | undefined, before: TimeEntry | undefined, after: TimeEntry): Promise<void> {
  if (project === undefined) {
    await db.timeEntries.put(after);
    return;
  }
  await Promise.all([
    db.timeEntries.put(after),
    applyRollupChange(db, [before === undefined ? undefined : timeEntryContribution(before, project.currency)], [timeEntryContribution(after, project.currency)]),
  ]);
}

function detailsOf(entry: TimeEntry): Omit<TimeEntryInput, 'start' | 'end' | 'source' | 'invoiceId' | 'importKey'> {
  const details: Omit<TimeEntryInput, 'start' | 'end' | 'source' | 'invoiceId' | 'importKey'> = {
    projectId: entry.projectId,
    clientId: entry.clientId,
    timeZone: entry.timeZone,
    description: entry.description,
    billable: entry.billable,
    tags: [...entry.tags],
  };
  if (entry.importId !== undefined) details.importId = entry.importId;
  return details;
}

/** The entry's own fields, without bookkeeping or the running flag. */
function inputOf(entry: TimeEntry): TimeEntryInput {
  const { running: _running, id: _id, createdAt: _createdAt, updatedAt: _updatedAt, deletedAt: _deletedAt, ...input } = entry;
  return input;
}

async function editableEntry(db: ReputeDb, id: string): Promise<WriteResult<TimeEntry>> {
  const stored = await db.timeEntries.get(id);
  if (stored === undefined || !isLive(stored)) return noSuchRecord<TimeEntry>('time entry');
  const locked = await invoiceLockErrors(db, stored);
  return hasErrors(locked) ? failed<TimeEntry>(locked) : succeeded(stored);
}

/**
 * Cuts an entry in two at `at`, strictly between its start and end (for a running entry, before now). The first part
 * keeps the entry's id; the second is a new entry with the same details, running if the original was. Entries on an
 * invoice are refused.
 */
export async function splitTimeEntry(db: ReputeDb, id: string, at: number): Promise<WriteResult<{ first: TimeEntry; second: TimeEntry }>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    const editable = await editableEntry(db, id);
    if (!editable.ok) return editable;
    const stored = editable.value;
    const now = Date.now();
    const split = splitSpanAt({ start: stored.start, end: stored.end ?? now }, at);
    if (!split.ok) return failed<{ first: TimeEntry; second: TimeEntry }>({ at: split.error });
    const first: TimeEntry = { ...updatedMeta(stored, now), ...inputOf(stored), end: at };
    const second = withRunningFlag(newRecordMeta(now), { ...detailsOf(stored), start: at, end: stored.end, source: stored.source });
    const project = await projectOf(db, stored);
    await storeTimeEntry(db, project, stored, first);
    await storeTimeEntry(db, project, undefined, second);
    return succeeded({ first, second });
  });
}

/**
 * A manual copy of a stopped entry, placed right after it with the same length and details, and not on any invoice.
 * `now` is the copy's creation time.
 */
export async function duplicateTimeEntry(db: ReputeDb, id: string, now: number): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', timeEntryWriteTables(db), async () => {
    const stored = await db.timeEntries.get(id);
    if (stored === undefined || !isLive(stored)) return noSuchRecord<TimeEntry>('time entry');
    if (stored.end === null) return failed<TimeEntry>({ end: 'Stop the timer before duplicating this entry' });
    const project = await projectOf(db, stored);
    const projectProblem = projectErrors(project);
    if (hasErrors(projectProblem)) return failed<TimeEntry>(projectProblem);
    const { importId: _importId, ...details } = detailsOf(stored);
    const copy = withRunningFlag(newRecordMeta(now), { ...details, start: stored.end, end: 2 * stored.end - stored.start, source: 'manual' });
    await storeTimeEntry(db, project, undefined, copy);
    return succeeded(copy);
  });
}
