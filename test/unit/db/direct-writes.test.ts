import { rangesOverlap, RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { changedParts } from '../../../src/db/direct-writes';
import type { Rollup, TimeEntry } from '../../../src/domain/model';
import { freshDb } from './test-db';

const RUNNING: TimeEntry = {
  id: 'entry-1',
  createdAt: 1,
  updatedAt: 1,
  projectId: 'project-1',
  clientId: 'client-1',
  start: 1_000,
  end: null,
  running: 1,
  timeZone: 'Europe/Berlin',
  description: 'Chart legend',
  billable: true,
  tags: [],
  source: 'timer',
};

/** Whether a live query that read `read` of this part would be told to run again. */
function touches(parts: ReturnType<typeof changedParts>, part: string, read: RangeSet): boolean {
  const changed = parts[part];
  return changed !== undefined && rangesOverlap(changed, read);
}

describe('changedParts', () => {
  it('names the primary key and every index key a new running entry adds, compound ones included', () => {
    const db = freshDb();
    const parts = changedParts('repute', [{ table: db.timeEntries, key: RUNNING.id, before: undefined, after: RUNNING }]);
    const prefix = 'idb://repute/timeEntries/';
    expect(touches(parts, prefix, new RangeSet('entry-1'))).toBe(true);
    expect(touches(parts, `${prefix}running`, new RangeSet(1))).toBe(true);
    expect(touches(parts, `${prefix}start`, new RangeSet(0, 2_000))).toBe(true);
    expect(touches(parts, `${prefix}start`, new RangeSet(5_000, 9_000))).toBe(false);
    expect(touches(parts, `${prefix}[clientId+start]`, new RangeSet(['client-1', 0], ['client-1', 2_000]))).toBe(true);
    expect(touches(parts, `${prefix}[projectId+start]`, new RangeSet(['project-2', 0], ['project-2', 2_000]))).toBe(false);
    expect(parts[`${prefix}invoiceId`]).toBeUndefined();
    expect(parts[`${prefix}:dels`]).toBeUndefined();
  });

  it('names only the indexes whose keys a stop changes: the running flag goes, the start stays', () => {
    const db = freshDb();
    const { running: _running, ...rest } = RUNNING;
    const stopped: TimeEntry = { ...rest, end: 5_000 };
    const parts = changedParts('repute', [{ table: db.timeEntries, key: RUNNING.id, before: RUNNING, after: stopped }]);
    expect(touches(parts, 'idb://repute/timeEntries/running', new RangeSet(1))).toBe(true);
    expect(parts['idb://repute/timeEntries/start']).toBeUndefined();
    expect(parts['idb://repute/timeEntries/[clientId+start]']).toBeUndefined();
  });

  it('marks a removed rollup row as deleted, with the month and client it left', () => {
    const db = freshDb();
    const row: Rollup = { id: '2026-03|client-1|EUR', month: '2026-03', clientId: 'client-1', currency: 'EUR', trackedMs: 0, billableMs: 0, invoicedMinor: 0, receivedMinor: 0, feesMinor: 0 };
    const parts = changedParts('repute', [{ table: db.rollups, key: row.id, before: row, after: undefined }]);
    expect(touches(parts, 'idb://repute/rollups/:dels', new RangeSet(row.id))).toBe(true);
    expect(touches(parts, 'idb://repute/rollups/month', new RangeSet('2026-03'))).toBe(true);
    expect(touches(parts, 'idb://repute/rollups/[clientId+month]', new RangeSet(['client-1', '2026-03']))).toBe(true);
  });
});
