import { describe, expect, it } from 'vitest';
import type { Proposal, ProposalStatus } from '../../../../src/domain/model';
import { isOpenProposal, proposalsSummary } from '../../../../src/features/proposals/proposal-labels';

function proposal(status: ProposalStatus): Proposal {
  return {
    id: status,
    createdAt: 0,
    updatedAt: 0,
    prospect: { name: 'Prospect' },
    title: `Job ${status}`,
    platform: 'upwork',
    jobText: '',
    bid: { kind: 'hourly', rateMinor: 8_000 },
    currency: 'USD',
    connectsSpent: 0,
    connectsCostMinor: 0,
    coverLetter: '',
    status,
    statusHistory: [],
  };
}

describe('isOpenProposal', () => {
  it('is open while the client has not decided', () => {
    const waiting: ProposalStatus[] = ['submitted', 'viewed', 'interviewing', 'offer'];
    expect(waiting.every((status) => isOpenProposal({ status }))).toBe(true);
  });

  it('is not open as a draft or once decided', () => {
    const settled: ProposalStatus[] = ['draft', 'won', 'lost', 'withdrawn'];
    expect(settled.some((status) => isOpenProposal({ status }))).toBe(false);
  });
});

describe('proposalsSummary', () => {
  it('counts open ones and the won share of decided ones', () => {
    const proposals = (['submitted', 'interviewing', 'won', 'won', 'lost', 'draft'] as const).map(proposal);
    expect(proposalsSummary(proposals)).toBe('6 proposals · 2 open · 2 won of 3 decided');
  });

  it('leaves out what has not happened yet', () => {
    expect(proposalsSummary([proposal('draft')])).toBe('1 proposal');
  });
});
