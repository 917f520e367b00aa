import { describe, expect, it } from 'vitest';
import type { Invoice, InvoiceLine, TimeEntry } from '../../../../src/domain/model';
import { projectInvoicedNetMinor, projectUsage, summarizeProjectTime } from '../../../../src/domain/projects/project-usage';

const HOUR = 3_600_000;

function entry(id: string, projectId: string, hours: number, overrides: Partial<TimeEntry> = {}): TimeEntry {
  return { id, createdAt: 0, updatedAt: 0, projectId, clientId: 'c', start: 0, end: hours * HOUR, timeZone: 'UTC', description: '', billable: true, tags: [], source: 'manual', ...overrides };
}

function line(projectId: string | undefined, quantityMilli: number, unitPriceMinor: number): InvoiceLine {
  return { id: `${projectId ?? 'none'}-${quantityMilli}`, description: 'Work', quantityMilli, unit: 'hour', unitPriceMinor, taxRateBasisPoints: 1900, projectId, timeEntryIds: [] };
}

function invoice(id: string, lines: InvoiceLine[], overrides: Partial<Invoice> = {}): Invoice {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    kind: 'invoice',
    clientId: 'c',
    currency: 'EUR',
    status: 'issued',
    issueDate: '2026-03-01',
    lines,
    reverseCharge: false,
    totals: { netMinor: 0, taxMinor: 0, grossMinor: 0, taxGroups: [] },
    notes: '',
    paidMinor: 0,
    ...overrides,
  };
}

describe('summarizeProjectTime', () => {
  it('adds stopped, live entries and splits out the billable part', () => {
    expect(
      summarizeProjectTime([entry('a', 'p', 2), entry('b', 'p', 1.5, { billable: false }), entry('c', 'p', 0, { end: null }), entry('d', 'p', 4, { deletedAt: 1 })]),
    ).toEqual({ trackedMs: 3.5 * HOUR, billableMs: 2 * HOUR });
  });
});

describe('projectInvoicedNetMinor', () => {
  it('sums the net of the project’s lines on issued invoices, credit notes subtracting', () => {
    const invoices = [
      invoice('i1', [line('p', 2_500, 9_000), line('other', 1_000, 9_000), line(undefined, 1_000, 500)]),
      invoice('credit', [line('p', -500, 9_000)], { kind: 'creditNote', status: 'paid' }),
      invoice('draft', [line('p', 9_000, 9_000)], { status: 'draft', issueDate: undefined }),
      invoice('void', [line('p', 9_000, 9_000)], { status: 'void' }),
      invoice('deleted', [line('p', 9_000, 9_000)], { deletedAt: 1 }),
    ];
    expect(projectInvoicedNetMinor(invoices, 'p')).toBe(22_500 - 4_500);
  });

  it('rounds each line half away from zero, as the invoice does', () => {
    expect(projectInvoicedNetMinor([invoice('i', [line('p', 333, 1_000), line('p', 1_335, 1)])], 'p')).toBe(333 + 1);
  });
});

describe('projectUsage', () => {
  it('looks only at the project’s own entries', () => {
    expect(projectUsage([entry('a', 'p', 1), entry('b', 'q', 5)], [], 'p')).toEqual({ trackedMs: HOUR, billableMs: HOUR, invoicedNetMinor: 0 });
  });
});
