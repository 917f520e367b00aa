import { quantityMilliFromMs } from '../domain/invoices/invoice-lines';
import { buyerSnapshot, sellerSnapshot } from '../domain/invoices/party-snapshots';
import { invoiceTotals, type InvoiceDiscount } from '../domain/invoices/invoice-totals';
import type { Client, Invoice, InvoiceLine, InvoiceStatus, Payment, Platform, Project, TimeEntry } from '../domain/model';
import { localMonthKey } from '../domain/time/local-calendar';
import { roundDurationMs } from '../domain/time-tracking/rounding';
import { addDaysToKey, localInstant, nextMonthKey, type DemoCalendar } from './demo-calendar';
import type { DemoVatTreatment } from './demo-clients-catalog';
import { DEMO_BUSINESS, DEMO_EXCHANGE_RATES, DEMO_SELLER_COUNTRY } from './demo-persona';
import type { SeededRandom } from './seeded-random';

const MS_PER_HOUR = 3_600_000;
const BASE_CURRENCY = 'EUR';

/** What each marketplace withholds from the freelancer's earnings. */
const PLATFORM_FEE_RATE: Readonly<Record<Platform, number>> = { direct: 0, upwork: 0.1, fiverr: 0.2, freelancer: 0.1, toptal: 0, other: 0.05 };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const VAT_NOTES: Readonly<Record<DemoVatTreatment, string>> = {
  domestic: 'Thank you for the work together.',
  reverseCharge: 'Reverse charge: VAT is to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).',
  export: 'Not taxable in Germany: the place of supply is the recipient’s country (§ 3a (2) UStG).',
};

export interface DemoBillingClient {
  client: Client;
  vat: DemoVatTreatment;
}

export interface DemoBillingPlan {
  calendar: DemoCalendar;
  clients: readonly DemoBillingClient[];
  projects: readonly Project[];
  /** The generated entries; those invoiced get their invoiceId set here. */
  timeEntries: readonly TimeEntry[];
  invoiceCount: number;
  random: SeededRandom;
  ids: SeededRandom;
}

export interface DemoBilling {
  invoices: Invoice[];
  payments: Payment[];
  /** The sequence the next real invoice takes, after the demo's numbers. */
  nextInvoiceSequence: number;
}

interface MonthGroup {
  month: string;
  clientOrder: number;
  billing: DemoBillingClient;
  entriesByProject: Map<string, TimeEntry[]>;
}

function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

function hourlyRate(project: Project): number | undefined {
  return project.billing.kind === 'hourly' ? project.billing.rateMinor : undefined;
}

/** Billable hours of hourly projects, grouped by local month and client; `direct` picks invoiced or marketplace clients. */
function groupBillableTime(plan: DemoBillingPlan, direct: boolean): MonthGroup[] {
  const projects = new Map(plan.projects.map((project) => [project.id, project]));
  const clientOrder = new Map(plan.clients.map((billing, index) => [billing.client.id, { billing, index }]));
  const groups = new Map<string, MonthGroup>();
  for (const entry of plan.timeEntries) {
    const project = projects.get(entry.projectId);
    const client = clientOrder.get(entry.clientId);
    if (!entry.billable || entry.end === null || project === undefined || hourlyRate(project) === undefined || client === undefined) continue;
    if ((client.billing.client.platform === 'direct') !== direct) continue;
    const month = localMonthKey(entry.start, entry.timeZone);
    const key = `${month}|${client.index}`;
    const group = groups.get(key) ?? { month, clientOrder: client.index, billing: client.billing, entriesByProject: new Map<string, TimeEntry[]>() };
    const projectEntries = group.entriesByProject.get(project.id) ?? [];
    projectEntries.push(entry);
    group.entriesByProject.set(project.id, projectEntries);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.month.localeCompare(b.month) || a.clientOrder - b.clientOrder);
}

/** The hours a line bills, as the invoice builder counts them: each entry rounded by the client's rule, then summed. */
function billedQuantityMilli(entries: readonly TimeEntry[], client: Client): number {
  const rule = client.rounding ?? { mode: 'none' };
  const billedMs = entries.reduce((sum, entry) => sum + (entry.end === null ? 0 : roundDurationMs(entry.end - entry.start, rule)), 0);
  return quantityMilliFromMs(billedMs);
}

function trackedMs(entries: readonly TimeEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.end === null ? 0 : entry.end - entry.start), 0);
}

