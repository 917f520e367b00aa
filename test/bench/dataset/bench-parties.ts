import type { Client, Project, ProjectBilling, ProjectStatus } from '../../../src/domain/model';
import { cycled, type SeededRandom } from '../../../src/demo/seeded-random';
import type { BenchDay } from './bench-calendar';
import { CLIENT_INDUSTRIES, CLIENT_NAME_FIRST, CLIENT_NAME_SECOND, CLIENT_PROFILES, PROJECT_KINDS, PROJECT_SKILLS, type VatTreatment } from './bench-catalog';

const DAY_MS = 86_400_000;
const PAYMENT_TERMS_DAYS = [14, 30, 7] as const;

/** A client with what invoicing it needs beyond the stored record. */
export interface BenchClient {
  client: Client;
  vat: VatTreatment;
}

/** A project and the day indexes it is worked on, both inclusive. */
export interface BenchProject {
  project: Project;
  fromDay: number;
  untilDay: number;
}

function clientName(index: number): string {
  const first = CLIENT_NAME_FIRST[index % CLIENT_NAME_FIRST.length] ?? CLIENT_NAME_FIRST[0];
  const second = CLIENT_NAME_SECOND[Math.floor(index / CLIENT_NAME_FIRST.length) % CLIENT_NAME_SECOND.length] ?? CLIENT_NAME_SECOND[0];
  const round = Math.floor(index / (CLIENT_NAME_FIRST.length * CLIENT_NAME_SECOND.length));
  return round === 0 ? `${first} ${second}` : `${first} ${second} ${round + 1}`;
}

/** Clients on every billing profile in turn; every seventh is under NDA and carries a public alias. */
export function benchClients(count: number, days: readonly BenchDay[], random: SeededRandom, ids: SeededRandom): BenchClient[] {
  const historyStart = days[0]?.workStart ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const { item: profile } = cycled(CLIENT_PROFILES, index);
    const { item: industry } = cycled(CLIENT_INDUSTRIES, index);
    const name = clientName(index);
    const slug = name.toLowerCase().replaceAll(' ', '-');
    const createdAt = historyStart - random.int(5, 200) * DAY_MS;
    const client: Client = {
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      name,
      email: `accounts@${slug}.example`,
      address: `${String(10 + (index % 90))} Market Street\n${profile.country}`,
      country: profile.country,
      currency: profile.currency,
      defaultRateMinor: 6_000 + (index % 9) * 1_000,
      paymentTermsDays: PAYMENT_TERMS_DAYS[index % PAYMENT_TERMS_DAYS.length] ?? 14,
      platform: profile.platform,
      industry,
      confidential: index % 7 === 6,
      notes: '',
      tags: index % 3 === 0 ? ['retainer'] : [],
    };
    if (client.confidential) client.publicAlias = `A company in ${industry.toLowerCase()}`;
    return { client, vat: profile.vat };
  });
}

function projectBilling(index: number, client: Client, random: SeededRandom): ProjectBilling {
  if (index % 20 === 7) return { kind: 'nonBillable' };
  if (index % 5 === 3) return { kind: 'fixed', amountMinor: random.int(20, 120) * 100_000 };
  return { kind: 'hourly', rateMinor: client.defaultRateMinor ?? 8_000 };
}

function projectStatus(index: number, untilDay: number, lastDay: number): ProjectStatus {
  if (untilDay >= lastDay) return index % 9 === 4 ? 'paused' : 'active';
  return index % 17 === 5 ? 'cancelled' : 'completed';
}

/**
 * Projects starting at even intervals over the history, each worked on for a year (longer when there are few, so
 * every day has at least one project to work on), for the clients in turn.
 */
export function benchProjects(count: number, clients: readonly BenchClient[], days: readonly BenchDay[], random: SeededRandom, ids: SeededRandom): BenchProject[] {
  const dayCount = days.length;
  const activeDays = Math.min(dayCount, Math.max(365, Math.ceil((2 * dayCount) / Math.max(1, count))));
  return Array.from({ length: count }, (_, index) => {
    const owner = clients[index % Math.max(1, clients.length)];
    if (owner === undefined) throw new Error('benchProjects: projects need at least one client');
    const { client } = owner;
    const fromDay = Math.floor((index * dayCount) / count);
    const untilDay = Math.min(dayCount - 1, fromDay + activeDays - 1);
    const first = days[fromDay];
    const last = days[untilDay];
    if (first === undefined || last === undefined) throw new Error('benchProjects: the history has no days');
    const status = projectStatus(index, untilDay, dayCount - 1);
    const { item: kind, round } = cycled(PROJECT_KINDS, index);
    const { item: skills } = cycled(PROJECT_SKILLS, index);
    const billing = projectBilling(index, client, random);
    const createdAt = first.workStart - DAY_MS;
    const project: Project = {
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      clientId: client.id,
      name: round === 0 ? kind : `${kind} ${round + 1}`,
      description: `${kind} for ${client.name}.`,
      billing,
      currency: client.currency,
      startDate: first.key,
      status,
      skills: [...skills],
      portfolio: { visible: status === 'completed' && index % 3 === 0, summary: '', outcome: '', link: '', imageIds: [] },
    };
    if (billing.kind === 'fixed') project.budgetAmountMinor = billing.amountMinor;
    if (status === 'completed' || status === 'cancelled') {
      project.endDate = last.key;
      project.updatedAt = last.workEnd;
    }
    return { project, fromDay, untilDay };
  });
}

/**
 * The projects worked on each day, walked forward one day at a time. Start and end days rise with the project's
 * index, so the projects of a day are always one contiguous run of indexes.
 */
export class ActiveProjects {
  private low = 0;
  private high = -1;

  constructor(private readonly projects: readonly BenchProject[]) {}

  /** The first and last index of the projects worked on that day; days must be asked for in increasing order. */
  on(day: number): { low: number; high: number } {
    while (this.high + 1 < this.projects.length && (this.projects[this.high + 1]?.fromDay ?? Infinity) <= day) this.high += 1;
    while (this.low < this.high && (this.projects[this.low]?.untilDay ?? Infinity) < day) this.low += 1;
    return { low: this.low, high: this.high };
  }
}
