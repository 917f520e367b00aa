import type { Table } from 'dexie';
import type { ReputeDb } from '../../../src/db/db';
import { saveSettings } from '../../../src/db/repositories/settings';
import type { DayTotalsMonth, ProjectTotals, Rollup, SettlementMonth } from '../../../src/domain/model';
import { BENCH_SELLER } from '../dataset/bench-catalog';
import type { BenchDataset } from '../dataset/generate-bench-dataset';

/** The dataset and the rollups it adds up to: every record the benchmark stores. */
export interface BenchRecords extends BenchDataset {
  rollups: Rollup[];
  /** Written to the app's database only: the floor has no reputation figures to set beside. */
  projectTotals: ProjectTotals[];
  /** Written to the app's database only, like projectTotals. */
  settlementMonths: SettlementMonth[];
  /** Written to the app's database only, like projectTotals. */
  dayTotalMonths: DayTotalsMonth[];
}

/** The tables in the order both the app seed and the raw floor write them, with their records. */
export function recordsByTable(records: BenchRecords): [string, readonly unknown[]][] {
  return [
    ['clients', records.clients],
    ['projects', records.projects],
    ['proposals', records.proposals],
    ['timeEntries', records.timeEntries],
    ['invoices', records.invoices],
    ['payments', records.payments],
    ['feedback', records.feedback],
    ['rollups', records.rollups],
  ];
}

async function addInBatches<T>(db: ReputeDb, table: Table<T, string>, records: readonly T[], batchSize: number): Promise<void> {
  for (let from = 0; from < records.length; from += batchSize) {
    await db.transaction('rw', table, () => table.bulkAdd(records.slice(from, from + batchSize)));
  }
}

/** The freelancer's settings, saved through the app's repository, so the dashboard reads the dataset's zone. */
export async function saveBenchSettings(db: ReputeDb, timeZone: string, nextInvoiceSequence: number): Promise<void> {
  const result = await saveSettings(db, {
    timeZone,
    locale: 'en-GB',
    baseCurrency: 'EUR',
    weekStartsOn: 1,
    nextInvoiceSequence,
    business: { name: BENCH_SELLER.name, address: BENCH_SELLER.address, email: BENCH_SELLER.email, taxId: BENCH_SELLER.taxId, paymentInstructions: 'Bank transfer, quoting the invoice number.' },
  });
  if (!result.ok) throw new Error(`The benchmark settings were refused: ${JSON.stringify(result.errors)}`);
}

/** Writes every record through Dexie with the app's schema, in batches of one transaction each. */
export async function seedAppDatabase(db: ReputeDb, records: BenchRecords, batchSize: number): Promise<void> {
  await addInBatches(db, db.clients, records.clients, batchSize);
  await addInBatches(db, db.projects, records.projects, batchSize);
  await addInBatches(db, db.proposals, records.proposals, batchSize);
  await addInBatches(db, db.timeEntries, records.timeEntries, batchSize);
  await addInBatches(db, db.invoices, records.invoices, batchSize);
  await addInBatches(db, db.payments, records.payments, batchSize);
  await addInBatches(db, db.feedback, records.feedback, batchSize);
  await addInBatches(db, db.rollups, records.rollups, batchSize);
  await addInBatches(db, db.projectTotals, records.projectTotals, batchSize);
  await addInBatches(db, db.settlementMonths, records.settlementMonths, batchSize);
  await addInBatches(db, db.dayTotalMonths, records.dayTotalMonths, batchSize);
}
