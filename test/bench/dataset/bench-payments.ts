import type { Client, Payment } from '../../../src/domain/model';
import type { SeededRandom } from '../../../src/demo/seeded-random';
import { evenShare, evenSlot, type BenchDay } from './bench-calendar';
import { EXCHANGE_RATES, PLATFORM_FEE_RATE } from './bench-catalog';
import type { BenchInvoice } from './bench-invoices';
import { ActiveProjects, type BenchClient, type BenchProject } from './bench-parties';

const BASE_CURRENCY = 'EUR';
/** Invoices issued in the last month of the history are still open; the last three days' are not even sent. */
const OPEN_INVOICE_DAYS = 30;
const UNSENT_INVOICE_DAYS = 3;
/** One payment in twenty is not for an invoice: marketplace earnings paid straight into the account. */
const STANDALONE_SHARE = 20;

export interface BenchPaymentPlan {
  days: readonly BenchDay[];
  clients: readonly BenchClient[];
  projects: readonly BenchProject[];
  /** Their status and paidMinor are settled here. */
  invoices: readonly BenchInvoice[];
  count: number;
  random: SeededRandom;
  ids: SeededRandom;
}

type PaymentAmounts = Pick<Payment, 'amountMinor' | 'feeMinor' | 'currency' | 'baseAmountMinor' | 'baseCurrency' | 'exchangeRate' | 'method'>;

function amounts(client: Client, currency: string, amountMinor: number): PaymentAmounts {
  const exchangeRate = EXCHANGE_RATES[currency] ?? 1;
  return {
    amountMinor,
    feeMinor: Math.round(amountMinor * PLATFORM_FEE_RATE[client.platform]),
    currency,
    baseAmountMinor: Math.round(amountMinor * exchangeRate),
    baseCurrency: BASE_CURRENCY,
    exchangeRate,
    method: client.platform === 'direct' ? 'bank' : 'platform',
  };
}

/** Part `part` of `parts` of an amount, so the parts add up to it exactly. */
function instalment(totalMinor: number, part: number, parts: number): number {
  return Math.floor((totalMinor * (part + 1)) / parts) - Math.floor((totalMinor * part) / parts);
}

/**
 * Exactly `count` payments: a twentieth straight from marketplaces, the rest spread evenly over the invoices older
 * than a month, each paid in full in one or more instalments. An older invoice left without a payment stays 'sent'
 * (so it shows as overdue); the last month's invoices are open.
 */
export function benchPayments(plan: BenchPaymentPlan): Payment[] {
  const { days, random, ids } = plan;
  const lastDay = days.length - 1;
  const clientsById = new Map(plan.clients.map(({ client }) => [client.id, client]));
  const payable = plan.invoices.filter(({ issueDay }) => issueDay < days.length - OPEN_INVOICE_DAYS);
  const standaloneCount = payable.length === 0 ? plan.count : Math.floor(plan.count / STANDALONE_SHARE);
  const linkedCount = plan.count - standaloneCount;
  const payments: Payment[] = [];

  for (const { invoice, issueDay } of plan.invoices) {
    if (issueDay >= days.length - UNSENT_INVOICE_DAYS) {
      invoice.status = 'issued';
      delete invoice.sentAt;
    }
  }

  payable.forEach(({ invoice, issueDay }, payableIndex) => {
    const parts = evenShare(linkedCount, payable.length, payableIndex);
    const client = clientsById.get(invoice.clientId);
    if (parts === 0 || client === undefined) return;
    const gross = invoice.totals.grossMinor;
    const projectId = invoice.lines[0]?.projectId;
    for (let part = 0; part < parts; part += 1) {
      const payDay = Math.min(lastDay, issueDay + 2 + Math.floor((client.paymentTermsDays * (part + 1)) / parts) + random.int(0, 3));
      const day = days[payDay];
      if (day === undefined) throw new Error(`benchPayments: no day ${String(payDay)} in the history`);
      const payment: Payment = {
        id: ids.uuid(),
        createdAt: day.workEnd,
        updatedAt: day.workEnd,
        clientId: client.id,
        invoiceId: invoice.id,
        date: day.key,
        ...amounts(client, invoice.currency, instalment(gross, part, parts)),
        source: 'manual',
        reference: invoice.number ?? '',
      };
      if (projectId !== undefined) payment.projectId = projectId;
      payments.push(payment);
    }
    invoice.status = 'paid';
    invoice.paidMinor = gross;
  });

  const active = new ActiveProjects(plan.projects);
  for (let index = 0; index < standaloneCount; index += 1) {
    const dayIndex = evenSlot(index, standaloneCount, days.length);
    const day = days[dayIndex];
    const { low, high } = active.on(dayIndex);
    const project = plan.projects[low + random.int(0, high - low)]?.project;
    const client = project === undefined ? undefined : clientsById.get(project.clientId);
    if (day === undefined || project === undefined || client === undefined) throw new Error(`benchPayments: no project to be paid for on day ${String(dayIndex)}`);
    payments.push({
      id: ids.uuid(),
      createdAt: day.workEnd,
      updatedAt: day.workEnd,
      clientId: client.id,
      projectId: project.id,
      date: day.key,
      ...amounts(client, project.currency, random.int(50, 2_000) * 100),
      source: 'manual',
    });
  }
  return payments;
}
