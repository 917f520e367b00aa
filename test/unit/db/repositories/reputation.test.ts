import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { createFeedback, deleteFeedback } from '../../../../src/db/repositories/feedback';
import { createInvoice } from '../../../../src/db/repositories/invoices';
import { createPayment, deletePayment } from '../../../../src/db/repositories/payments';
import { createProject } from '../../../../src/db/repositories/projects';
import { createProposal, deleteProposal } from '../../../../src/db/repositories/proposals';
import { readReputationRecords } from '../../../../src/db/repositories/reputation';
import { createTimeEntry } from '../../../../src/db/repositories/time-entries';
import { clientInput, expectOk, feedbackInput, freshDb, HOUR_MS, invoiceInput, MONDAY_9_BERLIN, paymentInput, projectInput, proposalInput, timeEntryInput } from '../test-db';

const DAY_MS = 24 * HOUR_MS;

describe('readReputationRecords', () => {
  it('reads live records, each contract’s months from the project totals, and proposals and settlements from the window’s first day', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const project = expectOk(await createProject(db, projectInput(client.id)));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN, end: MONDAY_9_BERLIN + 2 * HOUR_MS })));
    expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2025-01-10', amountMinor: 10_000, baseAmountMinor: 10_000 })));
    expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2026-03-10', amountMinor: 25_000, baseAmountMinor: 25_000 })));
    const withdrawn = expectOk(await createPayment(db, paymentInput(client.id, { projectId: project.id, date: '2026-03-11', amountMinor: 5_000, baseAmountMinor: 5_000 })));
    await deletePayment(db, withdrawn.id);
    const kept = expectOk(await createFeedback(db, feedbackInput(project.id)));
    const removed = expectOk(await createFeedback(db, feedbackInput(project.id)));
    await deleteFeedback(db, removed.id);

    // Two invoices paid in full: one settled before the window, one in it (issued long before).
    const issued = (number: string, issueDate: string) => createInvoice(db, invoiceInput(client.id, { status: 'issued', number, issueDate }));
    const before = expectOk(await issued('2025-0001', '2025-06-02'));
    const inWindow = expectOk(await issued('2025-0002', '2025-09-01'));
    const gross = before.totals.grossMinor;
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: before.id, date: '2025-12-20', amountMinor: gross, baseAmountMinor: gross })));
    expectOk(await createPayment(db, paymentInput(client.id, { invoiceId: inWindow.id, date: '2026-01-05', amountMinor: gross, baseAmountMinor: gross })));

    // Proposals: sent before the window and decided in it; sent in it; sent and decided before it; deleted.
    const window = { from: '2026-01-01' };
    const jan1 = Date.UTC(2026, 0, 1);
    const decidedInWindow = expectOk(await createProposal(db, proposalInput({ status: 'lost', submittedAt: jan1 - 40 * DAY_MS, decidedAt: jan1 + 3 * DAY_MS })));
    const sentInWindow = expectOk(await createProposal(db, proposalInput({ submittedAt: jan1 + 10 * DAY_MS })));
    expectOk(await createProposal(db, proposalInput({ status: 'lost', submittedAt: jan1 - 90 * DAY_MS, decidedAt: jan1 - 60 * DAY_MS })));
    const deleted = expectOk(await createProposal(db, proposalInput({ submittedAt: jan1 + 11 * DAY_MS })));
    await deleteProposal(db, deleted.id);

    const records = await readReputationRecords(db, window);
    expect(records.projects.map((p) => p.id)).toEqual([project.id]);
    expect(records.feedback.map((f) => f.id)).toEqual([kept.id]);
    expect(records.settlements).toEqual([{ invoiceId: inWindow.id, clientId: client.id, number: '2025-0002', issueDate: '2025-09-01', settledOn: '2026-01-05' }]);
    expect(records.proposals.map((p) => p.id).sort()).toEqual([decidedInWindow.id, sentInWindow.id].sort());
    // The project's months: January 2025 (the old payment) and March 2026 (two hours and the recent payment); the
    // deleted payment took its amount back out.
    expect(records.projectTotals).toEqual([
      {
        projectId: project.id,
        months: {
          '2025-01': { trackedMs: 0, billableMs: 0, earnedBaseMinor: 10_000 },
          '2026-03': { trackedMs: 2 * HOUR_MS, billableMs: 2 * HOUR_MS, earnedBaseMinor: 25_000 },
        },
      },
    ]);
  });
});
