import type { ReputeDb } from '../../../src/db/db';
import { timeEntryRecord } from '../../../src/db/repositories/import-records';
import { commitImport, fileHashOf, previewImport, undoImport } from '../../../src/db/repositories/imports';
import { parseImportInWorker } from '../../../src/features/data/import/parse-import-request';
import type { ParsedImport } from '../../../src/domain/importers/import-types';
import type { Project, TimeEntry } from '../../../src/domain/model';
import { generateTogglDetailedCsv } from '../dataset/toggl-csv';
import type { HarnessConfig, OperationResult } from './harness-api';
import { rawBulkAdd, rawBulkDelete } from './raw-indexeddb';

const TIME_ENTRIES = 'timeEntries';
/** The long-task API reports tasks of 50 ms and more; shorter ones count as none. */
const NO_LONG_TASK_MS = 0;

interface LongTask {
  start: number;
  duration: number;
}

/** Collects the page's long tasks (50 ms or more on the main thread) until stopped. */
function watchLongTasks(): { stop(): Promise<LongTask[]> } {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) throw new Error('This browser does not report long tasks');
  const tasks: LongTask[] = [];
  const keep = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      // A task's entry is queued after the task ends; a timer turn later it has been delivered or can be taken.
      await new Promise((resolve) => setTimeout(resolve, 0));
      keep(observer.takeRecords());
      observer.disconnect();
      return tasks;
    },
  };
}

