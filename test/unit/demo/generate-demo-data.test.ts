import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '../../../src/demo/generate-demo-data';
import { formatQuantity } from '../../../src/domain/invoices/document-format';
import { quantityMilliFromMs } from '../../../src/domain/invoices/invoice-lines';
import { invoiceTotals } from '../../../src/domain/invoices/invoice-totals';
import { roundDurationMs } from '../../../src/domain/time-tracking/rounding';
import {
  clientInputSchema,
  credentialInputSchema,
  FEEDBACK_SOURCES,
  feedbackInputSchema,
  invoiceInputSchema,
  paymentInputSchema,
  projectInputSchema,
  proposalInputSchema,
  proposalStatusSchema,
  timeEntryInputSchema,
  type TimeEntry,
} from '../../../src/domain/model';
import { localDayKey } from '../../../src/domain/time/local-calendar';
import { TZDate } from '@date-fns/tz';

const NOW = Date.UTC(2026, 2, 18, 15, 42);
const ZONE = 'Europe/Berlin';
const demo = generateDemoData({ seed: 2024, now: NOW, timeZone: ZONE });
const today = localDayKey(NOW, ZONE);

function expectNoOverlap(entries: readonly TimeEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && previous.end !== null) expect(entry.start).toBeGreaterThanOrEqual(previous.end);
  });
}

