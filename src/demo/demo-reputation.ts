import type { Client, Credential, Feedback, Platform, Project, Proposal } from '../domain/model';
import { addDaysToKey, addMonthsToKey, type DemoCalendar } from './demo-calendar';
import { DEMO_CREDENTIALS, DEMO_PROPOSALS, DEMO_REVIEWS, type DemoProposalTemplate } from './demo-reputation-catalog';
import { cycled, type SeededRandom } from './seeded-random';
import { FEEDBACK_SOURCE_BY_PLATFORM, PROPOSAL_STATUS_PATHS } from './generated-history-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** What one Upwork connect costs, in US cents. */
const CONNECT_PRICE_MINOR = 15;

interface ProposalPlan {
  count: number;
  /** Won proposals set the proposalId of the project they became. */
  projects: readonly Project[];
  calendar: DemoCalendar;
  random: SeededRandom;
  ids: SeededRandom;
}

/** When the first step happened: won ones before their project began, open ones in the last weeks. */
function firstStepAt(plan: ProposalPlan, template: DemoProposalTemplate, project: Project | undefined): number {
  const { calendar, random } = plan;
  if (project !== undefined) return project.createdAt - (PROPOSAL_STATUS_PATHS.won.length * 3 + random.int(2, 6)) * DAY_MS;
  if (template.status === 'lost' || template.status === 'withdrawn') {
    const day = calendar.days[calendar.dayIndexAt(0.1 + random.next() * 0.7)];
    return (day?.workStart ?? calendar.now) + random.int(0, 8) * HOUR_MS;
  }
  return calendar.now - random.int(4, 18) * DAY_MS;
}

function buildProposal(plan: ProposalPlan, template: DemoProposalTemplate, round: number): Proposal {
  const { calendar, random, ids, projects } = plan;
  const project = template.status === 'won' && template.project !== undefined ? projects[template.project % Math.max(1, projects.length)] : undefined;
  const path = PROPOSAL_STATUS_PATHS[template.status];
  let at = firstStepAt(plan, template, project);
  const statusHistory = path.map((status) => {
    const step = { status, at: Math.min(at, calendar.now) };
    at += random.int(1, 3) * DAY_MS + random.int(0, 6) * HOUR_MS;
    return step;
  });
  const first = statusHistory[0]?.at ?? calendar.now;
  const last = statusHistory[statusHistory.length - 1]?.at ?? first;
  const connects = template.platform === 'upwork' ? random.int(8, 16) : 0;
  const proposal: Proposal = {
    id: ids.uuid(),
    createdAt: first - HOUR_MS,
    updatedAt: last,
    title: round === 0 ? template.title : `${template.title} (${round + 1})`,
    platform: template.platform,
    jobUrl: '',
    jobText: template.jobText,
    bid: template.bid,
    currency: template.currency,
    connectsSpent: connects,
    connectsCostMinor: connects * CONNECT_PRICE_MINOR,
    coverLetter: template.coverLetter,
    status: template.status,
    statusHistory,
  };
  if (template.estimatedHours !== undefined) proposal.estimatedHours = template.estimatedHours;
  if (template.status !== 'draft') proposal.submittedAt = first;
  if (template.status === 'won' || template.status === 'lost' || template.status === 'withdrawn') proposal.decidedAt = last;
  if (template.lostReason !== undefined) proposal.lostReason = template.lostReason;
  if (project !== undefined) {
    proposal.clientId = project.clientId;
    proposal.projectId = project.id;
    project.proposalId = proposal.id;
  } else {
    proposal.prospect = template.prospect ?? { name: template.title };
  }
  return proposal;
}

/** Proposals in every status, each with the history of how it got there; won ones linked to their project. */
export function generateDemoProposals(plan: ProposalPlan): Proposal[] {
  return Array.from({ length: plan.count }, (_, index) => {
    const { item, round } = cycled(DEMO_PROPOSALS, index);
    return buildProposal(plan, item, round);
  });
}

function subScores(random: SeededRandom, platform: Platform, rating: number): Feedback['subScores'] {
  const near = () => Math.max(10, rating - random.int(0, 3));
  if (platform === 'upwork') {
    return { skills: near(), quality: near(), availability: near(), deadlines: near(), communication: near(), cooperation: near() };
  }
  if (platform === 'toptal' || platform === 'freelancer') return { quality: near(), communication: near(), deadlines: near() };
  return {};
}

/** One review for each completed project, a few days after it ended, some with a note for the freelancer alone; NDA clients do not allow quoting. */
export function generateDemoFeedback(plan: { projects: readonly Project[]; clients: readonly Client[]; calendar: DemoCalendar; random: SeededRandom; ids: SeededRandom }): Feedback[] {
  const { calendar, random, ids } = plan;
  const clients = new Map(plan.clients.map((client) => [client.id, client]));
  const feedback: Feedback[] = [];
  for (const project of plan.projects) {
    const client = clients.get(project.clientId);
    if (project.status !== 'completed' || project.endDate === undefined || client === undefined) continue;
    const review = cycled(DEMO_REVIEWS, feedback.length).item;
    const date = calendar.notAfterToday(addDaysToKey(project.endDate, random.int(2, 9)));
    const at = calendar.middayOf(date);
    const item: Feedback = {
      id: ids.uuid(),
      createdAt: at,
      updatedAt: at,
      projectId: project.id,
      clientId: client.id,
      date,
      ratingTenths: review.ratingTenths,
      subScores: subScores(random, client.platform, review.ratingTenths),
      comment: review.comment,
      canQuote: !client.confidential,
      source: FEEDBACK_SOURCE_BY_PLATFORM[client.platform],
    };
    if (review.privateNote !== undefined) item.privateNote = review.privateNote;
    feedback.push(item);
  }
  return feedback;
}

/** Certificates earned before the demo period, some with an expiry. */
export function generateDemoCredentials(plan: { count: number; calendar: DemoCalendar; ids: SeededRandom }): Credential[] {
  const { calendar, ids } = plan;
  return Array.from({ length: plan.count }, (_, index) => {
    const { item: template, round } = cycled(DEMO_CREDENTIALS, index);
    const date = addMonthsToKey(calendar.todayKey, -(template.monthsAgo + round * 12));
    const at = calendar.middayOf(date);
    const credential: Credential = {
      id: ids.uuid(),
      createdAt: at,
      updatedAt: at,
      name: template.name,
      issuer: template.issuer,
      date,
      url: template.url,
      skills: template.skills,
    };
    if (template.validYears !== undefined) credential.expires = addMonthsToKey(date, template.validYears * 12);
    return credential;
  });
}