function longest(tasks: readonly LongTask[]): number {
  return tasks.reduce((max, task) => Math.max(max, task.duration), NO_LONG_TASK_MS);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface ImportRun {
  parseMs: number;
  previewMs: number;
  commitMs: number;
  parseTasks: LongTask[];
  commitTasks: LongTask[];
  importId: string;
  parsed: ParsedImport;
}

/**
 * One import as the app does it: the file parsed in the app's parsing worker (the page only receives the result),
 * previewed against the database (the user waits for both before the preview shows), then (in a later task, as after
 * the user confirms the preview) commitImport with no mappings, so every client and project in the file is created,
 * starting from the stored keys the preview found. Parse, preview and commit are each timed; the time the user spends
 * reading the preview is not. Long tasks are told apart by when they started: before the commit began, they are the
 * parse's and the preview's.
 */
async function importOnce(db: ReputeDb, bytes: Uint8Array, fileName: string, fileHash: string, timeZone: string): Promise<ImportRun> {
  const watch = watchLongTasks();
  const parseStarted = performance.now();
  const parsed = await parseImportInWorker({ bytes, fileName, options: { timeZone } });
  const parseMs = performance.now() - parseStarted;
  if (parsed.kind !== 'parsed') throw new Error(`The generated CSV was not parsed: ${parsed.message}`);
  if (parsed.problems.length > 0) throw new Error(`The generated CSV has problems, the first on line ${String(parsed.problems[0]?.line)}`);
  const previewStarted = performance.now();
  const preview = await previewImport(db, parsed, { fileHash });
  const previewMs = performance.now() - previewStarted;
  await nextTurn();
  const commitStarted = performance.now();
  const committed = await commitImport(db, { parsed, fileName, fileHash, clientMapping: {}, projectMapping: {}, storedKeys: preview.storedKeys, now: Date.now() });
  const commitMs = performance.now() - commitStarted;
  const tasks = await watch.stop();
  if (!committed.ok) throw new Error(`The import was refused: ${JSON.stringify(committed.errors)}`);
  if (committed.value.added.timeEntries !== parsed.timeEntries.length) {
    throw new Error(`The import added ${String(committed.value.added.timeEntries)} of ${String(parsed.timeEntries.length)} entries`);
  }
  return {
    parseMs,
    previewMs,
    commitMs,
    parseTasks: tasks.filter((task) => task.start < commitStarted),
    commitTasks: tasks.filter((task) => task.start >= commitStarted),
    importId: committed.value.importId,
    parsed,
  };
}

/**
 * How long commitImport's synchronous validation of the rows takes when run alone (timeEntryRecord on every row,
 * with zod): the part of the commit that runs between two awaits, so one main-thread task.
 */
function validationMs(parsed: ParsedImport, stored: readonly TimeEntry[], projects: readonly Project[]): number {
  const projectById = new Map(projects.map((project) => [project.id, project]));
  const project = projectById.get(stored[0]?.projectId ?? '');
  if (project === undefined) throw new Error('The imported entries have no project');
  const started = performance.now();
  for (const entry of parsed.timeEntries) timeEntryRecord(entry, project, 'bench-validation', Date.now());
  return performance.now() - started;
}

function durations(tasks: readonly LongTask[]): string {
  return tasks.map((task) => Math.round(task.duration)).join(' ');
}

/**
 * The Toggl CSV import beside its floor. Each run imports a freshly generated file of `importRows` rows into the
 * seeded app database (timed: parse, preview and commit), then writes the same number of time entries, copies of the ones
 * the import stored, to the floor database with the raw API in one transaction, as the commit writes them in one
 * (timed: the floor's rows per second). Afterwards the import is undone through the app and the floor's copies are
 * deleted, so the pages opened later find the dataset as it was.
 */
export async function measureImport(app: ReputeDb, floor: IDBDatabase, config: HarnessConfig): Promise<OperationResult> {
  const { importRows, timeZone, endDay, seed, runs } = config;
  const csv = generateTogglDetailedCsv({ seed, rows: importRows, endDay });
  const bytes = new TextEncoder().encode(csv);
  const fileName = `Toggl_time_entries_bench_${String(importRows)}.csv`;
  const fileHash = await fileHashOf(bytes);
  const samples: Record<'import.rowsPerSecond' | 'import.floorRowsPerSecond' | 'import.longestTask' | 'import.commitLongestTask' | 'import.parseMs' | 'import.previewMs' | 'import.commitMs', number[]> = {
    'import.rowsPerSecond': [],
    'import.floorRowsPerSecond': [],
    'import.longestTask': [],
    'import.commitLongestTask': [],
    'import.parseMs': [],
    'import.previewMs': [],
    'import.commitMs': [],
  };
  const facts: Record<string, number | string> = { importRows, importCsvBytes: bytes.length };
  const warmup = 1;
  for (let run = -warmup; run < runs.imports; run += 1) {
    const imported = await importOnce(app, bytes, fileName, fileHash, timeZone);
    const stored = await app.timeEntries.where('importId').equals(imported.importId).toArray();
    const copies = stored.map((entry, index) => ({ ...entry, id: `bench-import-floor-${String(run)}-${String(index)}` }));
    const floorStarted = performance.now();
    await rawBulkAdd(floor, TIME_ENTRIES, copies, copies.length);
    const floorMs = performance.now() - floorStarted;
    await rawBulkDelete(floor, TIME_ENTRIES, copies.map((copy) => copy.id));

    if (run === runs.imports - 1) {
      const projects = await app.projects.bulkGet([...new Set(stored.map((entry) => entry.projectId))]);
      facts.importValidateRowsMs = Math.round(validationMs(imported.parsed, stored, projects.flatMap((project) => (project === undefined ? [] : [project]))));
      facts.importParseLongTasksMs = durations(imported.parseTasks);
      facts.importCommitLongTasksMs = durations(imported.commitTasks);
    }
    const undone = await undoImport(app, imported.importId);
    if (!undone.ok) throw new Error(`Undoing the benchmark import was refused: ${JSON.stringify(undone.errors)}`);
    if (run < 0) continue;
    const rows = imported.parsed.timeEntries.length;
    samples['import.rowsPerSecond'].push((rows * 1000) / (imported.parseMs + imported.previewMs + imported.commitMs));
    samples['import.floorRowsPerSecond'].push((copies.length * 1000) / floorMs);
    samples['import.longestTask'].push(Math.max(longest(imported.parseTasks), longest(imported.commitTasks)));
    samples['import.commitLongestTask'].push(longest(imported.commitTasks));
    samples['import.parseMs'].push(imported.parseMs);
    samples['import.previewMs'].push(imported.previewMs);
    samples['import.commitMs'].push(imported.commitMs);
  }
  return { samples, facts };
}
