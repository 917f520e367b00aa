import { timeEntryInputSchema, type Project, type RecordMeta, type TimeEntry, type TimeEntryInput } from '../../domain/model';
import { timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, updatedMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

const ANOTHER_TIMER_RUNNING = 'Another timer is already running';

function tablesOf(db: ReputeDb) {
  return [db.timeEntries, db.projects, db.invoices, db.rollups];
}

function projectErrors(project: Project | undefined): FieldErrors {
  if (project === undefined) return { projectId: 'No such project' };
  if (project.deletedAt !== undefined) return { projectId: 'This project was deleted' };
  return {};
}

async function otherRunningEntry(db: ReputeDb, exceptId?: string): Promise<TimeEntry | undefined> {
  return db.timeEntries
    .where('running')
    .equals(1)
    .filter((entry) => isLive(entry) && entry.id !== exceptId)
    .first();
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
function withRunningFlag(meta: RecordMeta, value: TimeEntryInput): TimeEntry {
  const entry: TimeEntry = { ...meta, ...value };
  if (value.end === null) entry.running = 1;
  return entry;
}

/**
 * The client is taken from the project (the input's clientId is overwritten). An open end starts a timer, refused
 * while another runs: the check and the write share one transaction, so two racing starts cannot both win.
 */
export async function createTimeEntry(db: ReputeDb, input: TimeEntryInput): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const project = await db.projects.get(input.projectId);
    const parsed = parseInput(timeEntryInputSchema, { ...input, clientId: project?.clientId ?? input.clientId });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, projectErrors(project), await referenceErrors(db.invoices, 'invoiceId', 'invoice', input.invoiceId));
    if (project === undefined) delete errors.clientId;
    if (!parsed.ok || project === undefined || hasErrors(errors)) return failed<TimeEntry>(errors);
    const value = parsed.value;
    const conflicts = mergeErrors(await runningErrors(db, value), await importKeyErrors(db, value.importKey));
    if (hasErrors(conflicts)) return failed<TimeEntry>(conflicts);

    const entry = withRunningFlag(newRecordMeta(Date.now()), value);
    await db.timeEntries.add(entry);
    await applyRollupChange(db, [], [timeEntryContribution(entry, project.currency)]);
    return succeeded(entry);
  });
}

/**
 * Merges the patch, validates the whole and refiles the rollups. Entries on an invoice are locked. Moving the
 * entry to another project moves it to that project's client.
 */
export async function updateTimeEntry(db: ReputeDb, id: string, patch: Partial<TimeEntryInput>): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', tablesOf(db), async () => {
    const stored = await db.timeEntries.get(id);
    if (stored === undefined) return noSuchRecord<TimeEntry>('time entry');
    const locked = await invoiceLockErrors(db, stored);
    if (hasErrors(locked)) return failed<TimeEntry>(locked);

    const storedProject = await db.projects.get(stored.projectId);
    const projectChanged = patch.projectId !== undefined && patch.projectId !== stored.projectId;
    const project = projectChanged && patch.projectId !== undefined ? await db.projects.get(patch.projectId) : storedProject;
    const parsed = parseInput(timeEntryInputSchema, { ...stored, ...patch, clientId: project?.clientId ?? stored.clientId });
    const errors = mergeErrors(
      parsed.ok ? {} : parsed.errors,
      projectChanged ? projectErrors(project) : {},
      await referenceErrors(db.invoices, 'invoiceId', 'invoice', patch.invoiceId),
    );
    if (!parsed.ok || hasErrors(errors)) return failed<TimeEntry>(errors);
    const value = parsed.value;
    const conflicts = mergeErrors(await runningErrors(db, value, id), await importKeyErrors(db, value.importKey, id));
    if (hasErrors(conflicts)) return failed<TimeEntry>(conflicts);

    const entry = withRunningFlag(updatedMeta(stored, Date.now()), value);
    await db.timeEntries.put(entry);
    await applyRollupChange(
      db,
      [storedProject === undefined ? undefined : timeEntryContribution(stored, storedProject.currency)],
      [project === undefined ? undefined : timeEntryContribution(entry, project.currency)],
    );
    return succeeded(entry);
  });
}

async function setEntryDeletedAt(db: ReputeDb, id: string, deletedAt: number | undefined): Promise<WriteResult<TimeEntry>> {
  return db.transaction('rw', tablesOf(db), async () => {
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
  return candidates
    .reverse()
    .filter((entry) => isLive(entry) && (clientId === undefined || entry.clientId === clientId))
    .toArray();
}

/** The latest live entries by start, newest first. */
export function listRecentTimeEntries(db: ReputeDb, limit: number): Promise<TimeEntry[]> {
  return db.timeEntries.orderBy('start').reverse().filter(isLive).limit(Math.max(0, limit)).toArray();
}

/** The one live entry whose timer runs, if any. */
export function getRunningTimeEntry(db: ReputeDb): Promise<TimeEntry | undefined> {
  return otherRunningEntry(db);
}
