import { Dexie } from 'dexie';
import { openReputeDb, type ReputeDb } from '../../../src/db/db';
import { CURRENT_SCHEMA } from '../../../src/db/schema';
import type { Project } from '../../../src/domain/model';
import { getRunningTimeEntry } from '../../../src/db/repositories/time-entries';
import { startTimer, stopTimer } from '../../../src/db/repositories/timer';
import { groupSettlementsByMonth, settlementsFromRecords } from '../../../src/domain/invoices/invoice-settlement';
import { recomputeDayTotalMonths, recomputeProjectTotals, recomputeRollups } from '../../../src/domain/rollups/recompute-rollups';
import { addLocalDays, startOfLocalDay } from '../../../src/domain/time';
import { benchRecordCounts, generateBenchDataset } from '../dataset/generate-bench-dataset';
import { rawStoreDefinitions } from '../common/raw-store-definitions';
import { measureBackupExport, measureBackupRestore } from './backup-measurements';
import type { HarnessConfig, HarnessOperation, OperationResult } from './harness-api';
import { measureImport } from './import-measurement';
import { createFreshProjects } from './fresh-projects';
import { measureReputationData } from './reputation-measurement';
import { deleteRawDatabase, openRawDatabase, rawBulkAdd, rawGetAll, rawIndexRange, rawPut } from './raw-indexeddb';
import { recordsByTable, saveBenchSettings, seedAppDatabase, type BenchRecords } from './seed-app-database';
import { appTimeScreenQueries, floorTimeScreenQueries, timeScreenRanges, type TimeScreenView } from './time-screen-queries';

/** The app's own database name: the app pages opened later read what the seed wrote. */
const APP_DATABASE = 'repute';
/** The floor's database: the same stores and indexes, written and read with the raw API only. */
const FLOOR_DATABASE = 'repute-floor';
const TIME_ENTRIES = 'timeEntries';

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** Runs `measure` warmup + runs times and keeps the last `runs` results. */
async function repeated(warmup: number, runs: number, measure: (run: number) => Promise<void>): Promise<void> {
  for (let run = -warmup; run < runs; run += 1) await measure(run);
}

/** The project the harness's timer writes and the app pages' warm timer clicks run on: an active hourly one. */
function timerProjectOf(records: Pick<BenchRecords, 'projects'>): Project | undefined {
  return records.projects.find((candidate) => candidate.status === 'active' && candidate.billing.kind === 'hourly') ?? records.projects.at(-1);
}

function rowsOf(rows: readonly unknown[]): number {
  return rows.length;
}

/** The operations the runner drives in the harness page, with what they share: the dataset and both databases. */
export class BenchOperations {
  private records: BenchRecords | undefined;
  private appDb: ReputeDb | undefined;
  private floorDb: IDBDatabase | undefined;
  private backup: Blob | undefined;

  constructor(private readonly config: HarnessConfig) {}

  run(operation: HarnessOperation): Promise<OperationResult> {
    switch (operation) {
      case 'generate':
        return this.generate();
      case 'seedApp':
        return this.seedApp();
      case 'seedFloor':
        return this.seedFloor();
      case 'readAll':
        return this.readAll();
      case 'yearRange':
        return this.yearRange();
      case 'timeScreenQueries':
        return this.timeScreenQueries();
      case 'timerWrites':
        return this.timerWrites();
      case 'backupExport':
        return this.backupExport();
      case 'backupRestore':
        return this.backupRestore();
      case 'importCsv':
        return measureImport(this.app(), this.floor(), this.config);
      case 'freshProjects':
        return createFreshProjects(this.app(), this.config.freshProjects);
      case 'reputationData':
        return measureReputationData(this.app(), this.config);
    }
  }

  /**
   * The set-up's databases, taken up as they are by a harness page opened after the app's pages were measured. The
   * app's pages wrote to the app's database (the clicked timers' entries) and the set-up added projects there; the
   * same rows are copied to the floor, so the two hold the same records again for the figures set beside each other.
   */
  async reattach(): Promise<void> {
    await this.generate();
    const records = this.dataset();
    this.appDb?.close();
    const app = openReputeDb(APP_DATABASE);
    await app.open();
    this.appDb = app;
    this.floorDb?.close();
    const floor = await openRawDatabase(FLOOR_DATABASE, rawStoreDefinitions(CURRENT_SCHEMA));
    this.floorDb = floor;
    const seededEntries = new Set(records.timeEntries.map((entry) => entry.id));
    const seededProjects = new Set(records.projects.map((project) => project.id));
    // The history ends before the end day, so whatever starts on it or later was written since the seed.
    const since = startOfLocalDay(this.config.endDay, this.config.timeZone);
    const newEntries = (await app.timeEntries.where('start').aboveOrEqual(since).toArray()).filter((entry) => !seededEntries.has(entry.id));
    const newProjects = (await app.projects.toArray()).filter((project) => !seededProjects.has(project.id));
    await rawBulkAdd(floor, TIME_ENTRIES, newEntries, this.config.batchSize);
    await rawBulkAdd(floor, 'projects', newProjects, this.config.batchSize);
  }

