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
import { daysOfMonth } from '../../domain/rollups/recompute-rollups';
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
  for (const delta of deltas) {
    const list = byProject.get(delta.projectId) ?? [];
    list.push(delta);
    byProject.set(delta.projectId, list);
  }
  return byProject;
}

function deltasByDay(deltas: readonly DayContribution[]): Map<string, DayContribution[]> {
  const byDay = new Map<string, DayContribution[]>();
  for (const delta of deltas) {
    const list = byDay.get(delta.day) ?? [];
    list.push(delta);
    byDay.set(delta.day, list);
  }
  return byDay;
}

/**
 * Applies what a write changed to the rollups, projectTotals and dayTotalMonths tables. Call it inside the write's own
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
    applyDayChanges(db, deltasByDay(dayDeltas(before, after))),
  ]);
}

/**
 * The month rows of the days a write touches, each read and written once with all its days' changes: a timer stop
 * touches one row, an import of a year's entries twelve.
 */
async function applyDayChanges(db: ReputeDb, byDay: ReadonlyMap<string, readonly DayContribution[]>): Promise<void> {
  const byMonth = new Map<string, [string, readonly DayContribution[]][]>();
  for (const [day, deltas] of byDay) {
    const list = byMonth.get(day.slice(0, 7)) ?? [];
    list.push([day, deltas]);
    byMonth.set(day.slice(0, 7), list);
  }
  await Promise.all(
    [...byMonth].map(async ([month, days]) => {
      const stored = await db.dayTotalMonths.get(month);
      const kept = new Map(Object.entries(stored?.days ?? {}));
      for (const [day, deltas] of days) {
        const projects = kept.get(day);
        const next = applyDayDeltas(projects === undefined ? undefined : { day, projects }, day, deltas);
        if (next === undefined) kept.delete(day);
        else kept.set(day, next.projects);
      }
      if (kept.size === 0) await db.dayTotalMonths.delete(month);
      else await db.dayTotalMonths.put({ month, days: Object.fromEntries(kept) });
    }),
  );
}

/** Day totals of the days from fromDay to toDay ('YYYY-MM-DD', both inclusive), in day order, from their months' rows. */
export async function listDayTotals(db: ReputeDb, range: { fromDay: string; toDay: string }): Promise<DayTotals[]> {
  if (range.fromDay > range.toDay) return [];
  const months = await db.dayTotalMonths.where('month').between(range.fromDay.slice(0, 7), range.toDay.slice(0, 7), true, true).toArray();
  return months.flatMap(daysOfMonth).filter(({ day }) => day >= range.fromDay && day <= range.toDay);
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
