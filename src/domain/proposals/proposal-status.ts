import { proposalStatusSchema, type Proposal, type ProposalStatus } from '../model';

/** The board's columns, left to right: the order a proposal usually travels in. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = proposalStatusSchema.options;

export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  viewed: 'Viewed',
  interviewing: 'Interviewing',
  offer: 'Offer',
  won: 'Won',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
};

/** Sent and still waiting on the client. */
export const OPEN_STATUSES: ReadonlySet<ProposalStatus> = new Set<ProposalStatus>(['submitted', 'viewed', 'interviewing', 'offer']);

/** Finished, one way or the other: these carry a decidedAt. */
export const CLOSED_STATUSES: ReadonlySet<ProposalStatus> = new Set<ProposalStatus>(['won', 'lost', 'withdrawn']);

/** Statuses the client causes; withdrawing and drafting are the freelancer's doing, so they are no response. */
export const RESPONSE_STATUSES: ReadonlySet<ProposalStatus> = new Set<ProposalStatus>(['viewed', 'interviewing', 'offer', 'won', 'lost']);

export function isOpenStatus(status: ProposalStatus): boolean {
  return OPEN_STATUSES.has(status);
}

type StatusFacts = Pick<Proposal, 'status' | 'projectId'>;

/**
 * Why a proposal may not move to a status, or undefined when it may. A sent proposal cannot be unsent, and a won
 * proposal that became a project stays won, because the project, its time and its invoices hang off it.
 */
export function statusMoveRefusal(proposal: StatusFacts, to: ProposalStatus): string | undefined {
  if (to === proposal.status) return `It is already ${PROPOSAL_STATUS_LABELS[to].toLowerCase()}`;
  if (to === 'draft') return 'A sent proposal cannot go back to draft';
  if (proposal.status === 'won' && proposal.projectId !== undefined) return 'A won proposal became a project, so it stays won';
  return undefined;
}

/** The statuses a proposal may move to, in board order. */
export function allowedStatusMoves(proposal: StatusFacts): ProposalStatus[] {
  return PROPOSAL_STATUSES.filter((status) => statusMoveRefusal(proposal, status) === undefined);
}

/**
 * The nearest status in board order one step left (-1) or right (+1) that the proposal may move to, skipping
 * those it may not; undefined at either end.
 */
export function neighbourStatus(proposal: StatusFacts, direction: -1 | 1): ProposalStatus | undefined {
  const start = PROPOSAL_STATUSES.indexOf(proposal.status);
  for (let index = start + direction; index >= 0 && index < PROPOSAL_STATUSES.length; index += direction) {
    const candidate = PROPOSAL_STATUSES[index];
    if (candidate !== undefined && statusMoveRefusal(proposal, candidate) === undefined) return candidate;
  }
  return undefined;
}

export interface StatusChange {
  status: ProposalStatus;
  statusHistory: Proposal['statusHistory'];
  submittedAt: number | undefined;
  decidedAt: number | undefined;
  lostReason: string | undefined;
}

/**
 * The fields a move to `to` at instant `at` sets: one more step in the history; submittedAt the first time the
 * proposal leaves draft for anything but a withdrawal (it went out then, if not before); decidedAt while it is
 * closed, cleared when it reopens; a lost reason only while it is lost. Callers check statusMoveRefusal first.
 */
export function applyStatusChange(proposal: Pick<Proposal, 'status' | 'statusHistory' | 'submittedAt' | 'lostReason'>, to: ProposalStatus, at: number): StatusChange {
  const wentOut = to !== 'draft' && to !== 'withdrawn';
  return {
    status: to,
    statusHistory: [...proposal.statusHistory, { status: to, at }],
    submittedAt: proposal.submittedAt ?? (wentOut ? at : undefined),
    decidedAt: CLOSED_STATUSES.has(to) ? at : undefined,
    lostReason: to === 'lost' ? proposal.lostReason : undefined,
  };
}