function statusByRecency(rank: number): InvoiceStatus {
  if (rank === 0) return 'issued';
  if (rank <= 2) return 'sent';
  if (rank === 3) return 'partiallyPaid';
  return 'paid';
}

function basePayment(currency: string, amountMinor: number): Pick<Payment, 'amountMinor' | 'currency' | 'baseAmountMinor' | 'baseCurrency' | 'exchangeRate'> {
  const exchangeRate = DEMO_EXCHANGE_RATES[currency] ?? 1;
  return { amountMinor, currency, baseAmountMinor: Math.round(amountMinor * exchangeRate), baseCurrency: BASE_CURRENCY, exchangeRate };
}

class DemoBillingBuilder {
  readonly invoices: Invoice[] = [];
  readonly payments: Payment[] = [];
  private readonly projects: Map<string, Project>;

  constructor(private readonly plan: DemoBillingPlan) {
    this.projects = new Map(plan.projects.map((project) => [project.id, project]));
  }

  private lines(group: MonthGroup): InvoiceLine[] {
    const lines: InvoiceLine[] = [];
    for (const [projectId, entries] of group.entriesByProject) {
      const project = this.projects.get(projectId);
      const rate = project === undefined ? undefined : hourlyRate(project);
      if (project === undefined || rate === undefined) continue;
      lines.push({
        id: this.plan.ids.uuid(),
        description: `${project.name}: ${monthLabel(group.month)}`,
        quantityMilli: billedQuantityMilli(entries, group.billing.client),
        unit: 'hour',
        unitPriceMinor: rate,
        taxRateBasisPoints: group.billing.vat === 'domestic' ? 1900 : 0,
        projectId,
        timeEntryIds: entries.map((entry) => entry.id),
      });
    }
    return lines;
  }

  /** One invoice for a client's month of hours; entries on it are linked by invoiceId. */
  addInvoice(group: MonthGroup, issue: { status: InvoiceStatus; number?: string; issueDate?: string; discount?: InvoiceDiscount }): Invoice {
    const { calendar } = this.plan;
    const { client, vat } = group.billing;
    const lines = this.lines(group);
    const reverseCharge = vat === 'reverseCharge';
    const totals = invoiceTotals(lines, issue.discount, reverseCharge);
    const createdAt = issue.issueDate === undefined ? calendar.now : Math.min(localInstant(issue.issueDate, 9, 30, calendar.timeZone), calendar.now);
    const invoice: Invoice = {
      id: this.plan.ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      kind: 'invoice',
      clientId: client.id,
      currency: client.currency,
      status: issue.status,
      lines,
      reverseCharge,
      totals,
      notes: VAT_NOTES[vat],
      paidMinor: 0,
    };
    // Like a real draft, the demo's takes the business and client as they are when it is issued, not now.
    if (issue.status !== 'draft') {
      invoice.seller = { ...sellerSnapshot(DEMO_BUSINESS), country: DEMO_SELLER_COUNTRY };
      invoice.buyer = buyerSnapshot(client);
      invoice.paymentInstructions = DEMO_BUSINESS.paymentInstructions;
      invoice.locale = 'en-GB';
    }
    if (issue.number !== undefined) invoice.number = issue.number;
    if (issue.discount !== undefined) invoice.discount = issue.discount;
    if (issue.issueDate !== undefined) {
      invoice.issueDate = issue.issueDate;
      invoice.dueDate = addDaysToKey(issue.issueDate, client.paymentTermsDays);
      if (issue.status !== 'issued') invoice.sentAt = Math.min(localInstant(issue.issueDate, 10, 0, calendar.timeZone), calendar.now);
    }
    for (const entries of group.entriesByProject.values()) for (const entry of entries) entry.invoiceId = invoice.id;
    this.invoices.push(invoice);
    return invoice;
  }

  addPayment(fields: Pick<Payment, 'clientId' | 'date' | 'method'> & Partial<Pick<Payment, 'invoiceId' | 'projectId' | 'reference'>>, currency: string, amountMinor: number, feeRate: number): void {
    if (amountMinor <= 0) return;
    const at = this.plan.calendar.middayOf(fields.date);
    const payment: Payment = {
      id: this.plan.ids.uuid(),
      createdAt: at,
      updatedAt: at,
      ...fields,
      ...basePayment(currency, amountMinor),
      feeMinor: Math.round(amountMinor * feeRate),
      source: 'demo',
    };
    this.payments.push(payment);
  }

