import { divideRoundHalfAwayFromZero } from '../money';
import { platformSchema, type Platform, type Proposal } from '../model';
import type { CurrencyAmount } from '../money';
import { bidValueMinor, totalsByCurrency } from './proposal-value';
import { RESPONSE_STATUSES, isOpenStatus } from './proposal-status';

const DAY_MS = 86_400_000;

export const METRICS_PERIODS = ['last-30-days', 'last-90-days', 'last-365-days', 'all-time'] as const;
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];

export const METRICS_PERIOD_LABELS: Readonly<Record<MetricsPeriod, string>> = {
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'last-365-days': 'Last 365 days',
  'all-time': 'All time',
};

const PERIOD_DAYS: Readonly<Record<MetricsPeriod, number | undefined>> = {
  'last-30-days': 30,
  'last-90-days': 90,
  'last-365-days': 365,
  'all-time': undefined,
};

/** The first instant inside the period ending at `now`; undefined for all time. */
export function periodStart(period: MetricsPeriod, now: number): number | undefined {
  const days = PERIOD_DAYS[period];
  return days === undefined ? undefined : now - days * DAY_MS;
}

/**
 * The proposals sent in (from, to]: each metric looks at the same cohort, so "won ÷ decided" and "connects per
 * win" describe the bids of one stretch of time. Drafts were never sent and count nowhere.
 */
export function proposalsSentBetween(proposals: readonly Proposal[], from: number | undefined, to: number): Proposal[] {
  return proposals.filter((proposal) => proposal.submittedAt !== undefined && proposal.submittedAt <= to && (from === undefined || proposal.submittedAt > from));
}

export interface ProposalResponse {
  /** The step the client caused. */
  status: Proposal['status'];
  waitMs: number;
}

/**
 * The client's first reaction: the first step after the proposal's first "submitted" one that the client caused
 * (viewed, interviewing, offer, won or lost), and how long it took. Undefined without a submitted step or before any
 * response.
 */
export function firstResponse(proposal: Pick<Proposal, 'statusHistory'>): ProposalResponse | undefined {
  const submittedIndex = proposal.statusHistory.findIndex((step) => step.status === 'submitted');
  const submitted = proposal.statusHistory[submittedIndex];
  if (submitted === undefined) return undefined;
  const response = proposal.statusHistory.slice(submittedIndex + 1).find((step) => RESPONSE_STATUSES.has(step.status));
  return response === undefined ? undefined : { status: response.status, waitMs: Math.max(0, response.at - submitted.at) };
}

/** How long the client took to react (see firstResponse). */
export function responseTimeMs(proposal: Pick<Proposal, 'statusHistory'>): number | undefined {
  return firstResponse(proposal)?.waitMs;
}

/** The middle value; for an even count, the mean of the two middle values, rounded to the millisecond. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? upper;
  return Math.round((lower + upper) / 2);
}

export interface ProposalMetrics {
  /** Proposals sent in the period. */
  sent: number;
  won: number;
  lost: number;
  withdrawn: number;
  /** won ÷ (won + lost), from 0 to 1; undefined while nothing is decided. */
  winRate: number | undefined;
  /** Median of responseTimeMs over the proposals that got a response. */
  medianResponseMs: number | undefined;
  responses: number;
  connectsSpent: number;
  /** Connects spent ÷ proposals won; undefined without a win. */
  connectsPerWin: number | undefined;
  /** What the connects cost, per currency. */
  spent: CurrencyAmount[];
  /** spent ÷ proposals won, per currency, rounded half up to the minor unit; empty without a win. */
  spentPerWin: CurrencyAmount[];
  open: number;
  /** The bid value of the open proposals, per currency. */
  openValue: CurrencyAmount[];
  /** Open hourly bids without an estimate, which have no value to add. */
  openUnpriced: number;
}

/** Every metric over one set of proposals, as proposalsSentBetween selects them. */
export function proposalMetrics(proposals: readonly Proposal[]): ProposalMetrics {
  const count = (status: Proposal['status']) => proposals.filter((proposal) => proposal.status === status).length;
  const won = count('won');
  const lost = count('lost');
  const responseTimes = proposals.map(responseTimeMs).filter((time) => time !== undefined);
  const connectsSpent = proposals.reduce((total, proposal) => total + proposal.connectsSpent, 0);
  const spent = totalsByCurrency(
    proposals.filter((proposal) => proposal.connectsCostMinor > 0).map((proposal) => ({ currency: proposal.currency, amountMinor: proposal.connectsCostMinor })),
  );
  const open = proposals.filter((proposal) => isOpenStatus(proposal.status));
  const openPriced = open.flatMap((proposal) => {
    const value = bidValueMinor(proposal);
    return value === undefined ? [] : [{ currency: proposal.currency, amountMinor: value }];
  });
  return {
    sent: proposals.length,
    won,
    lost,
    withdrawn: count('withdrawn'),
    winRate: won + lost === 0 ? undefined : won / (won + lost),
    medianResponseMs: median(responseTimes),
    responses: responseTimes.length,
    connectsSpent,
    connectsPerWin: won === 0 ? undefined : connectsSpent / won,
    spent,
    spentPerWin: won === 0 ? [] : spent.map(({ currency, amountMinor }) => ({ currency, amountMinor: Number(divideRoundHalfAwayFromZero(BigInt(amountMinor), BigInt(won))) })),
    open: open.length,
    openValue: totalsByCurrency(openPriced),
    openUnpriced: open.length - openPriced.length,
  };
}

export interface PlatformMetrics {
  platform: Platform;
  metrics: ProposalMetrics;
}

export interface PipelineMetrics {
  overall: ProposalMetrics;
  /** One entry per platform that has a proposal in the period, in the platform list's order. */
  byPlatform: PlatformMetrics[];
}

/** The metrics of the proposals sent in the period ending at `now`, overall and per platform. */
export function pipelineMetrics(proposals: readonly Proposal[], period: MetricsPeriod, now: number): PipelineMetrics {
  const cohort = proposalsSentBetween(proposals, periodStart(period, now), now);
  const byPlatform = platformSchema.options.flatMap((platform) => {
    const ofPlatform = cohort.filter((proposal) => proposal.platform === platform);
    return ofPlatform.length === 0 ? [] : [{ platform, metrics: proposalMetrics(ofPlatform) }];
  });
  return { overall: proposalMetrics(cohort), byPlatform };
}
