import type { Rollup } from '../../domain/model';
import { applyRollupDelta, rollupDeltas, rollupId, type RollupContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';

/**
 * Applies what a write changed to the rollups table. Call it inside the write's own transaction (with
 * db.rollups in its scope), so the totals never disagree with the records.
 */
export async function applyRollupChange(
  db: ReputeDb,
  before: readonly (RollupContribution | undefined)[],
  after: readonly (RollupContribution | undefined)[],
): Promise<void> {
  // Each delta touches its own rollup row, so the rows are read and written side by side.
  await Promise.all(
    rollupDeltas(before, after).map(async (delta) => {
      const id = rollupId(delta);
      const next = applyRollupDelta(await db.rollups.get(id), delta);
      if (next === undefined) await db.rollups.delete(id);
      else await db.rollups.put(next);
    }),
  );
}

/** Rollups of the months from fromMonth to toMonth ('YYYY-MM', both inclusive), by month then client. */
export function listRollupsForMonths(db: ReputeDb, range: { fromMonth: string; toMonth: string }): Promise<Rollup[]> {
  if (range.fromMonth > range.toMonth) return Promise.resolve([]);
  return db.rollups.where('month').between(range.fromMonth, range.toMonth, true, true).sortBy('id');
}
