import { describe, expect, it } from 'vitest';
import {
  contractImpacts,
  explainScoreChange,
  jobSuccessAt,
  prepareJobSuccess,
  weightQuarters,
  type JobSuccessContract,
  type JobSuccessFeedback,
} from '../../../../src/domain/reputation/job-success';

const HOUR_MS = 3_600_000;
const month = (key: string, earnedMajor: number, trackedHours = 0) => ({ month: key, trackedMs: trackedHours * HOUR_MS, billableMs: trackedHours * HOUR_MS, earnedBaseMinor: earnedMajor * 100 });

/**
 * Seven contracts, five clients. Client B hired twice (c3 is a rehire); client C cancelled c4 before any work, and
 * c5 was ended by the freelancer with nothing delivered; client E stopped responding on c7.
 */
const contracts: JobSuccessContract[] = [
  { id: 'c1', clientId: 'A', status: 'completed', startDate: '2026-01-05', endDate: '2026-03-31', months: [month('2026-01', 0, 10), month('2026-02', 600), month('2026-03', 300)] },
  { id: 'c2', clientId: 'B', status: 'completed', startDate: '2026-02-01', endDate: '2026-02-20', months: [month('2026-02', 200)] },
  { id: 'c3', clientId: 'B', status: 'completed', startDate: '2026-04-01', endDate: '2026-05-15', months: [month('2026-04', 1500)] },
  { id: 'c4', clientId: 'C', status: 'cancelled', endReason: 'cancelledByClientBeforeWork', startDate: '2026-05-01', endDate: '2026-05-03', months: [] },
  { id: 'c5', clientId: 'C', status: 'cancelled', endReason: 'endedByMe', startDate: '2026-05-10', endDate: '2026-05-20', months: [] },
  { id: 'c6', clientId: 'D', status: 'completed', startDate: '2025-03-01', endDate: '2025-05-31', months: [month('2025-03', 100)] },
  { id: 'c7', clientId: 'E', status: 'completed', endReason: 'clientUnresponsive', startDate: '2026-03-01', endDate: '2026-04-30', months: [month('2026-03', 0, 5)] },
];
const feedback: JobSuccessFeedback[] = [
  { id: 'f1', projectId: 'c1', date: '2026-04-02', ratingTenths: 48 },
  { id: 'f2', projectId: 'c2', date: '2026-02-25', ratingTenths: 25 },
  { id: 'f6', projectId: 'c6', date: '2025-06-02', ratingTenths: 50 },
];
const prepared = prepareJobSuccess({ contracts, feedback, minorPerMajor: 100 });

describe('contract weight (quarters: 4 = 1)', () => {
  it.each([
    // earnings (whole units), months of paid work, quarters: the band, plus 4 for every 3 months, at most 32
    [0, 0, 4], // ≤ 250 → 1
    [250, 2, 4], // still ≤ 250; 2 months add nothing
    [250.01, 0, 5], // ≤ 1,000 → 1.25
    [1000, 3, 9], // 1.25 + 1 (three months)
    [1000.01, 5, 10], // > 1,000 → 1.5, + 1
    [5000, 30, 32], // 1.5 + 10 would be 11.5: capped at 8
  ])('earned %d over %d paid months weighs %d quarters', (earnedMajor, paidMonths, quarters) => {
    expect(weightQuarters(Math.round(earnedMajor * 100), paidMonths, 100)).toBe(quarters);
  });

  it('reads the bands in the base currency’s own units (JPY has no minor unit)', () => {
    expect(weightQuarters(900, 0, 1)).toBe(5);
  });
});

describe('job success on 30 June 2026, worked by hand', () => {
  const score = jobSuccessAt(prepared, '2026-06-30');
  const [six, twelve, twentyFour] = score.windows;

  it('assesses every contract of the 6-month window with its outcome, reason and weight', () => {
    expect(six?.after).toBe('2025-12-30');
    const table = six?.assessments.map((a) => [a.contractId, a.outcome, a.reason, a.weightQuarters]);
    expect(table).toEqual([
      // c1: earned 900 → 1.25; paid in Jan (billable hours), Feb, Mar → +1: 9 quarters; 4.8 stars → success
      ['c1', 'success', 'goodFeedback', 9],
      // c2: earned 200 → 1; 2.5 stars → failure
      ['c2', 'failure', 'poorFeedback', 4],
      // c3: B’s second contract, no feedback → rehire, a success; earned 1,500 → 1.5
      ['c3', 'success', 'rehire', 6],
      // c4: the client cancelled before any work → does not count at all
      ['c4', 'notCounted', 'cancelledByClientBeforeWork', 4],
      // c5: ended by the freelancer with nothing delivered → failure
      ['c5', 'failure', 'noWorkDelivered', 4],
      // c7: the client stopped responding and nothing speaks for the freelancer → left out, not a failure
      ['c7', 'notCounted', 'clientUnresponsive', 4],
    ]);
  });

  it('adds up each window: (successes − failures) ÷ counted, in tenths of a point', () => {
    // 6 months: successes 9 + 6 = 15, failures 4 + 4 = 8, counted 9 + 4 + 6 + 4 = 23 quarters.
    // 1000 × (15 − 8) / 23 = 304.35 → 304 (30.4)
    expect(six).toMatchObject({ successQuarters: 15, failureQuarters: 8, countedQuarters: 23, eligibleContracts: 5, eligibleClients: 4, scoreTenths: 304 });
    // 12 months (after 30 June 2025): c6 ended on 31 May 2025, before the window, so the same contracts: 30.4
    expect(twelve).toMatchObject({ after: '2025-06-30', scoreTenths: 304 });
    // 24 months adds c6 (5 stars, earned 100 → 4 quarters): 1000 × (19 − 8) / 27 = 407.41 → 407 (40.7)
    expect(twentyFour).toMatchObject({ successQuarters: 19, failureQuarters: 8, countedQuarters: 27, scoreTenths: 407 });
  });

  it('shows the best window, as the marketplaces do', () => {
    expect(score.scoreTenths).toBe(407);
    expect(score.best?.months).toBe(24);
  });

  it('says what each contract does to the best window’s score', () => {
    const impacts = new Map(contractImpacts(twentyFour ?? six ?? { months: 6, after: '', through: '', assessments: [], successQuarters: 0, failureQuarters: 0, countedQuarters: 0, eligibleContracts: 0, eligibleClients: 0 }).map((i) => [i.contractId, i.pointsTenths]));
    // Without c1: 1000 × (10 − 8) / 18 = 111.1 → 111; c1 is worth 407 − 111 = 29.6 points.
    expect(impacts.get('c1')).toBe(296);
    // Without c5: 1000 × (19 − 4) / 23 = 652.2 → 652; c5 costs 407 − 652 = −24.5 points.
    expect(impacts.get('c5')).toBe(-245);
    // A contract that does not count moves nothing.
    expect(impacts.get('c4')).toBe(0);
    expect(impacts.get('c7')).toBe(0);
  });
});

