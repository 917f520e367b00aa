import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_STATUSES,
  allowedStatusMoves,
  applyStatusChange,
  neighbourStatus,
  statusMoveRefusal,
} from '../../../../src/domain/proposals/proposal-status';

describe('statusMoveRefusal', () => {
  it('lets an open proposal move anywhere but back to draft or where it already is', () => {
    expect(statusMoveRefusal({ status: 'submitted' }, 'viewed')).toBeUndefined();
    expect(statusMoveRefusal({ status: 'submitted' }, 'lost')).toBeUndefined();
    expect(statusMoveRefusal({ status: 'submitted' }, 'draft')).toBe('A sent proposal cannot go back to draft');
    expect(statusMoveRefusal({ status: 'submitted' }, 'submitted')).toBe('It is already submitted');
  });

  it('keeps a won proposal that became a project won, but lets an unconverted one be corrected', () => {
    expect(statusMoveRefusal({ status: 'won', projectId: 'p1' }, 'lost')).toBe('A won proposal became a project, so it stays won');
    expect(statusMoveRefusal({ status: 'won' }, 'lost')).toBeUndefined();
  });

  it('reopens lost and withdrawn proposals', () => {
    expect(statusMoveRefusal({ status: 'lost' }, 'interviewing')).toBeUndefined();
    expect(statusMoveRefusal({ status: 'withdrawn' }, 'submitted')).toBeUndefined();
  });
});

describe('allowedStatusMoves', () => {
  it('lists the reachable statuses in board order', () => {
    expect(allowedStatusMoves({ status: 'draft' })).toEqual(PROPOSAL_STATUSES.filter((status) => status !== 'draft'));
    expect(allowedStatusMoves({ status: 'viewed' })).toEqual(['submitted', 'interviewing', 'offer', 'won', 'lost', 'withdrawn']);
    expect(allowedStatusMoves({ status: 'won', projectId: 'p1' })).toEqual([]);
  });
});

describe('neighbourStatus', () => {
  it('steps one column left or right', () => {
    expect(neighbourStatus({ status: 'viewed' }, 1)).toBe('interviewing');
    expect(neighbourStatus({ status: 'viewed' }, -1)).toBe('submitted');
  });

  it('skips draft when stepping left and stops at the ends', () => {
    expect(neighbourStatus({ status: 'submitted' }, -1)).toBeUndefined();
    expect(neighbourStatus({ status: 'withdrawn' }, 1)).toBeUndefined();
    expect(neighbourStatus({ status: 'draft' }, 1)).toBe('submitted');
  });

  it('does not move a converted win at all', () => {
    expect(neighbourStatus({ status: 'won', projectId: 'p1' }, -1)).toBeUndefined();
    expect(neighbourStatus({ status: 'won', projectId: 'p1' }, 1)).toBeUndefined();
  });
});

describe('applyStatusChange', () => {
  const draft = { status: 'draft' as const, statusHistory: [{ status: 'draft' as const, at: 100 }], submittedAt: undefined, lostReason: undefined };

  it('appends the step with its time and marks when the proposal went out', () => {
    const change = applyStatusChange(draft, 'submitted', 500);
    expect(change).toEqual({
      status: 'submitted',
      statusHistory: [
        { status: 'draft', at: 100 },
        { status: 'submitted', at: 500 },
      ],
      submittedAt: 500,
      decidedAt: undefined,
      lostReason: undefined,
    });
  });

  it('keeps the first submission time and sets decidedAt only while closed', () => {
    const submitted = { ...draft, status: 'submitted' as const, submittedAt: 500 };
    const lost = applyStatusChange({ ...submitted, lostReason: 'Budget' }, 'lost', 900);
    expect(lost.submittedAt).toBe(500);
    expect(lost.decidedAt).toBe(900);
    expect(lost.lostReason).toBe('Budget');
    const reopened = applyStatusChange({ ...submitted, status: 'lost', lostReason: 'Budget' }, 'interviewing', 1200);
    expect(reopened.decidedAt).toBeUndefined();
    expect(reopened.lostReason).toBeUndefined();
  });

  it('does not call a draft withdrawn before sending a submission', () => {
    expect(applyStatusChange(draft, 'withdrawn', 700)).toMatchObject({ submittedAt: undefined, decidedAt: 700 });
  });
});
