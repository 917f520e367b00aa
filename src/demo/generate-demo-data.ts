import type { Client, Project } from '../domain/model';
import { generateDemoBilling } from './demo-billing';
import { DemoCalendar, localInstant } from './demo-calendar';
import { DEMO_CLIENTS } from './demo-clients-catalog';
import { DEMO_DIRECT_ROUNDING } from './demo-persona';
import { generateDemoCredentials, generateDemoFeedback, generateDemoProposals } from './demo-reputation';
import { DEMO_ABANDONED_PROJECTS, DEMO_PROJECTS, type DemoProjectTemplate } from './demo-projects-catalog';
import { DEMO_TASKS } from './demo-tasks-catalog';
import { generateDemoTimeEntries, type DemoWorkProject } from './demo-time-entries';
import { cycled, SeededRandom } from './seeded-random';
import type { DemoDataset } from '../db/repositories/demo-data';

export type { DemoDataset };

const DAY_MS = 86_400_000;

export interface DemoSizes {
  clients: number;
  projects: number;
  /** How far back the history reaches from `now`. */
  months: number;
  /** Exactly this many time entries; undefined: a believable 1–5 per work day. */
  timeEntries?: number;
  proposals: number;
  invoices: number;
  credentials: number;
}

export const DEFAULT_DEMO_SIZES: DemoSizes = { clients: 8, projects: 20, months: 6, proposals: 14, invoices: 10, credentials: 3 };

export interface DemoOptions {
  seed: number;
  /** The end of the history; nothing is dated later. */
  now: number;
  /** The zone the freelancer works in: it places the 09:00–18:00 days. */
  timeZone: string;
  sizes?: Partial<DemoSizes>;
}

function withRound(name: string, round: number): string {
  return round === 0 ? name : `${name} ${round + 1}`;
}

function buildClients(count: number, calendar: DemoCalendar, random: SeededRandom, ids: SeededRandom) {
  return Array.from({ length: count }, (_, index) => {
    const { item: template, round } = cycled(DEMO_CLIENTS, index);
    const firstDay = calendar.days[0]?.workStart ?? calendar.now;
    const createdAt = firstDay - random.int(20, 400) * DAY_MS;
    const client: Client = {
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      name: withRound(template.name, round),
      email: template.email,
      address: template.address,
      country: template.country,
      currency: template.currency,
      defaultRateMinor: template.defaultRateMinor,
      paymentTermsDays: template.paymentTermsDays,
      platform: template.platform,
      industry: template.industry,
      confidential: template.publicAlias !== undefined,
      notes: template.notes,
      tags: template.tags,
    };
    if (template.company !== undefined) client.company = withRound(template.company, round);
    if (template.taxId !== undefined) client.taxId = template.taxId;
    if (template.publicAlias !== undefined) client.publicAlias = template.publicAlias;
    if (template.platform === 'direct') client.rounding = DEMO_DIRECT_ROUNDING;
    return { client, vat: template.vat };
  });
}