describe('feedback without tracked work', () => {
  it('counts a rated contract with no hours or earnings in Repute by its rating, not as “no work delivered”', () => {
    const imported = prepareJobSuccess({
      contracts: [
        { id: 'i1', clientId: 'X', status: 'completed', startDate: '2026-02-01', endDate: '2026-02-10', months: [] },
        { id: 'i2', clientId: 'Y', status: 'completed', startDate: '2026-03-01', endDate: '2026-03-10', months: [] },
      ],
      feedback: [
        { id: 'g1', projectId: 'i1', date: '2026-02-10', ratingTenths: 40 },
        { id: 'g2', projectId: 'i2', date: '2026-03-10', ratingTenths: 50 },
      ],
      minorPerMajor: 100,
    });
    const [six] = jobSuccessAt(imported, '2026-06-30').windows;
    expect(six?.assessments.map((a) => [a.contractId, a.outcome, a.reason])).toEqual([
      ['i1', 'neutral', 'neutralFeedback'],
      ['i2', 'success', 'goodFeedback'],
    ]);
    // 1000 × (4 − 0) / 8 = 500 (50.0)
    expect(six?.scoreTenths).toBe(500);
  });
});

describe('before there is enough to score', () => {
  it('shows no score with one client, however many contracts', () => {
    const one = prepareJobSuccess({ contracts: contracts.filter((c) => c.clientId === 'B'), feedback, minorPerMajor: 100 });
    const score = jobSuccessAt(one, '2026-06-30');
    expect(score.scoreTenths).toBeUndefined();
    expect(score.windows[0]?.missing).toBe('Needs at least 2 eligible contracts from 2 clients; this window has 2 from 1.');
  });

  it('does not count a contract the client cancelled before work towards the two a window needs', () => {
    const few = prepareJobSuccess({ contracts: contracts.filter((c) => c.id === 'c2' || c.id === 'c4'), feedback, minorPerMajor: 100 });
    expect(jobSuccessAt(few, '2026-06-30').windows[0]).toMatchObject({ eligibleContracts: 1, eligibleClients: 1 });
  });
});

describe('why it changed, 15 March to 30 June 2026, worked by hand', () => {
  const change = explainScoreChange(prepared, '2026-03-15', '2026-06-30');

  it('starts from the score of 15 March', () => {
    // c1 is still running but long-term (work in Jan, Feb, Mar): a success of 9. c2 failed (4). c6 counts in the 12- and
    // 24-month windows (ended 31 May 2025). 6 months: 1000 × (9 − 4) / 13 = 384.6 → 385; 12 and 24 months:
    // 1000 × (13 − 4) / 17 = 529.4 → 529, the best.
    expect(change.from.windows.map((w) => w.scoreTenths)).toEqual([385, 529, 529]);
    expect(change.from.scoreTenths).toBe(529);
    expect(change.differenceTenths).toBe(407 - 529);
  });

  it('credits each contract with the points it moved, entering ones first, and they add up to the change', () => {
    expect(change.changes.map((c) => [c.contractId, c.kind, c.pointsTenths])).toEqual([
      // c3 enters every window (success 6): 12 and 24 months become 1000 × (19 − 4) / 23 = 652.2 → 652: +12.3
      ['c3', 'entered', 123],
      ['c4', 'entered', 0],
      // c5 enters (failure 4): 1000 × (19 − 8) / 27 = 407.4 → 407: −24.5
      ['c5', 'entered', -245],
      ['c7', 'entered', 0],
      // c6 leaves the 12-month window (it ended more than 12 months before 30 June) but stays in the 24-month one,
      // which is still the best: 0
      ['c6', 'changed', 0],
    ]);
    expect(change.changes.reduce((sum, c) => sum + c.pointsTenths, 0)).toBe(change.differenceTenths);
  });

  it('does not list c1: it counted as a success of the same weight on both days', () => {
    expect(change.changes.some((c) => c.contractId === 'c1')).toBe(false);
  });
});
