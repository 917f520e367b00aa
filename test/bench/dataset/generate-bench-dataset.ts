import type { Client, Feedback, Invoice, Payment, Project, Proposal, TimeEntry } from '../../../src/domain/model';
import { SeededRandom } from '../../../src/demo/seeded-random';
import { benchDays } from './bench-calendar';
import { benchInvoices } from './bench-invoices';
import { benchClients, benchProjects } from './bench-parties';
import { benchPayments } from './bench-payments';
import { benchFeedback, benchProposals } from './bench-reputation';
import type { BenchSizes } from './bench-sizes';
import { benchTimeEntries } from './bench-time-entries';

export interface BenchDatasetOptions {
  seed: number;
  sizes: BenchSizes;
  /** The day the history stops before (`YYYY-MM-DD`, local to timeZone): its last records are dated the day before. */
  endDay: string;
  /** The zone the freelancer works in: it places every working day. */
  timeZone: string;
}

/** The records of the dataset, one array per table, in the shapes the app stores. */
export interface BenchDataset {
  clients: Client[];
  projects: Project[];
  proposals: Proposal[];
  timeEntries: TimeEntry[];
  invoices: Invoice[];
  payments: Payment[];
  feedback: Feedback[];
}

export type BenchTable = keyof BenchDataset;

export const BENCH_TABLES: readonly BenchTable[] = ['clients', 'projects', 'proposals', 'timeEntries', 'invoices', 'payments', 'feedback'];

/** The mixing constant that gives the id stream a seed of its own. */
const ID_STREAM = 0x2545f491;

/**
 * A freelancer's long history with exactly the sizes asked for: the same seed, sizes, end day and zone give the same
 * records, ids included. Time entries fill every day's working hours; invoices bill them project by project and
 * link the entries they cover; payments settle the invoices older than a month; feedback and proposals are spread
 * over the projects and the years.
 */
export function generateBenchDataset(options: BenchDatasetOptions): BenchDataset {
  const { sizes, timeZone } = options;
  const random = new SeededRandom(options.seed);
  // Ids come from their own stream, so another random choice elsewhere does not change every id.
  const ids = new SeededRandom(options.seed ^ ID_STREAM);
  const days = benchDays(options.endDay, sizes.years, timeZone);

  const clients = benchClients(sizes.clients, days, random, ids);
  const projects = benchProjects(sizes.projects, clients, days, random, ids);
  const { entries, firstEntryOfDay } = benchTimeEntries({ days, projects, count: sizes.timeEntries, timeZone, random, ids });
  const invoices = benchInvoices({ days, clients, projects, entries, firstEntryOfDay, count: sizes.invoices, ids });
  const payments = benchPayments({ days, clients, projects, invoices, count: sizes.payments, random, ids });
  const reputation = { days, clients, projects, random, ids };
  const feedback = benchFeedback(reputation, sizes.feedback);
  const proposals = benchProposals(reputation, sizes.proposals);

  return {
    clients: clients.map(({ client }) => client),
    projects: projects.map(({ project }) => project),
    proposals,
    timeEntries: entries,
    invoices: invoices.map(({ invoice }) => invoice),
    payments,
    feedback,
  };
}

/** How many records each table of the dataset holds. */
export function benchRecordCounts(dataset: BenchDataset): Record<BenchTable, number> {
  return {
    clients: dataset.clients.length,
    projects: dataset.projects.length,
    proposals: dataset.proposals.length,
    timeEntries: dataset.timeEntries.length,
    invoices: dataset.invoices.length,
    payments: dataset.payments.length,
    feedback: dataset.feedback.length,
  };
}
