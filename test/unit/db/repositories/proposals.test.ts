import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProposal, deleteProposal, getProposal, listProposals, restoreProposal, updateProposal } from '../../../../src/db/repositories/proposals';
import { clientInput, expectErrors, expectNothingWritten, expectOk, freshDb, MONDAY_9_BERLIN, proposalInput } from '../test-db';

describe('createProposal', () => {
  it('starts a history with the current status when none is given', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    expect(proposal.statusHistory).toEqual([{ status: 'submitted', at: proposal.createdAt }]);
    expect(await getProposal(db, proposal.id)).toEqual(proposal);
  });

  it('reports invalid fields and writes nothing', async () => {
    const db = freshDb();
    await expectNothingWritten(db.proposals, async () => {
      const errors = expectErrors(await createProposal(db, proposalInput({ title: '', jobUrl: 'upwork job', connectsSpent: -2 })));
      expect(errors).toEqual({ title: 'Title is required', jobUrl: 'Enter a full link, starting with https://', connectsSpent: 'Must not be negative' });
      expect(expectErrors(await createProposal(db, proposalInput({ prospect: undefined })))).toEqual({ clientId: 'Choose a client or name a prospect' });
      expect(expectErrors(await createProposal(db, proposalInput({ clientId: 'nope', projectId: 'nope' })))).toEqual({
        clientId: 'No such client',
        projectId: 'No such project',
      });
    });
  });
});

describe('updateProposal', () => {
  it('appends a status change to the history', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput({ statusHistory: [{ status: 'submitted', at: MONDAY_9_BERLIN }] })));
    const viewed = expectOk(await updateProposal(db, proposal.id, { status: 'viewed' }));
    expect(viewed.statusHistory.map((step) => step.status)).toEqual(['submitted', 'viewed']);
    const same = expectOk(await updateProposal(db, proposal.id, { status: 'viewed', coverLetter: 'Edited' }));
    expect(same.statusHistory).toHaveLength(2);
  });

  it('reports invalid fields and leaves the stored proposal as it was', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const proposal = expectOk(await createProposal(db, proposalInput({ clientId: client.id })));
    await expectNothingWritten(db.proposals, async () => {
      expect(expectErrors(await updateProposal(db, proposal.id, { currency: 'dollars', estimatedHours: -1 }))).toEqual({
        currency: 'Use a three-letter ISO 4217 code, such as EUR or USD',
        estimatedHours: 'Must not be negative',
      });
    });
    expect(await updateProposal(db, 'missing', { title: 'x' })).toEqual({ ok: false, errors: { id: 'No such proposal' } });
  });
});

describe('deleteProposal and restoreProposal', () => {
  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    await deleteProposal(db, proposal.id);
    expect((await getProposal(db, proposal.id))?.deletedAt).toEqual(expect.any(Number));
    expect(await listProposals(db)).toEqual([]);
    await restoreProposal(db, proposal.id);
    expect(await listProposals(db)).toHaveLength(1);
  });
});

describe('listProposals', () => {
  it('filters by status, newest submission first', async () => {
    const db = freshDb();
    const older = expectOk(await createProposal(db, proposalInput({ submittedAt: MONDAY_9_BERLIN - 86_400_000 })));
    const newer = expectOk(await createProposal(db, proposalInput({ submittedAt: MONDAY_9_BERLIN })));
    const lost = expectOk(await createProposal(db, proposalInput({ status: 'lost', submittedAt: MONDAY_9_BERLIN - 2 * 86_400_000 })));
    const ids = (proposals: { id: string }[]) => proposals.map((proposal) => proposal.id);
    expect(ids(await listProposals(db))).toEqual([newer.id, older.id, lost.id]);
    expect(ids(await listProposals(db, { status: 'submitted' }))).toEqual([newer.id, older.id]);
    expect(ids(await listProposals(db, { status: 'won' }))).toEqual([]);
  });
});
