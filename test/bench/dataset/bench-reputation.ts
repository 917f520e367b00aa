import type { Feedback, Platform, Proposal, ProposalStatus } from '../../../src/domain/model';
import type { NonEmpty, SeededRandom } from '../../../src/demo/seeded-random';
import { evenSlot, type BenchDay } from './bench-calendar';
import { FEEDBACK_COMMENTS, PROPOSAL_TITLES, PROSPECT_NAMES } from './bench-catalog';
import type { BenchClient, BenchProject } from './bench-parties';
import { FEEDBACK_SOURCE_BY_PLATFORM, PROPOSAL_STATUS_PATHS } from '../../../src/demo/generated-history-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Proposals sent in the last two months may still be open; older ones were decided. */
const OPEN_PROPOSAL_DAYS = 60;
const DECIDED: NonEmpty<ProposalStatus> = ['won', 'lost', 'lost', 'withdrawn', 'lost'];
const OPEN: NonEmpty<ProposalStatus> = ['draft', 'submitted', 'viewed', 'interviewing', 'offer'];

export interface BenchReputationPlan {
  days: readonly BenchDay[];
  clients: readonly BenchClient[];
  projects: readonly BenchProject[];
  random: SeededRandom;
  ids: SeededRandom;
}

/** `count` reviews spread over the projects in order, each dated within its project's working period. */
export function benchFeedback(plan: BenchReputationPlan, count: number): Feedback[] {
  const { days, projects, random, ids } = plan;
  const platformOf = new Map(plan.clients.map(({ client }) => [client.id, client.platform]));
  return Array.from({ length: count }, (_, index) => {
    const work = projects[Math.floor((index * projects.length) / count)];
    if (work === undefined) throw new Error('benchFeedback: feedback needs at least one project');
    const { project } = work;
    const day = days[Math.min(work.untilDay, work.fromDay + random.int(20, 400))];
    if (day === undefined) throw new Error(`benchFeedback: project ${project.name} has no days`);
    const rating = Math.min(50, random.int(34, 52));
    return {
      id: ids.uuid(),
      createdAt: day.workEnd,
      updatedAt: day.workEnd,
      projectId: project.id,
      clientId: project.clientId,
      date: day.key,
      ratingTenths: rating,
      subScores: { quality: Math.min(50, rating + random.int(-2, 2)), communication: Math.min(50, rating + random.int(-3, 1)) },
      comment: random.pick(FEEDBACK_COMMENTS),
      canQuote: random.chance(0.7),
      source: FEEDBACK_SOURCE_BY_PLATFORM[platformOf.get(project.clientId) ?? 'direct'],
    };
  });
}

/**
 * `count` proposals spread over the history: older ones decided (a won one becomes the project starting next,
 * whose proposalId is set here), the last two months' possibly still open.
 */
export function benchProposals(plan: BenchReputationPlan, count: number): Proposal[] {
  const { days, projects, random, ids } = plan;
  const clientsById = new Map(plan.clients.map(({ client }) => [client.id, client]));
  return Array.from({ length: count }, (_, index) => {
    const dayIndex = evenSlot(index, count, days.length);
    const day = days[dayIndex];
    if (day === undefined) throw new Error('benchProposals: the history has no days');
    const status = dayIndex < days.length - OPEN_PROPOSAL_DAYS ? random.pick(DECIDED) : random.pick(OPEN);
    const work = status === 'won' ? projects.find((candidate) => candidate.fromDay >= dayIndex && candidate.project.proposalId === undefined) : undefined;
    const client = work === undefined ? undefined : clientsById.get(work.project.clientId);
    const effective: ProposalStatus = status === 'won' && client === undefined ? 'lost' : status;
    let at = day.workStart + random.int(0, 8) * HOUR_MS;
    const statusHistory = PROPOSAL_STATUS_PATHS[effective].map((step) => {
      const entry = { status: step, at };
      at += random.int(1, 4) * DAY_MS;
      return entry;
    });
    const first = statusHistory[0]?.at ?? day.workStart;
    const last = statusHistory[statusHistory.length - 1]?.at ?? first;
    const platform: Platform = client?.platform ?? 'upwork';
    const connects = platform === 'upwork' ? random.int(6, 16) : 0;
    const proposal: Proposal = {
      id: ids.uuid(),
      createdAt: first,
      updatedAt: last,
      title: random.pick(PROPOSAL_TITLES),
      platform,
      jobUrl: '',
      jobText: 'Looking for an experienced developer to join for a few months.',
      bid: random.chance(0.6) ? { kind: 'hourly', rateMinor: random.int(60, 140) * 100 } : { kind: 'fixed', amountMinor: random.int(20, 200) * 10_000 },
      currency: client?.currency ?? 'USD',
      estimatedHours: random.int(20, 400),
      connectsSpent: connects,
      connectsCostMinor: connects * 15,
      coverLetter: 'I have built this kind of product before and can start next week.',
      status: effective,
      statusHistory,
    };
    if (effective !== 'draft') proposal.submittedAt = first;
    if (effective === 'won' || effective === 'lost' || effective === 'withdrawn') proposal.decidedAt = last;
    if (work !== undefined && client !== undefined && effective === 'won') {
      proposal.clientId = client.id;
      proposal.projectId = work.project.id;
      work.project.proposalId = proposal.id;
    } else {
      proposal.prospect = { name: random.pick(PROSPECT_NAMES) };
    }
    return proposal;
  });
}
