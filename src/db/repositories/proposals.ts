import {
  clientInputSchema,
  projectInputSchema,
  proposalInputSchema,
  type Client,
  type ClientInput,
  type Project,
  type ProjectInput,
  type Proposal,
  type ProposalInput,
  type ProposalStatus,
} from '../../domain/model';
import { applyStatusChange, statusMoveRefusal } from '../../domain/proposals/proposal-status';
import { localDayKey } from '../../domain/time';
import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta, withoutUndefinedFields } from './record-commands';
import { clientInputErrors } from './clients';
import { projectInputErrors } from './projects';
import { getSettings } from './settings';
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

/**
 * A status change that brings no history of its own follows the status rules and is appended to the stored
 * history with its time. Won is refused here: only markProposalWon may set it, because winning creates a project.
 */
export async function updateProposal(db: ReputeDb, id: string, patch: Partial<ProposalInput>): Promise<WriteResult<Proposal>> {
  return db.transaction('rw', [db.proposals, db.clients, db.projects], async () => {
    const stored = await db.proposals.get(id);
    if (stored === undefined) return noSuchRecord<Proposal>('proposal');
    const now = Date.now();
    const statusChanged = patch.status !== undefined && patch.status !== stored.status;
    let merged: Partial<ProposalInput> = { ...stored, ...patch };
    if (statusChanged && patch.status !== undefined && patch.statusHistory === undefined) {
      const refusal = patch.status === 'won' ? WON_NEEDS_CONVERSION : statusMoveRefusal(stored, patch.status);
      if (refusal !== undefined) return failed<Proposal>({ status: refusal });
      merged = { ...merged, ...applyStatusChange(stored, patch.status, now) };
    }
    const parsed = parseInput(proposalInputSchema, merged);
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await proposalReferenceErrors(db, patch, stored));
    if (!parsed.ok || hasErrors(errors)) return failed<Proposal>(errors);
    const proposal: Proposal = { ...updatedMeta(stored, now), ...parsed.value };
    await db.proposals.put(proposal);
    return succeeded(proposal);
  });
}

const WON_NEEDS_CONVERSION = 'Mark the proposal as won to turn it into a project';

/** Reads a live proposal and checks it may move to `to`; the failure to return otherwise. */
async function movableProposal(db: ReputeDb, id: string, to: ProposalStatus): Promise<WriteResult<Proposal>> {
  const stored = await db.proposals.get(id);
  if (stored === undefined || stored.deletedAt !== undefined) return noSuchRecord<Proposal>('proposal');
  const refusal = statusMoveRefusal(stored, to);
  return refusal === undefined ? succeeded(stored) : failed<Proposal>({ status: refusal });
}

async function putStatusChange(db: ReputeDb, stored: Proposal, to: ProposalStatus, now: number, extra: Partial<ProposalInput> = {}): Promise<WriteResult<Proposal>> {
  const parsed = parseInput(proposalInputSchema, { ...stored, ...applyStatusChange(stored, to, now), ...extra });
  if (!parsed.ok) return failed<Proposal>(parsed.errors);
  const proposal: Proposal = { ...updatedMeta(stored, now), ...parsed.value };
  await db.proposals.put(proposal);
  return succeeded(proposal);
}

/**
 * Moves a proposal to another status (a drag on the board, a "Move to…" choice), appending the step to its history
 * at `now`. Won goes through markProposalWon and a lost reason through markProposalLost.
 */
export async function changeProposalStatus(db: ReputeDb, id: string, to: ProposalStatus, options: { now: number }): Promise<WriteResult<Proposal>> {
  return db.transaction('rw', db.proposals, async () => {
    if (to === 'won') return failed<Proposal>({ status: WON_NEEDS_CONVERSION });
    const movable = await movableProposal(db, id, to);
    return movable.ok ? putStatusChange(db, movable.value, to, options.now) : movable;
  });
}

/** Marks a proposal lost, with the client's reason if one is known (blank clears it). */
export async function markProposalLost(db: ReputeDb, id: string, options: { reason?: string; now: number }): Promise<WriteResult<Proposal>> {
  return db.transaction('rw', db.proposals, async () => {
    const movable = await movableProposal(db, id, 'lost');
    if (!movable.ok) return movable;
    const reason = options.reason?.trim() ?? '';
    return putStatusChange(db, movable.value, 'lost', options.now, { lostReason: reason === '' ? undefined : reason });
  });
}

export interface MarkWonOptions {
  now: number;
  /** The new project's name; the proposal's title by default. */
  projectName?: string;
  /** The new client's name when the proposal went to a prospect; the prospect's name by default. */
  clientName?: string;
  /** The project's first day, `YYYY-MM-DD`; by default the day `now` falls on in the time zone of Settings. */
  startDate?: string;
}

export interface WonProposal {
  proposal: Proposal;
  project: Project;
  client: Client;
  /** True when the client was created from the prospect by this conversion. */
  clientCreated: boolean;
}

/** Thrown inside the conversion's transaction to roll back what it already wrote; caught and reported as errors. */
class ConversionRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('The proposal could not be converted');
  }
}

