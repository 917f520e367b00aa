import { invoiceTotals } from '../../../src/domain/invoices/invoice-totals';
import type { Invoice, InvoiceLine, PartySnapshot, TimeEntry } from '../../../src/domain/model';
import type { SeededRandom } from '../../../src/demo/seeded-random';
import { addLocalDays } from '../../../src/domain/time';
import { evenSlot, type BenchDay } from './bench-calendar';
import { BENCH_SELLER, DOMESTIC_VAT_BASIS_POINTS } from './bench-catalog';
import { ActiveProjects, type BenchClient, type BenchProject } from './bench-parties';

const MS_PER_MILLI_HOUR = 3_600;
/** Even the smallest hourly invoice bills a quarter hour, so every invoice is worth splitting into payments. */
const MIN_QUANTITY_MILLI = 250;
const RETAINER_MINOR = 50_000;
const FIXED_INSTALMENTS = 8;

export interface BenchInvoicePlan {
  days: readonly BenchDay[];
  clients: readonly BenchClient[];
  projects: readonly BenchProject[];
  /** Oldest first; billable entries that an invoice covers get its invoiceId here. */
  entries: readonly TimeEntry[];
  firstEntryOfDay: readonly number[];
  count: number;
  ids: SeededRandom;
}

/** An invoice and the day index it was issued on. */
export interface BenchInvoice {
  invoice: Invoice;
  issueDay: number;
}

interface Pending {
  entries: TimeEntry[];
  ms: number;
}

function buyerSnapshot(client: BenchClient['client']): PartySnapshot {
  const buyer: PartySnapshot = { name: client.name, address: client.address ?? '', email: client.email ?? '', taxId: client.taxId ?? '' };
  if (client.country !== undefined) buyer.country = client.country;
  return buyer;
}

/** The project a day's invoice bills: the billable one with the most unbilled time, else the next billable in turn. */
function projectToBill(projects: readonly BenchProject[], pending: readonly Pending[], low: number, high: number, turn: number): number {
  let chosen = -1;
  for (let index = low; index <= high; index += 1) {
    const ms = pending[index]?.ms ?? 0;
    if (ms > 0 && (chosen === -1 || ms > (pending[chosen]?.ms ?? 0))) chosen = index;
  }
  if (chosen !== -1) return chosen;
  const span = high - low + 1;
  for (let step = 0; step < span; step += 1) {
    const index = low + ((turn + step) % span);
    if (projects[index]?.project.billing.kind !== 'nonBillable') return index;
  }
  return low;
}

function invoiceLine(work: BenchProject, pending: Pending, taxRateBasisPoints: number): InvoiceLine {
  const { project } = work;
  const timeEntryIds = pending.entries.map((entry) => entry.id);
  const base = { id: 'line-1', taxRateBasisPoints, projectId: project.id, timeEntryIds };
  if (project.billing.kind === 'hourly' && pending.entries.length > 0) {
    const quantityMilli = Math.max(MIN_QUANTITY_MILLI, Math.round(pending.ms / MS_PER_MILLI_HOUR));
    return { ...base, description: `${project.name}: ${String(pending.entries.length)} entries`, quantityMilli, unit: 'hour', unitPriceMinor: project.billing.rateMinor };
  }
  if (project.billing.kind === 'fixed') {
    const unitPriceMinor = Math.max(RETAINER_MINOR, Math.round(project.billing.amountMinor / FIXED_INSTALMENTS));
    return { ...base, description: `${project.name}: milestone`, quantityMilli: 1000, unit: 'item', unitPriceMinor };
  }
  return { ...base, description: `${project.name}: support retainer`, quantityMilli: 1000, unit: 'item', unitPriceMinor: RETAINER_MINOR };
}

/**
 * Invoices issued at the end of evenly spread days, each billing one project's time since its last invoice (or a
 * milestone or retainer when it has none), numbered in sequence. All start as 'sent' with nothing paid: the
 * payments decide which are paid.
 */
export function benchInvoices(plan: BenchInvoicePlan): BenchInvoice[] {
  const { days, projects, entries, firstEntryOfDay } = plan;
  const clientsById = new Map(plan.clients.map((client) => [client.client.id, client]));
  const projectIndex = new Map(projects.map((work, index) => [work.project.id, index]));
  const pending: Pending[] = projects.map(() => ({ entries: [], ms: 0 }));
  const active = new ActiveProjects(projects);
  const invoices: BenchInvoice[] = [];
  let next = 0;

  days.forEach((day, dayIndex) => {
    for (let at = firstEntryOfDay[dayIndex] ?? 0; at < (firstEntryOfDay[dayIndex + 1] ?? 0); at += 1) {
      const entry = entries[at];
      const slot = entry === undefined ? undefined : pending[projectIndex.get(entry.projectId) ?? -1];
      if (entry === undefined || slot === undefined || !entry.billable || entry.end === null) continue;
      slot.entries.push(entry);
      slot.ms += entry.end - entry.start;
    }
    const { low, high } = active.on(dayIndex);
    while (next < plan.count && evenSlot(next, plan.count, days.length) === dayIndex) {
      const chosen = projectToBill(projects, pending, low, high, next);
      const work = projects[chosen];
      const owner = work === undefined ? undefined : clientsById.get(work.project.clientId);
      const unbilled = pending[chosen];
      if (work === undefined || owner === undefined || unbilled === undefined) throw new Error(`benchInvoices: no project to bill on ${day.key}`);
      const { client } = owner;
      const line = invoiceLine(work, unbilled, owner.vat === 'domestic' ? DOMESTIC_VAT_BASIS_POINTS : 0);
      const reverseCharge = owner.vat === 'reverseCharge';
      const invoice: Invoice = {
        id: plan.ids.uuid(),
        createdAt: day.workEnd,
        updatedAt: day.workEnd,
        number: `INV-${day.key.slice(0, 4)}-${String(next + 1).padStart(5, '0')}`,
        kind: 'invoice',
        clientId: client.id,
        currency: work.project.currency,
        issueDate: day.key,
        dueDate: addLocalDays(day.key, client.paymentTermsDays),
        status: 'sent',
        lines: [line],
        reverseCharge,
        totals: invoiceTotals([line], undefined, reverseCharge),
        seller: { ...BENCH_SELLER },
        buyer: buyerSnapshot(client),
        notes: '',
        locale: 'en-GB',
        sentAt: day.workEnd,
        paidMinor: 0,
      };
      for (const entry of unbilled.entries) entry.invoiceId = invoice.id;
      pending[chosen] = { entries: [], ms: 0 };
      invoices.push({ invoice, issueDay: dayIndex });
      next += 1;
    }
  });
  return invoices;
}
