import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../../src/db/repositories/clients';
import { createProposal, getProposal, markProposalWon } from '../../../../src/db/repositories/proposals';
import { saveSettings } from '../../../../src/db/repositories/settings';
import type { ReputeDb } from '../../../../src/db/db';
import { clientInput, expectErrors, expectOk, freshDb, MONDAY_9_BERLIN, proposalInput } from '../test-db';

/** Every table the conversion may write, record for record. */
async function snapshot(db: ReputeDb) {
  return { clients: await db.clients.toArray(), projects: await db.projects.toArray(), proposals: await db.proposals.toArray() };
}

describe('markProposalWon for a prospect', () => {
  it('creates the client and the project and links all three both ways', async () => {
    const db = freshDb();
    expectOk(await saveSettings(db, { timeZone: 'Europe/Berlin', defaultPaymentTermsDays: 21 }));
    const proposal = expectOk(
      await createProposal(
        db,
        proposalInput({
          prospect: { name: 'Harbourline Fitness', company: 'Harbourline Fitness Ltd', email: 'owner@harbourline.example' },
          bid: { kind: 'hourly', rateMinor: 8_500 },
          estimatedHours: 40,
          jobText: 'Class booking with payments.',
        }),
      ),
    );
    const won = expectOk(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN, projectName: 'Harbourline membership site' }));

    expect(won.clientCreated).toBe(true);
    expect(won.client).toMatchObject({
      name: 'Harbourline Fitness',
      company: 'Harbourline Fitness Ltd',
      email: 'owner@harbourline.example',
      currency: 'USD',
      defaultRateMinor: 8_500,
      paymentTermsDays: 21,
      platform: 'upwork',
      confidential: false,
    });
    expect(won.project).toMatchObject({
      clientId: won.client.id,
      proposalId: proposal.id,
      name: 'Harbourline membership site',
      description: 'Class booking with payments.',
      billing: { kind: 'hourly', rateMinor: 8_500 },
      currency: 'USD',
      budgetHours: 40,
      startDate: '2026-03-02',
      status: 'active',
    });
    expect(won.proposal).toMatchObject({ status: 'won', clientId: won.client.id, projectId: won.project.id, decidedAt: MONDAY_9_BERLIN });
    expect(won.proposal.statusHistory.at(-1)).toEqual({ status: 'won', at: MONDAY_9_BERLIN });

    expect(await db.clients.get(won.client.id)).toEqual(won.client);
    expect(await db.projects.get(won.project.id)).toEqual(won.project);
    expect(await getProposal(db, proposal.id)).toEqual(won.proposal);
  });

  it('takes the names from the proposal unless told otherwise, and budgets a fixed price', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput({ title: 'Membership site' })));
    const won = expectOk(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN, startDate: '2026-04-01' }));
    expect(won.client.name).toBe('Harbourline Fitness');
    expect(won.project).toMatchObject({ name: 'Membership site', billing: { kind: 'fixed', amountMinor: 350_000 }, budgetAmountMinor: 350_000, startDate: '2026-04-01' });
  });
});

describe('markProposalWon for an existing client', () => {
  it('creates only the project, for that client', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const proposal = expectOk(await createProposal(db, proposalInput({ clientId: client.id, prospect: undefined })));
    const won = expectOk(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN }));
    expect(won.clientCreated).toBe(false);
    expect(won.client).toEqual(client);
    expect(await db.clients.count()).toBe(1);
    expect(won.project.clientId).toBe(client.id);
  });

  it('refuses when that client was deleted, writing nothing', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput()));
    const proposal = expectOk(await createProposal(db, proposalInput({ clientId: client.id, prospect: undefined })));
    await deleteClient(db, client.id);
    const before = await snapshot(db);
    expect(expectErrors(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN }))).toEqual({ clientId: 'The proposal’s client no longer exists' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('markProposalWon is all or nothing', () => {
  it('rolls back the new client when the project is refused part-way', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const before = await snapshot(db);
    const errors = expectErrors(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN, projectName: 'x'.repeat(201) }));
    expect(errors).toEqual({ projectName: 'At most 200 characters' });
    // The client is written before the project is checked; the refusal must have taken it back out.
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back the client and the project when the last write throws', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const before = await snapshot(db);
    let writesSeen = 0;
    db.clients.hook('creating', () => {
      writesSeen += 1;
    });
    db.projects.hook('creating', () => {
      writesSeen += 1;
    });
    db.proposals.hook('updating', () => {
      throw new Error('Disk full');
    });
    await expect(markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN })).rejects.toThrow('Disk full');
    expect(writesSeen).toBe(2);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an invalid client name, a second win and an unknown proposal', async () => {
    const db = freshDb();
    const proposal = expectOk(await createProposal(db, proposalInput()));
    const before = await snapshot(db);
    expect(expectErrors(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN, clientName: '  ' }))).toEqual({ clientName: 'Name is required' });
    expect(expectErrors(await markProposalWon(db, 'missing', { now: MONDAY_9_BERLIN }))).toEqual({ id: 'No such proposal' });
    expect(await snapshot(db)).toEqual(before);

    expectOk(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN }));
    const afterWin = await snapshot(db);
    expect(expectErrors(await markProposalWon(db, proposal.id, { now: MONDAY_9_BERLIN }))).toEqual({ status: 'It is already won' });
    expect(await snapshot(db)).toEqual(afterWin);
  });
});