  private dataset(): BenchRecords {
    if (this.records === undefined) throw new Error('Run "generate" first');
    return this.records;
  }

  private app(): ReputeDb {
    if (this.appDb === undefined) throw new Error('Run "seedApp" first');
    return this.appDb;
  }

  private floor(): IDBDatabase {
    if (this.floorDb === undefined) throw new Error('Run "seedFloor" first');
    return this.floorDb;
  }

  private async backupExport(): Promise<OperationResult> {
    const { result, backup } = await measureBackupExport(this.app(), this.floor(), this.config);
    this.backup = backup;
    return result;
  }

  private backupRestore(): Promise<OperationResult> {
    if (this.backup === undefined) return Promise.reject(new Error('Run "backupExport" first'));
    return measureBackupRestore(this.app(), this.backup, this.config);
  }

  private generate(): Promise<OperationResult> {
    const { seed, sizes, endDay, timeZone } = this.config;
    const started = performance.now();
    const dataset = generateBenchDataset({ seed, sizes, endDay, timeZone });
    const rollups = recomputeRollups(dataset);
    const projectTotals = recomputeProjectTotals(dataset);
    const dayTotalMonths = recomputeDayTotalMonths(dataset.timeEntries);
    // Invoices are stored as the payment writes leave them: each paid one with the day it was settled.
    const { invoices, settlements } = settlementsFromRecords(dataset.invoices, dataset.payments);
    this.records = { ...dataset, invoices, rollups, projectTotals, dayTotalMonths, settlementMonths: groupSettlementsByMonth(settlements) };
    const facts: Record<string, number | string> = {
      ...benchRecordCounts(dataset),
      rollups: rollups.length,
      projectTotals: projectTotals.length,
      dayTotalMonths: dayTotalMonths.length,
      settlements: settlements.length,
      generateMs: Math.round(performance.now() - started),
      timerProject: timerProjectOf(dataset)?.name ?? '',
    };
    return Promise.resolve({ samples: {}, facts });
  }

  private async seedApp(): Promise<OperationResult> {
    const records = this.dataset();
    this.appDb?.close();
    await Dexie.delete(APP_DATABASE);
    const db = openReputeDb(APP_DATABASE);
    await db.open();
    await saveBenchSettings(db, this.config.timeZone, records.invoices.length + 1);
    const elapsed = await timed(() => seedAppDatabase(db, records, this.config.batchSize));
    this.appDb = db;
    return { samples: { 'seed.app': [elapsed] }, facts: { records: recordsByTable(records).reduce((sum, [, rows]) => sum + rows.length, 0) } };
  }

  private async seedFloor(): Promise<OperationResult> {
    const records = this.dataset();
    this.floorDb?.close();
    await deleteRawDatabase(FLOOR_DATABASE);
    const db = await openRawDatabase(FLOOR_DATABASE, rawStoreDefinitions(CURRENT_SCHEMA));
    const elapsed = await timed(async () => {
      for (const [store, rows] of recordsByTable(records)) await rawBulkAdd(db, store, rows, this.config.batchSize);
    });
    this.floorDb = db;
    return { samples: { 'seed.floor': [elapsed] }, facts: {} };
  }

  private async readAll(): Promise<OperationResult> {
    const db = this.floor();
    const samples: number[] = [];
    let rows = 0;
    await repeated(1, this.config.runs.reads, async (run) => {
      const started = performance.now();
      rows = rowsOf(await rawGetAll(db, TIME_ENTRIES));
      if (run >= 0) samples.push(performance.now() - started);
    });
    return { samples: { 'floor.readAll': samples }, facts: { readAllRows: rows } };
  }

  /** The year before the end day, as the start index sees it. */
  private async yearRange(): Promise<OperationResult> {
    const db = this.floor();
    const { endDay, timeZone, runs } = this.config;
    const range = IDBKeyRange.bound(startOfLocalDay(addLocalDays(endDay, -365), timeZone), startOfLocalDay(endDay, timeZone), false, true);
    const samples: number[] = [];
    let rows = 0;
    await repeated(runs.warmup, runs.queries, async (run) => {
      const started = performance.now();
      rows = rowsOf(await rawIndexRange(db, TIME_ENTRIES, 'start', range));
      if (run >= 0) samples.push(performance.now() - started);
    });
    return { samples: { 'floor.yearRange': samples }, facts: { yearRangeRows: rows } };
  }

