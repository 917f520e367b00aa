import type { Proposal, ProposalStatus } from '../../domain/model';
import { OPEN_STATUSES, PROPOSAL_STATUS_LABELS } from '../../domain/proposals/proposal-status';
import type { BadgeTone } from '../../ui/Badge';

export { PROPOSAL_STATUS_LABELS };

export const PROPOSAL_STATUS_TONES: Record<ProposalStatus, BadgeTone> = {
  draft: 'neutral',
  submitted: 'accent',
  viewed: 'accent',
  interviewing: 'accent',
  offer: 'warning',
  won: 'success',
  lost: 'danger',
  withdrawn: 'neutral',
};

export function isOpenProposal(proposal: Pick<Proposal, 'status'>): boolean {
  return OPEN_STATUSES.has(proposal.status);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 proposals · 3 open · 4 won of 7 decided": the header line of the Proposals screen. */
export function proposalsSummary(proposals: readonly Proposal[]): string {
  const open = proposals.filter(isOpenProposal).length;
  const won = proposals.filter((proposal) => proposal.status === 'won').length;
  const lost = proposals.filter((proposal) => proposal.status === 'lost').length;
  const parts = [count(proposals.length, 'proposal', 'proposals')];
  if (open > 0) parts.push(`${open} open`);
  if (won + lost > 0) parts.push(`${won} won of ${won + lost} decided`);
  return parts.join(' · ');
}
