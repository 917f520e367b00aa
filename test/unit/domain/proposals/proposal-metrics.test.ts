import { describe, expect, it } from 'vitest';
import type { Platform, Proposal, ProposalStatus } from '../../../../src/domain/model';
import {
  median,
  periodStart,
  pipelineMetrics,
  proposalMetrics,
  proposalsSentBetween,
  responseTimeMs,
} from '../../../../src/domain/proposals/proposal-metrics';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 31, 12);
const daysAgo = (days: number) => NOW - days * DAY;

interface Spec {
  id: string;
  platform: Platform;
  /** Steps as [status, days before NOW]; the last one is the current status. */
  steps: [ProposalStatus, number][];
  bid?: Proposal['bid'];
  currency?: string;
  estimatedHours?: number;
  connects?: number;
  connectsCostMinor?: number;
}

function proposal(spec: Spec): Proposal {
  const history = spec.steps.map(([status, ago]) => ({ status, at: daysAgo(ago) }));
  const submitted = history.find((step) => step.status === 'submitted');
  const last = history[history.length - 1];
  const value: Proposal = {
    id: spec.id,
    createdAt: 0,
    updatedAt: 0,
    prospect: { name: `Prospect ${spec.id}` },
    title: `Job ${spec.id}`,
    platform: spec.platform,
    jobText: '',
    bid: spec.bid ?? { kind: 'fixed', amountMinor: 100_000 },
    currency: spec.currency ?? 'USD',
    connectsSpent: spec.connects ?? 0,
    connectsCostMinor: spec.connectsCostMinor ?? 0,
    coverLetter: '',
    status: last?.status ?? 'draft',
    statusHistory: history,
  };
  if (spec.estimatedHours !== undefined) value.estimatedHours = spec.estimatedHours;
  if (submitted !== undefined) value.submittedAt = submitted.at;
  return value;
}

/** Hand-built history; the figures in the tests below are worked out from it by hand. */
const PROPOSALS: Proposal[] = [
  // Upwork, won: response after 1 day.
  proposal({ id: 'p1', platform: 'upwork', steps: [['submitted', 10], ['viewed', 9], ['won', 5]], connects: 10, connectsCostMinor: 150, bid: { kind: 'fixed', amountMinor: 300_000 } }),
  // Upwork, lost: response (the loss itself) after 3 days.
  proposal({ id: 'p2', platform: 'upwork', steps: [['submitted', 20], ['lost', 17]], connects: 16, connectsCostMinor: 240 }),
  // Upwork, open at offer: response after 2 days; worth 70.00 × 50 h = 3,500.00.
  proposal({
    id: 'p3',
    platform: 'upwork',
    steps: [['submitted', 8], ['viewed', 6], ['interviewing', 4], ['offer', 1]],
    connects: 12,
    connectsCostMinor: 180,
    bid: { kind: 'hourly', rateMinor: 7_000 },
    estimatedHours: 50,
  }),
  // Direct, won: response after 4 days.
  proposal({ id: 'p4', platform: 'direct', steps: [['submitted', 40], ['interviewing', 36], ['won', 30]], currency: 'EUR', bid: { kind: 'fixed', amountMinor: 500_000 } }),
  // Direct, open without a response; hourly without an estimate, so it has no value.
  proposal({ id: 'p5', platform: 'direct', steps: [['submitted', 3]], currency: 'EUR', bid: { kind: 'hourly', rateMinor: 9_000 } }),
  // Upwork, withdrawn by the freelancer before any response.
  proposal({ id: 'p6', platform: 'upwork', steps: [['submitted', 60], ['withdrawn', 58]], connects: 8, connectsCostMinor: 120 }),
  // Never sent: counts nowhere.
  proposal({ id: 'p7', platform: 'upwork', steps: [['draft', 2]], connects: 0 }),
  // Toptal, lost long ago: response after 5 days.
  proposal({ id: 'p8', platform: 'toptal', steps: [['submitted', 200], ['viewed', 195], ['lost', 190]] }),
];

