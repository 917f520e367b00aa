import { Dexie } from 'dexie';
import type { DayTotals, Rollup } from '../../domain/model';
import {
  applyDayDeltas,
  applyProjectMonthDeltas,
  applyRollupDelta,
  dayDeltas,
  projectMonthDeltas,
  rollupDeltas,
  rollupId,
  type DayContribution,
  type ProjectContribution,
  type RollupContribution,
} from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';

/** The rows of one client's month, every currency, as read before the write knew which currency it touches. */
export interface ClientMonthRows {
  clientId: string;
  month: string;
  rows: readonly Rollup[];
}

/** One client's rollup rows for one month ('YYYY-MM'), one per currency. */
export function clientMonthRollups(db: ReputeDb, clientId: string, month: string): Promise<Rollup[]> {
  return db.rollups.where('[clientId+month]').equals([clientId, month]).toArray();
}

function deltasByProject(deltas: readonly ProjectContribution[]): Map<string, ProjectContribution[]> {
  const byProject = new Map<string, ProjectContribution[]>();
  for (const delta of deltas) byProject.set(delta.projectId, [...(byProject.get(delta.projectId) ?? []), delta]);
  return byProject;
}

function deltasByDay(deltas: readonly DayContribution[]): Map<string, DayContribution[]> {
  const byDay = new Map<string, DayContribution[]>();
  for (const delta of deltas) byDay.set(delta.day, [...(byDay.get(delta.day) ?? []), delta]);
  return byDay;
}

/**
 * Applies what a write changed to the rollups, projectTotals and dayTotals tables. Call it inside the write's own
 * transaction (with all three tables in its scope), so the totals never disagree with the records. Rows of `known`,
 * read earlier in the same transaction, are not read again: a cell of that client's month missing from them has no
 * row yet.
 */
export async function applyRollupChange(
  db: ReputeDb,
  before: readonly (RollupContribution | undefined)[],
  after: readonly (RollupContribution | undefined)[],
  known?: ClientMonthRows,
): Promise<void> {
  // Each delta touches its own rollup row, so the rows are read and written side by side.
  await Promise.all([
    ...rollupDeltas(before, after).map(async (delta) => {
      const id = rollupId(delta);
      const stored =
        known !== undefined && known.clientId === delta.clientId && known.month === delta.month
          ? known.rows.find((row) => row.id === id)
          : await db.rollups.get(id);
      const next = applyRollupDelta(stored, delta);
      if (next === undefined) await db.rollups.delete(id);
      else await db.rollups.put(next);
    }),
    ...[...deltasByProject(projectMonthDeltas(before, after))].map(async ([projectId, deltas]) => {
      const next = applyProjectMonthDeltas(await db.projectTotals.get(projectId), projectId, deltas);
      if (next === undefined) await db.projectTotals.delete(projectId);
      else await db.projectTotals.put(next);
    }),
    ...[...deltasByDay(dayDeltas(before, after))].map(async ([day, deltas]) => {
      const next = applyDayDeltas(await db.dayTotals.get(day), day, deltas);
      if (next === undefined) await db.dayTotals.delete(day);
      else await db.dayTotals.put(next);
    }),
  ]);
}

/** Day totals of the days from fromDay to toDay ('YYYY-MM-DD', both inclusive), in day order, read by primary key. */
export function listDayTotals(db: ReputeDb, range: { fromDay: string; toDay: string }): Promise<DayTotals[]> {
  if (range.fromDay > range.toDay) return Promise.resolve([]);
  return db.dayTotals.where('day').between(range.fromDay, range.toDay, true, true).toArray();
}

/** Rollups of the months from fromMonth to toMonth ('YYYY-MM', both inclusive), by month then client. */
export function listRollupsForMonths(db: ReputeDb, range: { fromMonth: string; toMonth: string }): Promise<Rollup[]> {
  if (range.fromMonth > range.toMonth) return Promise.resolve([]);
  return db.rollups.where('month').between(range.fromMonth, range.toMonth, true, true).sortBy('id');
}

/**
 * The first month ('YYYY-MM') with tracked time, of one client or of all, or null when nothing was ever tracked. Read
 * in month order through the index and stopped at the first row with time, so it touches a row or two rather than
 * every month of a decade.
 */
export async function firstTrackedMonth(db: ReputeDb, clientId?: string): Promise<string | null> {
  const inMonthOrder =
    clientId === undefined ? db.rollups.orderBy('month') : db.rollups.where('[clientId+month]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]);
  const first = await inMonthOrder.filter((rollup) => rollup.trackedMs > 0).first();
  return first?.month ?? null;
}