function buildProject(template: DemoProjectTemplate, round: number, clients: readonly Client[], firstClient: Client, calendar: DemoCalendar, ids: SeededRandom): DemoWorkProject {
  const client = clients[(template.client + round * DEMO_CLIENTS.length) % clients.length] ?? firstClient;
  const fromDay = calendar.dayIndexAt(template.from);
  const untilDay = template.until === null ? calendar.days.length - 1 : calendar.dayIndexAt(template.until);
  const startDate = calendar.dateKeyAt(fromDay);
  const createdAt = Math.min(localInstant(startDate, 8, 0, calendar.timeZone) - DAY_MS, calendar.now);
  const rate = client.defaultRateMinor ?? 0;
  const project: Project = {
    id: ids.uuid(),
    createdAt,
    updatedAt: createdAt,
    clientId: client.id,
    name: withRound(template.name, round),
    description: template.description,
    billing:
      template.billing.kind === 'hourly'
        ? { kind: 'hourly', rateMinor: rate }
        : template.billing.kind === 'fixed'
          ? { kind: 'fixed', amountMinor: template.billing.amountMinor }
          : { kind: 'nonBillable' },
    currency: client.currency,
    startDate,
    status: template.status,
    skills: template.skills,
    portfolio: {
      visible: template.status === 'completed' && template.summary !== '',
      summary: template.summary,
      outcome: template.outcome,
      link: template.link ?? '',
      imageIds: [],
    },
  };
  if (template.budgetHours !== undefined) project.budgetHours = template.budgetHours;
  if (template.billing.kind === 'fixed') project.budgetAmountMinor = template.billing.amountMinor;
  if (template.status === 'completed' || template.status === 'cancelled') {
    project.endDate = calendar.dateKeyAt(untilDay);
    const endReason = template.endReason ?? (template.status === 'completed' ? 'completed' : undefined);
    if (endReason !== undefined) project.endReason = endReason;
    project.updatedAt = Math.max(createdAt, Math.min(localInstant(project.endDate, 18, 0, calendar.timeZone), calendar.now));
  }
  return { project, fromDay, untilDay, weight: template.weight, tasks: DEMO_TASKS[template.tasks] };
}

function buildProjects(count: number, clients: readonly Client[], calendar: DemoCalendar, ids: SeededRandom): DemoWorkProject[] {
  const [firstClient] = clients;
  if (firstClient === undefined) return [];
  return Array.from({ length: count }, (_, index) => {
    const { item: template, round } = cycled(DEMO_PROJECTS, index);
    return buildProject(template, round, clients, firstClient, calendar, ids);
  });
}

/** The contracts called off before any work: no time, invoices, payments or feedback hang off them. */
function buildAbandonedProjects(clients: readonly Client[], calendar: DemoCalendar, ids: SeededRandom): Project[] {
  const [firstClient] = clients;
  if (firstClient === undefined) return [];
  return DEMO_ABANDONED_PROJECTS.map((template) => buildProject(template, 0, clients, firstClient, calendar, ids).project);
}

/**
 * A believable freelancer's history, the same for the same seed, `now` and zone: clients on several platforms
 * (two under NDA), projects, proposals in every status, months of tracked time, invoices with their entries
 * linked, payments with platform fees, feedback on finished work and a few credentials. Linear in its sizes.
 */
export function generateDemoData(options: DemoOptions): DemoDataset {
  const sizes: DemoSizes = { ...DEFAULT_DEMO_SIZES, ...options.sizes };
  const random = new SeededRandom(options.seed);
  // Ids come from their own stream, so adding a random choice elsewhere does not renumber every record.
  const ids = new SeededRandom(options.seed ^ 0x5bd1e995);
  const calendar = new DemoCalendar(options.now, Math.max(1, sizes.months), options.timeZone);

  const billingClients = buildClients(sizes.clients, calendar, random, ids);
  const clients = billingClients.map(({ client }) => client);
  const work = buildProjects(sizes.projects, clients, calendar, ids);
  const projects = work.map(({ project }) => project);
  const timeEntries = [...generateDemoTimeEntries({ calendar, projects: work, random, ids, target: sizes.timeEntries })];
  const billing = generateDemoBilling({ calendar, clients: billingClients, projects, timeEntries, invoiceCount: sizes.invoices, random, ids });
  const proposals = generateDemoProposals({ count: sizes.proposals, projects, calendar, random, ids });
  const feedback = generateDemoFeedback({ projects, clients, calendar, random, ids });
  const credentials = generateDemoCredentials({ count: sizes.credentials, calendar, ids });
  const abandoned = buildAbandonedProjects(clients, calendar, ids);

  return {
    clients,
    projects: [...projects, ...abandoned],
    proposals,
    timeEntries,
    invoices: billing.invoices,
    payments: billing.payments,
    feedback,
    credentials,
    nextInvoiceSequence: billing.nextInvoiceSequence,
  };
}
