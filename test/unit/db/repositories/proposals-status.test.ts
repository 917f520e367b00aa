import { describe, expect, it } from 'vitest';
import { changeProposalStatus, createProposal, getProposal, markProposalLost, updateProposal } from '../../../../src/db/repositories/proposals';
import { expectErrors, expectNothingWritten, expectOk, freshDb, MONDAY_9_BERLIN, proposalInput } from '../test-db';

const HOUR = 3_600_000;

describe('changeProposalStatus', () => {
  it('appends each move to the history with its time', async () => {
    const db = freshDb();
    const draft = expectOk(await createProposal(db, proposalInput({ status: 'draft', submittedAt: undefined, statusHistory: [{ status: 'draft', at: MONDAY_9_BERLIN }] })));
    const submitted = expectOk(await changeProposalStatus(db, draft.id, 'submitted', { now: MONDAY_9_BERLIN + HOUR }));
    const viewed = expectOk(await changeProposalStatus(db, draft.id, 'viewed', { now: MONDAY_9_BERLIN + 5 * HOUR }));
    expect(submitted.submittedAt).toBe(MONDAY_9_BERLIN + HOUR);
    expect(viewed.statusHistory).toEqual([
      { status: 'draft', at: MONDAY_9_BERLIN },
      { status: 'submitted', at: MONDAY_9_BERLIN + HOUR },
      { status: 'viewed', at: MONDAY_9_BERLIN + 5 * HOUR },
    ]);
    expect(await getProposal(db, draft.id)).toEqual(viewed);
  });

  it('sets decidedAt on withdrawal and clears it when the proposal reopens', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const withdrawn = expectOk(await changeProposalStatus(db, proposal.id, 'withdrawn', { now: MONDAY_9_BERLIN + HOUR }));
    expect(withdrawn.decidedAt).toBe(MONDAY_9_BERLIN + HOUR);
    const reopened = expectOk(await changeProposalStatus(db, proposal.id, 'submitted', { now: MONDAY_9_BERLIN + 2 * HOUR }));
    expect(reopened.decidedAt).toBeUndefined();
  });

  it('refuses won, a return to draft and unknown proposals, writing nothing', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    await expectNothingWritten(db.proposals, async () => {
      expect(expectErrors(await changeProposalStatus(db, proposal.id, 'won', { now: MONDAY_9_BERLIN }))).toEqual({
        status: 'Mark the proposal as won to turn it into a project',
      });
      expect(expectErrors(await changeProposalStatus(db, proposal.id, 'draft', { now: MONDAY_9_BERLIN }))).toEqual({ status: 'A sent proposal cannot go back to draft' });
      expect(expectErrors(await changeProposalStatus(db, 'missing', 'viewed', { now: MONDAY_9_BERLIN }))).toEqual({ id: 'No such proposal' });
    });
  });
});

describe('markProposalLost', () => {
  it('records the reason and when it was decided', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const lost = expectOk(await markProposalLost(db, proposal.id, { reason: '  Went with a cheaper bid. ', now: MONDAY_9_BERLIN + HOUR }));
    expect(lost).toMatchObject({ status: 'lost', decidedAt: MONDAY_9_BERLIN + HOUR, lostReason: 'Went with a cheaper bid.' });
    expect(lost.statusHistory.at(-1)).toEqual({ status: 'lost', at: MONDAY_9_BERLIN + HOUR });
  });

  it('takes no reason at all', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const lost = expectOk(await markProposalLost(db, proposal.id, { reason: '   ', now: MONDAY_9_BERLIN }));
    expect(lost.lostReason).toBeUndefined();
    expect('lostReason' in lost).toBe(false);
  });

  it('refuses an overlong reason with a message at the field and keeps the proposal as it was', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    await expectNothingWritten(db.proposals, async () => {
      expect(expectErrors(await markProposalLost(db, proposal.id, { reason: 'x'.repeat(1001), now: MONDAY_9_BERLIN }))).toEqual({ lostReason: 'At most 1000 characters' });
    });
  });
});

describe('updateProposal status changes', () => {
  it('follows the same rules as the board', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    await expectNothingWritten(db.proposals, async () => {
      expect(expectErrors(await updateProposal(db, proposal.id, { status: 'won' }))).toEqual({ status: 'Mark the proposal as won to turn it into a project' });
      expect(expectErrors(await updateProposal(db, proposal.id, { status: 'draft' }))).toEqual({ status: 'A sent proposal cannot go back to draft' });
    });
    const lost = expectOk(await updateProposal(db, proposal.id, { status: 'lost' }));
    expect(lost.decidedAt).toEqual(expect.any(Number));
  });
});