  /**
   * Every query the Time screen runs before its first rows show (see time-screen-queries.ts), for the day list and for
   * the timesheet grid, through the app's repositories and, as their floors, with the raw API. The four take turns
   * going first, so none always finds the pages cached.
   */
  private async timeScreenQueries(): Promise<OperationResult> {
    const app = this.app();
    const floor = this.floor();
    const { endDay, timeZone, runs } = this.config;
    const ranges = timeScreenRanges(endDay, timeZone);
    type SampleName = `timeScreen.${TimeScreenView}.${'app' | 'floor'}`;
    const samples: Record<SampleName, number[]> = { 'timeScreen.list.app': [], 'timeScreen.list.floor': [], 'timeScreen.week.app': [], 'timeScreen.week.floor': [] };
    const rows: Record<SampleName, number> = { 'timeScreen.list.app': 0, 'timeScreen.list.floor': 0, 'timeScreen.week.app': 0, 'timeScreen.week.floor': 0 };
    const query = (view: TimeScreenView, side: 'app' | 'floor') => async (run: number) => {
      const name: SampleName = `timeScreen.${view}.${side}`;
      const started = performance.now();
      rows[name] = side === 'app' ? await appTimeScreenQueries(app, ranges, view) : await floorTimeScreenQueries(floor, ranges, view);
      if (run >= 0) samples[name].push(performance.now() - started);
    };
    const queries = [query('list', 'app'), query('list', 'floor'), query('week', 'app'), query('week', 'floor')];
    await repeated(runs.warmup, runs.queries, async (run) => {
      const first = ((run % queries.length) + queries.length) % queries.length;
      for (let step = 0; step < queries.length; step += 1) await queries[(first + step) % queries.length]?.(run);
    });
    // The current week may still be empty (the dataset ends the day before), but the day list's four weeks are not.
    if (rows['timeScreen.list.floor'] === 0) throw new Error('The Time screen’s day list found no entries to show');
    for (const view of ['list', 'week'] as const) {
      const appRows = rows[`timeScreen.${view}.app`];
      const floorRows = rows[`timeScreen.${view}.floor`];
      if (appRows !== floorRows) throw new Error(`The Time screen's ${view} view found ${String(appRows)} entries through the app and ${String(floorRows)} raw`);
    }
    return { samples, facts: { timeScreenListRows: rows['timeScreen.list.app'], timeScreenWeekRows: rows['timeScreen.week.app'] } };
  }

  /**
   * Information only, kept to compare with the figures before the timer's direct writes were removed: a timer
   * started (an entry with an open end) and stopped (its end set) through the repository, each one transaction with
   * strict durability. Between them, the floor: one raw put of a time entry in a strict transaction
   * of its own; and the same put through Dexie, to tell Dexie's own cost from the repository's (those copies are
   * removed afterwards, so the app's pages see only what the repository wrote).
   */
  private async timerWrites(): Promise<OperationResult> {
    const app = this.app();
    const floor = this.floor();
    const { runs, timeZone } = this.config;
    const records = this.dataset();
    const project = timerProjectOf(records);
    const template = records.timeEntries.at(-1);
    if (project === undefined || template === undefined) throw new Error('The dataset has no project or time entry to time writes with');
    if ((await getRunningTimeEntry(app)) !== undefined) throw new Error('A timer is already running in the seeded database');

    const samples: Record<'timer.start' | 'timer.stop' | 'floor.put' | 'dexie.put', number[]> = { 'timer.start': [], 'timer.stop': [], 'floor.put': [], 'dexie.put': [] };
    const dexieCopies: string[] = [];
    const note = (run: number, name: keyof typeof samples, elapsed: number) => {
      if (run >= 0) samples[name].push(elapsed);
    };
    const putRaw = async (run: number) => {
      note(run, 'floor.put', await timed(() => rawPut(floor, TIME_ENTRIES, { ...template, id: `bench-put-${String(run)}-${String(samples['floor.put'].length)}` })));
    };
    const putDexie = async (run: number) => {
      const copy = { ...template, id: `bench-dexie-put-${String(dexieCopies.length)}` };
      dexieCopies.push(copy.id);
      note(run, 'dexie.put', await timed(() => app.transaction('rw', app.timeEntries, () => app.timeEntries.put(copy))));
    };
    const floors = async (run: number) => {
      if (run % 2 === 0) {
        await putRaw(run);
        await putDexie(run);
      } else {
        await putDexie(run);
        await putRaw(run);
      }
    };

    await repeated(runs.warmup, runs.writes, async (run) => {
      await floors(run);
      let started = performance.now();
      const created = await startTimer(app, { projectId: project.id, description: 'Benchmark timer', tags: [], now: Date.now(), timeZone });
      note(run, 'timer.start', performance.now() - started);
      if (!created.ok) throw new Error(`Starting the timer was refused: ${JSON.stringify(created.errors)}`);
      await floors(run);
      started = performance.now();
      const stopped = await stopTimer(app, Date.now());
      note(run, 'timer.stop', performance.now() - started);
      if (!stopped.ok) throw new Error(`Stopping the timer was refused: ${JSON.stringify(stopped.errors)}`);
    });
    await app.timeEntries.bulkDelete(dexieCopies);
    return { samples, facts: {} };
  }
}