describe('generateDemoData', () => {
  it('is deterministic for a seed, and another seed gives other records', () => {
    expect(generateDemoData({ seed: 2024, now: NOW, timeZone: ZONE })).toEqual(demo);
    const other = generateDemoData({ seed: 2025, now: NOW, timeZone: ZONE });
    expect(other.clients.map((c) => c.id)).not.toEqual(demo.clients.map((c) => c.id));
    expect(other.clients.map((c) => c.name)).toEqual(demo.clients.map((c) => c.name));
  });

  it('produces records that pass the model schemas, with unique ids', () => {
    const checks: [keyof DemoDataset, { safeParse: (value: unknown) => { success: boolean } }][] = [
      ['clients', clientInputSchema],
      ['projects', projectInputSchema],
      ['proposals', proposalInputSchema],
      ['timeEntries', timeEntryInputSchema],
      ['invoices', invoiceInputSchema],
      ['payments', paymentInputSchema],
      ['feedback', feedbackInputSchema],
      ['credentials', credentialInputSchema],
    ];
    const ids = new Set<string>();
    let count = 0;
    for (const [table, schema] of checks) {
      const records = demo[table];
      if (!Array.isArray(records)) throw new Error(`${table} is a list`);
      for (const record of records) {
        expect(schema.safeParse(record).success, `${table} ${JSON.stringify(record)}`).toBe(true);
        ids.add(record.id);
        count++;
      }
    }
    expect(ids.size).toBe(count);
  });

  it('has 8 clients across direct work and three platforms, two under NDA, mostly EUR and USD with one GBP', () => {
    expect(demo.clients).toHaveLength(8);
    const [first] = demo.clients;
    expect(first).toMatchObject({ name: 'Northwind Analytics', platform: 'direct', currency: 'EUR', confidential: false });
    const platforms = new Set(demo.clients.map((c) => c.platform));
    expect(platforms).toEqual(new Set(['direct', 'upwork', 'toptal', 'freelancer']));
    const confidential = demo.clients.filter((c) => c.confidential);
    expect(confidential).toHaveLength(2);
    expect(confidential.every((c) => (c.publicAlias ?? '').length > 0)).toBe(true);
    expect(demo.clients.find((c) => c.name === 'Helix Biotech GmbH')?.publicAlias).toBe('A European biotech company');
    expect(demo.clients.filter((c) => c.currency === 'GBP')).toHaveLength(1);
    expect(demo.clients.every((c) => ['EUR', 'USD', 'GBP'].includes(c.currency))).toBe(true);
  });

  it('has 20 hourly and fixed projects worked on, one called off before any work, with skills, and portfolio summaries on the visible ones', () => {
    expect(demo.projects).toHaveLength(21);
    const kinds = new Set(demo.projects.map((p) => p.billing.kind));
    expect(kinds.has('hourly') && kinds.has('fixed')).toBe(true);
    expect(demo.projects.every((p) => p.skills.length > 0)).toBe(true);
    const visible = demo.projects.filter((p) => p.portfolio.visible);
    expect(visible.length).toBeGreaterThanOrEqual(8);
    expect(visible.every((p) => p.portfolio.summary.length > 0 && p.status === 'completed')).toBe(true);
    const clientIds = new Set(demo.clients.map((c) => c.id));
    expect(demo.projects.every((p) => clientIds.has(p.clientId) && p.startDate <= today && (p.endDate ?? today) <= today)).toBe(true);
  });

  it('has proposals in every status, each history ending in its status, won ones linked both ways', () => {
    expect(new Set(demo.proposals.map((p) => p.status))).toEqual(new Set(proposalStatusSchema.options));
    for (const proposal of demo.proposals) {
      expect(proposal.statusHistory.at(-1)?.status).toBe(proposal.status);
      expect(proposal.statusHistory.every((step) => step.at <= NOW)).toBe(true);
    }
    const won = demo.proposals.filter((p) => p.status === 'won');
    expect(won.length).toBeGreaterThan(0);
    for (const proposal of won) {
      const project = demo.projects.find((p) => p.id === proposal.projectId);
      expect(project?.proposalId).toBe(proposal.id);
      expect(project?.clientId).toBe(proposal.clientId);
    }
  });

  it('tracks six months of stopped, non-overlapping weekday time between 09:00 and 18:00, some of it unbilled', () => {
    const entries = demo.timeEntries;
    expect(entries.length).toBeGreaterThan(250);
    expect(entries.every((e) => e.end !== null && e.end > e.start && e.end <= NOW && e.running === undefined)).toBe(true);
    expectNoOverlap(entries);
    for (const entry of entries) {
      const start = new TZDate(entry.start, ZONE);
      const end = new TZDate(entry.end ?? entry.start, ZONE);
      expect(start.getDay()).not.toBe(0);
      expect(start.getDay()).not.toBe(6);
      expect(start.getHours()).toBeGreaterThanOrEqual(9);
      expect(end.getHours() * 60 + end.getMinutes()).toBeLessThanOrEqual(18 * 60);
    }
    const firstDay = localDayKey(Math.min(...entries.map((e) => e.start)), ZONE);
    expect(firstDay >= '2025-09-18').toBe(true);
    expect(firstDay <= '2025-09-25').toBe(true);
    const unbilled = entries.filter((e) => !e.billable).length;
    expect(unbilled).toBeGreaterThan(0);
    expect(unbilled).toBeLessThan(entries.length / 4);
    expect(new Set(entries.map((e) => e.description)).size).toBeGreaterThan(20);
  });

  it('has 10 invoices with totals that recompute, every status, one draft, and linked time entries', () => {
    expect(demo.invoices).toHaveLength(10);
    expect(new Set(demo.invoices.map((i) => i.status))).toEqual(new Set(['issued', 'sent', 'paid', 'partiallyPaid', 'draft']));
    expect(demo.invoices.filter((i) => i.status === 'draft')).toHaveLength(1);
    const entriesById = new Map(demo.timeEntries.map((e) => [e.id, e]));
    for (const invoice of demo.invoices) {
      expect(invoice.totals).toEqual(invoiceTotals(invoice.lines, invoice.discount, invoice.reverseCharge));
      expect(invoice.totals.grossMinor).toBeGreaterThan(0);
      const linked = invoice.lines.flatMap((line) => line.timeEntryIds);
      expect(linked.length).toBeGreaterThan(0);
      for (const id of linked) expect(entriesById.get(id)?.invoiceId).toBe(invoice.id);
      const paid = demo.payments.filter((p) => p.invoiceId === invoice.id).reduce((sum, p) => sum + p.amountMinor, 0);
      expect(invoice.paidMinor).toBe(paid);
      if (invoice.status === 'paid') expect(paid).toBe(invoice.totals.grossMinor);
      if (invoice.status === 'partiallyPaid') expect(paid).toBeLessThan(invoice.totals.grossMinor);
    }
    const linkedIds = new Set(demo.invoices.flatMap((i) => i.lines.flatMap((line) => line.timeEntryIds)));
    expect(demo.timeEntries.filter((e) => e.invoiceId !== undefined).every((e) => linkedIds.has(e.id))).toBe(true);
    const numbers = demo.invoices.flatMap((i) => (i.number === undefined ? [] : [i.number]));
    expect(numbers).toEqual(numbers.map((_, index) => expect.stringMatching(new RegExp(`^\\d{4}-${String(index + 1).padStart(4, '0')}$`))));
    expect(demo.nextInvoiceSequence).toBe(numbers.length + 1);
    expect(demo.invoices.every((i) => (i.issueDate ?? today) <= today)).toBe(true);
  });

  it('bills hours as the invoice builder does: each entry rounded by the client’s rule, so no line needs a third decimal', () => {
    const entriesById = new Map(demo.timeEntries.map((e) => [e.id, e]));
    const clientsById = new Map(demo.clients.map((c) => [c.id, c]));
    const hourLines = demo.invoices.flatMap((invoice) => invoice.lines.map((line) => ({ line, rule: clientsById.get(invoice.clientId)?.rounding ?? { mode: 'none' as const } })));
    expect(hourLines.length).toBeGreaterThan(0);
    for (const { line, rule } of hourLines) {
      const billedMs = line.timeEntryIds.reduce((sum, id) => {
        const entry = entriesById.get(id);
        return sum + (entry === undefined || entry.end === null ? 0 : roundDurationMs(entry.end - entry.start, rule));
      }, 0);
      expect(line.quantityMilli).toBe(quantityMilliFromMs(billedMs));
      expect(formatQuantity(line.quantityMilli, line.unit, 'en-GB')).toMatch(/^\d+\.\d\d hours$/);
    }
  });

  it('pays marketplace work without invoices, minus the platform fee', () => {
    const clientsById = new Map(demo.clients.map((c) => [c.id, c]));
    const marketplace = demo.payments.filter((p) => p.invoiceId === undefined && clientsById.get(p.clientId)?.platform !== 'direct');
    expect(marketplace.length).toBeGreaterThan(0);
    const upwork = marketplace.filter((p) => clientsById.get(p.clientId)?.platform === 'upwork');
    expect(upwork.length).toBeGreaterThan(0);
    for (const payment of upwork) expect(payment.feeMinor).toBe(Math.round(payment.amountMinor * 0.1));
    expect(demo.payments.every((p) => p.date <= today)).toBe(true);
  });

  it('has feedback only on completed projects, and three credentials', () => {
    const completed = new Set(demo.projects.filter((p) => p.status === 'completed').map((p) => p.id));
    expect(demo.feedback.length).toBe(completed.size);
    expect(demo.feedback.every((f) => completed.has(f.projectId) && f.comment.length > 0 && f.date <= today)).toBe(true);
    const confidential = new Set(demo.clients.filter((c) => c.confidential).map((c) => c.id));
    expect(demo.feedback.filter((f) => confidential.has(f.clientId)).every((f) => !f.canQuote)).toBe(true);
    expect(demo.credentials).toHaveLength(3);
  });

  it('says why every finished project ended: completed ones as completed, one cancelled by me, one by the client before any work', () => {
    const finished = demo.projects.filter((p) => p.status === 'completed' || p.status === 'cancelled');
    expect(demo.projects.filter((p) => !finished.includes(p)).every((p) => p.endReason === undefined)).toBe(true);
    expect(finished.filter((p) => p.status === 'completed').every((p) => p.endReason === 'completed')).toBe(true);
    const cancelled = demo.projects.filter((p) => p.status === 'cancelled');
    expect(cancelled.map((p) => p.endReason).sort()).toEqual(['cancelledByClientBeforeWork', 'endedByMe']);
    const beforeWork = cancelled.find((p) => p.endReason === 'cancelledByClientBeforeWork')?.id;
    expect(demo.timeEntries.some((e) => e.projectId === beforeWork)).toBe(false);
    expect(demo.payments.some((p) => p.projectId === beforeWork)).toBe(false);
  });

  it('keeps a private note on a few reviews, and takes each review’s source from where its client works', () => {
    const noted = demo.feedback.filter((f) => f.privateNote !== undefined);
    expect(noted.length).toBeGreaterThanOrEqual(2);
    expect(noted.length).toBeLessThan(demo.feedback.length);
    expect(demo.feedback.every((f) => FEEDBACK_SOURCES.some((source) => source === f.source))).toBe(true);
    expect(new Set(demo.feedback.map((f) => f.source))).toEqual(new Set(['email', 'upwork', 'other']));
  });

  it('produces exactly the asked number of entries over a longer period, still without overlaps', () => {
    const large = generateDemoData({ seed: 3, now: NOW, timeZone: 'America/New_York', sizes: { months: 24, timeEntries: 5000, clients: 12, projects: 30 } });
    expect(large.timeEntries).toHaveLength(5000);
    expect(large.clients).toHaveLength(12);
    expect(large.projects).toHaveLength(31);
    expectNoOverlap(large.timeEntries);
    expect(new Set(large.timeEntries.map((e) => e.id)).size).toBe(5000);
  });
});
