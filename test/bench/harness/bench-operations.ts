import { Dexie } from 'dexie';
import { openReputeDb, type ReputeDb } from '../../../src/db/db';
import { SCHEMA_V1 } from '../../../src/db/schema';
import { getRunningTimeEntry, listTimeEntriesInRange } from '../../../src/db/repositories/time-entries';
import { startTimer, stopTimer } from '../../../src/db/repositories/timer';
import { recomputeRollups } from '../../../src/domain/rollups/recompute-rollups';
import { addLocalDays, startOfLocalDay, weekRange } from '../../../src/domain/time';
import { benchRecordCounts, generateBenchDataset } from '../dataset/generate-bench-dataset';
import { rawStoreDefinitions } from '../shared/raw-store-definitions';
import { measureBackupExport, measureBackupRestore } from './backup-measurements';
import type { HarnessConfig, HarnessOperation, OperationResult } from './harness-api';
import { measureImport } from './import-measurement';
import { deleteRawDatabase, openRawDatabase, rawBulkAdd, rawGetAll, rawIndexRange, rawPut } from './raw-indexeddb';
import { recordsByTable, saveBenchSettings, seedAppDatabase, type BenchRecords } from './seed-app-database';

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
      case 'weekQuery':
        return this.weekQuery();
      case 'timerWrites':
        return this.timerWrites();
      case 'backupExport':
        return this.backupExport();
      case 'backupRestore':
        return this.backupRestore();
      case 'importCsv':
        return measureImport(this.app(), this.floor(), this.config);
    }
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
    const { result, backup } = await measureBackupExport(this.app(), this.config);
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
    this.records = { ...dataset, rollups };
    const facts: Record<string, number> = { ...benchRecordCounts(dataset), rollups: rollups.length, generateMs: Math.round(performance.now() - started) };
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
    const db = await openRawDatabase(FLOOR_DATABASE, rawStoreDefinitions(SCHEMA_V1));
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
   * The last whole week's timesheet (Monday to Sunday before the end day's week) through the app's repository, the
   * same range through Dexie with nothing else asked of it (to tell Dexie's own cost from the query's), and the same
   * rows through the raw start index. The three take turns going first, so none always finds the pages cached.
   */
  private async weekQuery(): Promise<OperationResult> {
    const app = this.app();
    const floor = this.floor();
    const { endDay, timeZone, runs } = this.config;
    const week = weekRange(startOfLocalDay(addLocalDays(endDay, -7), timeZone), 1, timeZone);
    const range = IDBKeyRange.bound(week.start, week.end, false, true);
    const samples: Record<'week.app' | 'week.dexie' | 'week.floor', number[]> = { 'week.app': [], 'week.dexie': [], 'week.floor': [] };
    const rows = { app: 0, dexie: 0, floor: 0 };
    const queries = [
      async (run: number) => {
        const started = performance.now();
        rows.app = rowsOf(await listTimeEntriesInRange(app, { from: week.start, to: week.end }));
        if (run >= 0) samples['week.app'].push(performance.now() - started);
      },
      async (run: number) => {
        const started = performance.now();
        rows.dexie = rowsOf(await app.timeEntries.where('start').between(week.start, week.end, true, false).toArray());
        if (run >= 0) samples['week.dexie'].push(performance.now() - started);
      },
      async (run: number) => {
        const started = performance.now();
        rows.floor = rowsOf(await rawIndexRange(floor, TIME_ENTRIES, 'start', range));
        if (run >= 0) samples['week.floor'].push(performance.now() - started);
      },
    ];
    await repeated(runs.warmup, runs.queries, async (run) => {
      const first = ((run % queries.length) + queries.length) % queries.length;
      for (let step = 0; step < queries.length; step += 1) await queries[(first + step) % queries.length]?.(run);
    });
    if (rows.app !== rows.floor || rows.dexie !== rows.floor || rows.floor === 0) {
      throw new Error(`The week query found ${String(rows.app)} rows through the app, ${String(rows.dexie)} through Dexie and ${String(rows.floor)} raw`);
    }
    return { samples, facts: { weekRows: rows.floor, weekStart: week.days[0] ?? '' } };
  }

  /**
   * A timer started (an entry with an open end) and stopped (its end set) through the repository, each one
   * transaction with strict durability. Between them, the floor: one raw put of a time entry in a strict transaction
   * of its own; and the same put through Dexie, to tell Dexie's own cost from the repository's (those copies are
   * removed afterwards, so the app's pages see only what the repository wrote).
   */
  private async timerWrites(): Promise<OperationResult> {
    const app = this.app();
    const floor = this.floor();
    const { runs, timeZone } = this.config;
    const records = this.dataset();
    const project = records.projects.find((candidate) => candidate.status === 'active' && candidate.billing.kind === 'hourly') ?? records.projects.at(-1);
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
    return { samples, facts: { timerProject: project.name } };
  }
}
