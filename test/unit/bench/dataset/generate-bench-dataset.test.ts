import { describe, expect, it } from 'vitest';
import {
  clientInputSchema,
  feedbackInputSchema,
  invoiceInputSchema,
  paymentInputSchema,
  projectInputSchema,
  proposalInputSchema,
  timeEntryInputSchema,
  type RecordMeta,
} from '../../../../src/domain/model';
import { invoiceTotals } from '../../../../src/domain/invoices/invoice-totals';
import { recomputeRollups } from '../../../../src/domain/rollups/recompute-rollups';
import { localDayKey } from '../../../../src/domain/time';
import type { BenchSizes } from '../../../bench/dataset/bench-sizes';
import { benchRecordCounts, generateBenchDataset, type BenchDataset } from '../../../bench/dataset/generate-bench-dataset';

const SMALL: BenchSizes = { years: 2, clients: 6, projects: 12, timeEntries: 3_000, invoices: 150, payments: 300, feedback: 40, proposals: 30 };
const OPTIONS = { seed: 42, sizes: SMALL, endDay: '2026-03-15', timeZone: 'Europe/Berlin' };

const dataset = generateBenchDataset(OPTIONS);

function allIds(data: BenchDataset): string[] {
  return [data.clients, data.projects, data.proposals, data.timeEntries, data.invoices, data.payments, data.feedback].flatMap((records: readonly RecordMeta[]) =>
    records.map((record) => record.id),
  );
}

describe('generateBenchDataset', () => {
  it('holds exactly the sizes asked for', () => {
    expect(benchRecordCounts(dataset)).toEqual({ clients: 6, projects: 12, proposals: 30, timeEntries: 3_000, invoices: 150, payments: 300, feedback: 40 });
  });

  it('gives the same records for the same seed, end day and zone', () => {
    expect(generateBenchDataset(OPTIONS)).toEqual(dataset);
  });

  it('gives other records for another seed', () => {
    const other = generateBenchDataset({ ...OPTIONS, seed: 43 });
    expect(other.timeEntries[0]?.id).not.toBe(dataset.timeEntries[0]?.id);
    expect(other.timeEntries.map((entry) => entry.start)).not.toEqual(dataset.timeEntries.map((entry) => entry.start));
  });

  it('gives every record a distinct id', () => {
    const ids = allIds(dataset);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores only records the app itself would accept', () => {
    const checks = [
      [clientInputSchema, dataset.clients],
      [projectInputSchema, dataset.projects],
      [proposalInputSchema, dataset.proposals],
      [timeEntryInputSchema, dataset.timeEntries],
      [invoiceInputSchema, dataset.invoices],
      [paymentInputSchema, dataset.payments],
      [feedbackInputSchema, dataset.feedback],
    ] as const;
    for (const [schema, records] of checks) {
      for (const record of records) {
        const parsed = schema.safeParse(record);
        expect(parsed.success, `${record.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      }
    }
  });

  it('dates every time entry inside the history, oldest first and never overlapping', () => {
    const first = dataset.timeEntries[0];
    const last = dataset.timeEntries.at(-1);
    expect(first === undefined ? '' : localDayKey(first.start, 'Europe/Berlin')).toBe('2024-03-14');
    expect(last === undefined ? '' : localDayKey(last.start, 'Europe/Berlin')).toBe('2026-03-14');
    for (let index = 1; index < dataset.timeEntries.length; index += 1) {
      const previous = dataset.timeEntries[index - 1];
      const entry = dataset.timeEntries[index];
      expect(previous?.end ?? Infinity).toBeLessThanOrEqual(entry?.start ?? -Infinity);
    }
  });

  it('files every entry under its project’s client', () => {
    const clientOfProject = new Map(dataset.projects.map((project) => [project.id, project.clientId]));
    for (const entry of dataset.timeEntries) expect(clientOfProject.get(entry.projectId)).toBe(entry.clientId);
  });

  it('links each invoiced entry to the invoice that lists it, and only billable ones', () => {
    const listedBy = new Map<string, string>();
    for (const invoice of dataset.invoices) for (const line of invoice.lines) for (const id of line.timeEntryIds) listedBy.set(id, invoice.id);
    const linked = dataset.timeEntries.filter((entry) => entry.invoiceId !== undefined);
    expect(linked.length).toBeGreaterThan(dataset.timeEntries.length / 2);
    expect(linked.length).toBe(listedBy.size);
    for (const entry of linked) {
      expect(listedBy.get(entry.id)).toBe(entry.invoiceId);
      expect(entry.billable).toBe(true);
    }
  });

  it('numbers invoices uniquely with totals computed from their lines', () => {
    expect(new Set(dataset.invoices.map((invoice) => invoice.number)).size).toBe(dataset.invoices.length);
    for (const invoice of dataset.invoices) expect(invoice.totals).toEqual(invoiceTotals(invoice.lines, invoice.discount, invoice.reverseCharge));
  });

  it('pays each paid invoice exactly, and leaves the last month’s invoices open', () => {
    const paidByInvoice = new Map<string, number>();
    for (const payment of dataset.payments) {
      if (payment.invoiceId !== undefined) paidByInvoice.set(payment.invoiceId, (paidByInvoice.get(payment.invoiceId) ?? 0) + payment.amountMinor);
    }
    for (const invoice of dataset.invoices) {
      expect(invoice.paidMinor).toBe(paidByInvoice.get(invoice.id) ?? 0);
      expect(invoice.status === 'paid').toBe(invoice.paidMinor === invoice.totals.grossMinor && invoice.paidMinor > 0);
      if ((invoice.issueDate ?? '') >= '2026-02-14') expect(invoice.status).not.toBe('paid');
    }
    expect(dataset.payments.filter((payment) => payment.invoiceId === undefined)).toHaveLength(15);
  });

  it('links each won proposal and its project both ways', () => {
    const won = dataset.proposals.filter((proposal) => proposal.status === 'won');
    expect(won.length).toBeGreaterThan(0);
    const projects = new Map(dataset.projects.map((project) => [project.id, project]));
    for (const proposal of won) {
      const project = projects.get(proposal.projectId ?? '');
      expect(project?.proposalId).toBe(proposal.id);
      expect(project?.clientId).toBe(proposal.clientId);
    }
  });

  it('adds up to rollups that cover every month of tracked time', () => {
    const rollups = recomputeRollups(dataset);
    const tracked = rollups.reduce((sum, rollup) => sum + rollup.trackedMs, 0);
    const expected = dataset.timeEntries.reduce((sum, entry) => sum + (entry.end ?? entry.start) - entry.start, 0);
    expect(tracked).toBe(expected);
    expect(new Set(rollups.map((rollup) => rollup.month)).size).toBe(25);
  });
});