describe('responseTimeMs', () => {
  it('runs from the first submitted step to the first step the client caused', () => {
    expect(responseTimeMs(proposal({ id: 'x', platform: 'direct', steps: [['submitted', 10], ['viewed', 9], ['won', 5]] }))).toBe(DAY);
    expect(responseTimeMs({ statusHistory: [{ status: 'submitted', at: 0 }, { status: 'withdrawn', at: 5 }, { status: 'viewed', at: 9 }] })).toBe(9);
  });

  it('is undefined without a submitted step or without a response', () => {
    expect(responseTimeMs({ statusHistory: [{ status: 'draft', at: 0 }, { status: 'won', at: 5 }] })).toBeUndefined();
    expect(responseTimeMs({ statusHistory: [{ status: 'submitted', at: 0 }, { status: 'withdrawn', at: 5 }] })).toBeUndefined();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([1, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });
});

describe('proposalsSentBetween and periodStart', () => {
  it('takes proposals sent after the start and up to the end, never drafts', () => {
    const ids = proposalsSentBetween(PROPOSALS, periodStart('last-30-days', NOW), NOW).map((p) => p.id);
    expect(ids).toEqual(['p1', 'p2', 'p3', 'p5']);
    expect(proposalsSentBetween(PROPOSALS, daysAgo(10), NOW).map((p) => p.id)).toEqual(['p3', 'p5']);
    expect(proposalsSentBetween(PROPOSALS, undefined, NOW)).toHaveLength(7);
    expect(periodStart('all-time', NOW)).toBeUndefined();
    expect(periodStart('last-365-days', NOW)).toBe(NOW - 365 * DAY);
  });
});

describe('pipelineMetrics over all time', () => {
  const { overall, byPlatform } = pipelineMetrics(PROPOSALS, 'all-time', NOW);

  it('counts the sent proposals and divides won by decided (won + lost)', () => {
    expect(overall).toMatchObject({ sent: 7, won: 2, lost: 2, withdrawn: 1, winRate: 0.5 });
  });

  it('takes the median of the response times 1, 2, 3, 4 and 5 days', () => {
    expect(overall.medianResponseMs).toBe(3 * DAY);
    expect(overall.responses).toBe(5);
  });

  it('spreads connects and their cost over the wins', () => {
    // 10 + 16 + 12 + 8 connects, costing 1.50 + 2.40 + 1.80 + 1.20 = 6.90 USD, over 2 wins.
    expect(overall.connectsSpent).toBe(46);
    expect(overall.connectsPerWin).toBe(23);
    expect(overall.spent).toEqual([{ currency: 'USD', amountMinor: 690 }]);
    expect(overall.spentPerWin).toEqual([{ currency: 'USD', amountMinor: 345 }]);
  });

  it('values the open pipeline and counts the open bid it cannot value', () => {
    expect(overall.open).toBe(2);
    expect(overall.openValue).toEqual([{ currency: 'USD', amountMinor: 350_000 }]);
    expect(overall.openUnpriced).toBe(1);
  });

  it('gives each platform with proposals its own figures, in the platform list order', () => {
    expect(byPlatform.map((entry) => entry.platform)).toEqual(['direct', 'upwork', 'toptal']);
    const [direct, upwork, toptal] = byPlatform.map((entry) => entry.metrics);
    expect(direct).toMatchObject({ sent: 2, won: 1, lost: 0, winRate: 1, medianResponseMs: 4 * DAY, connectsPerWin: 0, spentPerWin: [], open: 1, openUnpriced: 1 });
    expect(upwork).toMatchObject({
      sent: 4,
      won: 1,
      lost: 1,
      withdrawn: 1,
      winRate: 0.5,
      medianResponseMs: 2 * DAY,
      connectsSpent: 46,
      connectsPerWin: 46,
      spentPerWin: [{ currency: 'USD', amountMinor: 690 }],
      openValue: [{ currency: 'USD', amountMinor: 350_000 }],
    });
    expect(toptal).toMatchObject({ sent: 1, won: 0, lost: 1, winRate: 0, medianResponseMs: 5 * DAY, connectsPerWin: undefined, spentPerWin: [] });
  });
});

describe('pipelineMetrics over shorter periods', () => {
  it('looks only at the last 30 days of proposals', () => {
    const { overall } = pipelineMetrics(PROPOSALS, 'last-30-days', NOW);
    expect(overall).toMatchObject({
      sent: 4,
      won: 1,
      lost: 1,
      winRate: 0.5,
      medianResponseMs: 2 * DAY,
      connectsSpent: 38,
      connectsPerWin: 38,
      spentPerWin: [{ currency: 'USD', amountMinor: 570 }],
      open: 2,
    });
  });

  it('averages the two middle response times over the last 90 days', () => {
    const { overall } = pipelineMetrics(PROPOSALS, 'last-90-days', NOW);
    expect(overall).toMatchObject({ sent: 6, won: 2, lost: 1, medianResponseMs: 2.5 * DAY, connectsPerWin: 23 });
    expect(overall.winRate).toBeCloseTo(2 / 3, 10);
  });

  it('has no rates at all when nothing was sent', () => {
    const { overall, byPlatform } = pipelineMetrics(PROPOSALS, 'last-30-days', daysAgo(100));
    expect(overall).toMatchObject({ sent: 0, winRate: undefined, medianResponseMs: undefined, connectsPerWin: undefined, spentPerWin: [], openValue: [] });
    expect(byPlatform).toEqual([]);
  });
});

describe('proposalMetrics rounding', () => {
  it('rounds money per win half up to the minor unit', () => {
    const won = (id: string, cost: number) => proposal({ id, platform: 'upwork', steps: [['submitted', 3], ['won', 1]], connectsCostMinor: cost, connects: 1 });
    // 1.00 + 0.00 + 0.01 = 1.01 USD over 3 wins = 33.67 cents → 34; 3 connects / 3 wins = 1.
    const metrics = proposalMetrics([won('a', 100), won('b', 0), won('c', 1)]);
    expect(metrics.spentPerWin).toEqual([{ currency: 'USD', amountMinor: 34 }]);
    expect(metrics.connectsPerWin).toBe(1);
  });
});