/** Errors of a record the conversion builds, under the dialog's field names where it has one. */
function prefixed(errors: FieldErrors, record: 'client' | 'project'): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path === 'name' ? `${record}Name` : path === 'startDate' && record === 'project' ? 'startDate' : `${record}.${path}`;
    renamed[key] ??= message;
  }
  return renamed;
}

/**
 * Awaits another repository's check inside this transaction. A check that settles without touching IndexedDB (a new
 * record has nothing stored to compare with) would otherwise drop Dexie's transaction zone, and every write after it
 * would land outside the transaction, beyond the reach of a rollback.
 */
function withinTransaction<T>(check: Promise<T>): Promise<T> {
  return Dexie.waitFor(check);
}

/**
 * The input as the schema parses it, once the repository that owns the record finds nothing wrong with it (the same
 * rules as creating that record by hand); refused otherwise, which rolls the conversion back.
 */
function validatedOrRefused<Input>(schema: z.ZodType<Input>, input: Input, ruleErrors: FieldErrors, record: 'client' | 'project'): Input {
  const parsed = parseInput(schema, input);
  const errors = mergeErrors(parsed.ok ? {} : parsed.errors, ruleErrors);
  if (!parsed.ok || hasErrors(errors)) throw new ConversionRefused(prefixed(errors, record));
  return parsed.value;
}

function clientFromProspect(proposal: Proposal, name: string, paymentTermsDays: number): ClientInput {
  const prospect = proposal.prospect;
  return withoutUndefinedFields({
    name,
    company: prospect?.company !== undefined && prospect.company !== '' ? prospect.company : undefined,
    email: prospect?.email !== undefined && prospect.email !== '' ? prospect.email : undefined,
    currency: proposal.currency,
    defaultRateMinor: proposal.bid.kind === 'hourly' ? proposal.bid.rateMinor : undefined,
    paymentTermsDays,
    platform: proposal.platform,
    confidential: false,
    tags: [],
  });
}

function projectFromProposal(proposal: Proposal, clientId: string, name: string, startDate: string): ProjectInput {
  const description = proposal.jobText.trim().slice(0, 10_000);
  return withoutUndefinedFields({
    clientId,
    proposalId: proposal.id,
    name,
    description: description === '' ? undefined : description,
    billing: proposal.bid.kind === 'hourly' ? { kind: 'hourly', rateMinor: proposal.bid.rateMinor } : { kind: 'fixed', amountMinor: proposal.bid.amountMinor },
    currency: proposal.currency,
    budgetHours: proposal.estimatedHours,
    budgetAmountMinor: proposal.bid.kind === 'fixed' ? proposal.bid.amountMinor : undefined,
    startDate,
    status: 'active',
    skills: [],
    portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
  });
}

async function convertWonProposal(db: ReputeDb, id: string, options: MarkWonOptions): Promise<WonProposal> {
  const movable = await movableProposal(db, id, 'won');
  if (!movable.ok) throw new ConversionRefused(movable.errors);
  const stored = movable.value;
  if (stored.projectId !== undefined) throw new ConversionRefused({ status: 'This proposal already became a project' });
  const settings = await getSettings(db);
  const now = options.now;

  let client: Client;
  let clientCreated = false;
  if (stored.clientId !== undefined) {
    const existing = await db.clients.get(stored.clientId);
    if (existing === undefined || existing.deletedAt !== undefined) throw new ConversionRefused({ clientId: 'The proposal’s client no longer exists' });
    client = existing;
  } else {
    const clientName = options.clientName ?? stored.prospect?.name ?? '';
    const clientInput = clientFromProspect(stored, clientName, settings.defaultPaymentTermsDays);
    client = { ...newRecordMeta(now), ...validatedOrRefused(clientInputSchema, clientInput, await withinTransaction(clientInputErrors(db, clientInput)), 'client') };
    await db.clients.add(client);
    clientCreated = true;
  }

  const projectName = options.projectName ?? stored.title.trim().slice(0, 200);
  const startDate = options.startDate ?? localDayKey(now, settings.timeZone);
  const projectInput = projectFromProposal(stored, client.id, projectName, startDate);
  const projectErrors = await withinTransaction(projectInputErrors(db, projectInput));
  const project: Project = { ...newRecordMeta(now), ...validatedOrRefused(projectInputSchema, projectInput, projectErrors, 'project') };
  await db.projects.add(project);

  const moved = await putStatusChange(db, stored, 'won', now, { clientId: client.id, projectId: project.id });
  if (!moved.ok) throw new ConversionRefused(moved.errors);
  return { proposal: moved.value, project, client, clientCreated };
}

/**
 * Wins a proposal: creates its project — and first its client, when it went to a prospect — and links them both
 * ways (proposal.clientId and proposal.projectId; project.proposalId), all in one transaction. Anything refused or
 * thrown part-way rolls back every write, so a failed conversion leaves no client, project or status change behind.
 */
export async function markProposalWon(db: ReputeDb, id: string, options: MarkWonOptions): Promise<WriteResult<WonProposal>> {
  try {
    const won = await db.transaction('rw', [db.proposals, db.clients, db.projects, db.settings], () => convertWonProposal(db, id, options));
    return succeeded(won);
  } catch (error) {
    if (error instanceof ConversionRefused) return failed<WonProposal>(error.errors);
    throw error;
  }
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
