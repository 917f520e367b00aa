import { proposalInputSchema, type Proposal, type ProposalInput, type ProposalStatus } from '../../domain/model';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta } from './record-commands';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

async function proposalReferenceErrors(db: ReputeDb, value: Partial<ProposalInput>, stored?: Proposal): Promise<FieldErrors> {
  return mergeErrors(
    await referenceErrors(db.clients, 'clientId', 'client', value.clientId, stored?.clientId),
    await referenceErrors(db.projects, 'projectId', 'project', value.projectId, stored?.projectId),
  );
}

/** A proposal created without a history starts one with its current status. */
export async function createProposal(db: ReputeDb, input: ProposalInput): Promise<WriteResult<Proposal>> {
  return db.transaction('rw', [db.proposals, db.clients, db.projects], async () => {
    const now = Date.now();
    const parsed = parseInput(proposalInputSchema, input);
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await proposalReferenceErrors(db, input));
    if (!parsed.ok || hasErrors(errors)) return failed<Proposal>(errors);
    const value = parsed.value;
    const statusHistory = value.statusHistory.length > 0 ? value.statusHistory : [{ status: value.status, at: now }];
    const proposal: Proposal = { ...newRecordMeta(now), ...value, statusHistory };
    await db.proposals.add(proposal);
    return succeeded(proposal);
  });
}

/** A status change that brings no history of its own is appended to the stored history. */
export async function updateProposal(db: ReputeDb, id: string, patch: Partial<ProposalInput>): Promise<WriteResult<Proposal>> {
  return db.transaction('rw', [db.proposals, db.clients, db.projects], async () => {
    const stored = await db.proposals.get(id);
    if (stored === undefined) return noSuchRecord<Proposal>('proposal');
    const now = Date.now();
    const statusChanged = patch.status !== undefined && patch.status !== stored.status;
    const statusHistory =
      patch.statusHistory ?? (statusChanged && patch.status !== undefined ? [...stored.statusHistory, { status: patch.status, at: now }] : stored.statusHistory);
    const parsed = parseInput(proposalInputSchema, { ...stored, ...patch, statusHistory });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await proposalReferenceErrors(db, patch, stored));
    if (!parsed.ok || hasErrors(errors)) return failed<Proposal>(errors);
    const proposal: Proposal = { ...updatedMeta(stored, now), ...parsed.value };
    await db.proposals.put(proposal);
    return succeeded(proposal);
  });
}

/** Soft delete: the proposal stays stored with deletedAt set, so it can be restored. */
export async function deleteProposal(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.proposals, () => setDeletedAt(db.proposals, id, Date.now()));
}

export async function restoreProposal(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.proposals, () => setDeletedAt(db.proposals, id, undefined));
}

/** Returns soft-deleted proposals too (check deletedAt), so undo screens can show what they restore. */
export function getProposal(db: ReputeDb, id: string): Promise<Proposal | undefined> {
  return db.proposals.get(id);
}

/** When it went out, or when it was written for drafts never sent. */
function proposalRecency(proposal: Proposal): number {
  return proposal.submittedAt ?? proposal.createdAt;
}

/** Live proposals, newest first (by submission, or creation for drafts). */
export async function listProposals(db: ReputeDb, options: { status?: ProposalStatus } = {}): Promise<Proposal[]> {
  const candidates = options.status !== undefined ? db.proposals.where('status').equals(options.status) : db.proposals.toCollection();
  const proposals = await candidates.filter(isLive).toArray();
  return proposals.sort((a, b) => proposalRecency(b) - proposalRecency(a) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