  /** The money an invoice has received so far: all of it when paid, about 40 % when partly paid. */
  payInvoice(invoice: Invoice): void {
    if (invoice.issueDate === undefined || (invoice.status !== 'paid' && invoice.status !== 'partiallyPaid')) return;
    const gross = invoice.totals.grossMinor;
    const paid = invoice.status === 'paid' ? gross : Math.max(1, Math.round((gross * 0.4) / 100) * 100);
    const date = this.plan.calendar.notAfterToday(addDaysToKey(invoice.issueDate, this.plan.random.int(6, 20)));
    invoice.paidMinor = paid;
    invoice.updatedAt = Math.max(invoice.updatedAt, this.plan.calendar.middayOf(date));
    this.addPayment({ clientId: invoice.clientId, invoiceId: invoice.id, date, method: 'bank', reference: invoice.number }, invoice.currency, paid, 0);
  }
}

/**
 * Invoices for direct clients' hourly work (older months paid, newer ones sent or issued, the latest a draft),
 * marketplace earnings paid out monthly without an invoice and minus the platform fee, and fixed-price
 * milestones paid on delivery.
 */
export function generateDemoBilling(plan: DemoBillingPlan): DemoBilling {
  const builder = new DemoBillingBuilder(plan);
  const { calendar } = plan;
  const currentMonth = calendar.todayKey.slice(0, 7);

  const directGroups = groupBillableTime(plan, true);
  const complete = directGroups.filter((group) => group.month < currentMonth);
  const draftGroup = plan.invoiceCount > 0 ? (directGroups.find((group) => group.month === currentMonth) ?? complete.pop()) : undefined;
  const issuedGroups = plan.invoiceCount > 1 ? complete.slice(-(plan.invoiceCount - 1)) : [];
  issuedGroups.forEach((group, index) => {
    const issueDate = `${nextMonthKey(group.month)}-01`;
    const sequence = index + 1;
    const invoice = builder.addInvoice(group, {
      status: statusByRecency(issuedGroups.length - 1 - index),
      number: `${issueDate.slice(0, 4)}-${String(sequence).padStart(4, '0')}`,
      issueDate,
      discount: index === 0 ? { kind: 'percent', basisPoints: 500 } : undefined,
    });
    builder.payInvoice(invoice);
  });
  if (draftGroup !== undefined) builder.addInvoice(draftGroup, { status: 'draft' });

  const projectsById = new Map(plan.projects.map((project) => [project.id, project]));
  for (const group of groupBillableTime(plan, false)) {
    const payoutDate = addDaysToKey(`${nextMonthKey(group.month)}-01`, 2);
    if (group.month >= currentMonth || payoutDate > calendar.todayKey) continue;
    const { client } = group.billing;
    for (const [projectId, entries] of group.entriesByProject) {
      const project = projectsById.get(projectId);
      const rate = project === undefined ? undefined : hourlyRate(project);
      if (rate === undefined) continue;
      const earned = Math.round((trackedMs(entries) * rate) / MS_PER_HOUR);
      const reference = `${monthLabel(group.month)} hourly earnings`;
      builder.addPayment({ clientId: client.id, projectId, date: payoutDate, method: 'platform', reference }, client.currency, earned, PLATFORM_FEE_RATE[client.platform]);
    }
  }

  const clientsById = new Map(plan.clients.map(({ client }) => [client.id, client]));
  for (const project of plan.projects) {
    const client = clientsById.get(project.clientId);
    if (project.billing.kind !== 'fixed' || client === undefined) continue;
    const amount = project.billing.amountMinor;
    const onPlatform = client.platform !== 'direct';
    const payment = (date: string, share: number, reference: string) =>
      builder.addPayment(
        { clientId: client.id, projectId: project.id, date: calendar.notAfterToday(date), method: onPlatform ? 'platform' : 'bank', reference },
        project.currency,
        Math.round(amount * share),
        PLATFORM_FEE_RATE[client.platform],
      );
    if (project.status === 'completed' && project.endDate !== undefined) payment(addDaysToKey(project.endDate, 3), 1, 'Final milestone');
    else if (project.status === 'cancelled' && project.endDate !== undefined) payment(addDaysToKey(project.endDate, 3), 0.3, 'Discovery phase');
    else {
      const firstMilestone = addDaysToKey(project.startDate, 14);
      if (firstMilestone <= calendar.todayKey) payment(firstMilestone, 0.5, 'First milestone (50 %)');
    }
  }

  return { invoices: builder.invoices, payments: builder.payments, nextInvoiceSequence: issuedGroups.length + 1 };
}
