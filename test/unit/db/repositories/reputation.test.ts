import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { createFeedback, deleteFeedback } from '../../../../src/db/repositories/feedback';
import { createPayment, deletePayment } from '../../../../src/db/repositories/payments';
import { createProject } from '../../../../src/db/repositories/projects';
import { readReputationRecords } from '../../../../src/db/repositories/reputation';
import { createTimeEntry } from '../../../../src/db/repositories/time-entries';
import { clientInput, expectOk, feedbackInput, freshDb, HOUR_MS, MONDAY_9_BERLIN, paymentInput, projectInput, timeEntryInput } from '../test-db';

describe('readReputationRecords', () => {
  it('reads live records, each contract’s months from the project rollups, and payments from the day asked for', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN, end: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    const old = expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2025-01-10', amountMinor: 10_000, baseAmountMinor: 10_000 })));
    const recent = expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2026-03-10', amountMinor: 25_000, baseAmountMinor: 25_000 })));
    const withdrawn = expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2026-03-11', amountMinor: 5_000, baseAmountMinor: 5_000 })));
    await deletePayment(db, withdrawn.id);
    const kept = expectOk(await createFeedback(db, feedbackInput(project.id)));
    const removed = expectOk(await createFeedback(db, feedbackInput(project.id)));
    await deleteFeedback(db, removed.id);

    const records = await readReputationRecords(db, { paymentsFrom: '2026-01-01' });
    expect(records.projects.map((p) => p.id)).toEqual([project.id]);
    expect(records.feedback.map((f) => f.id)).toEqual([kept.id]);
    expect(records.payments.map((p) => p.id)).toEqual([recent.id]);
    expect(records.payments.map((p) => p.id)).not.toContain(old.id);
    // The project's months: January 2025 (the old payment) and March 2026 (two hours and the recent payment); the
    // deleted payment took its amount back out.
    expect(records.projectRollups.map(({ month, trackedMs, earnedBaseMinor }) => ({ month, trackedMs, earnedBaseMinor }))).toEqual([
      { month: '2025-01', trackedMs: 0, earnedBaseMinor: 10_000 },
      { month: '2026-03', trackedMs: 2 * HOUR_MS, earnedBaseMinor: 25_000 },
    ]);
  });
});
