import { describe, expect, it } from 'vitest';
import type { Project, Proposal, ProposalStatus } from '../../../../src/domain/model';
import {
  feedbackShare,
  longTermClientShare,
  medianDaysToPay,
  medianResponseTime,
  onTimeDelivery,
  proposalWinRate,
  rehireRate,
  relationshipFigures,
} from '../../../../src/domain/reputation/relationship-figures';
import { client, feedback, project } from '../../features/records';
import { invoice, payment } from '../../features/invoices/invoice-records';
import { settlementsFromRecords } from '../../../../src/domain/invoices/invoice-settlement';
import { proposalInput } from '../../db/test-db';

const HOUR = 3_600_000;
const window = { from: '2026-01-01', to: '2026-03-31' };
const at = (iso: string) => Date.parse(iso);

const clients = [
  client('c1', { name: 'Acme' }),
  client('c2', { name: 'Helix Biotech', confidential: true, publicAlias: 'A European biotech company' }),
  client('c3', { name: 'Solo' }),
  client('c4', { name: 'Old' }),
];

function contract(id: string, clientId: string, startDate: string, endDate: string | undefined, overrides: Partial<Project> = {}): Project {
  return project(id, clientId, { startDate, endDate, status: endDate === undefined ? 'active' : 'completed', ...overrides });
}

/*
 * The contracts of the tables below. Running in the window (started by Mar 31, not ended before Jan 1): a2, h1, s1,
 * s2, x1. Ended in the window: h1, s1, s2, x1.
 */
const projects = [
  contract('a1', 'c1', '2025-06-01', '2025-09-30'),
  contract('a2', 'c1', '2026-02-01', undefined),
  contract('h1', 'c2', '2025-12-01', '2026-01-20', { name: 'Helix Biotech LIMS', dueDate: '2026-01-15' }),
  contract('h2', 'c2', '2026-04-10', undefined),
  contract('s1', 'c3', '2026-03-01', '2026-03-20', { dueDate: '2026-03-25' }),
  contract('s2', 'c3', '2026-01-05', '2026-02-10'),
  contract('x1', 'c3', '2026-01-10', '2026-01-12', { status: 'cancelled', endReason: 'cancelledByClientBeforeWork', dueDate: '2026-02-01' }),
  contract('o1', 'c4', '2025-01-01', '2025-05-01'),
  contract('gone', 'c4', '2026-02-01', undefined, { deletedAt: 1 }),
];

describe('rehireRate', () => {
  it('counts the clients of the window with two or more contracts started by its end', () => {
    // Clients with a contract running in the window: c1 (a2), c2 (h1), c3 (s1, s2, x1) = 3; c4's live contract ended
    // in 2025. Two or more contracts started by Mar 31: c1 (a1, a2), c3 (x1, s2, s1); c2's h2 starts in April.
    // 2 ÷ 3.
    const rate = rehireRate({ clients, projects }, window);
    expect(rate.value).toEqual({ part: 2, whole: 3 });
    expect(rate.formula).toBe('Clients with two or more contracts started by the end of the window ÷ clients with a contract running in the window');
    expect(rate.records.map((record) => [record.id, record.note])).toEqual([
      ['a1', 'First contract with this client'],
      ['h1', 'Only contract with this client so far'],
      ['s2', 'First contract with this client'],
      ['x1', 'Rehire: contract 2 with this client'],
      ['a2', 'Rehire: contract 2 with this client'],
      ['s1', 'Rehire: contract 3 with this client'],
    ]);
  });

  it('labels a confidential client’s contracts by its alias', () => {
    const rate = rehireRate({ clients, projects }, window);
    expect(rate.records.find((record) => record.id === 'h1')?.label).toBe('A European biotech company LIMS · A European biotech company');
  });

  it('says what is missing when no contract ran in the window', () => {
    expect(rehireRate({ clients, projects }, { from: '2024-01-01', to: '2024-12-31' })).toEqual({
      value: undefined,
      missing: 'No contract ran in this window',
      formula: 'Clients with two or more contracts started by the end of the window ÷ clients with a contract running in the window',
      records: [],
    });
  });
});

describe('longTermClientShare', () => {
  it('counts the clients of the window with work in three or more distinct months by its end', () => {
    // c1: 2025-06, 2025-07 (a1) and 2026-02 (a2) = 3 months → long-term.
    // c2: 2025-12 and 2026-01 (h1); its 2026-04 is after the window = 2 → not. c3: 2026-01 twice and 2026-03 = 2 → not.
    // 1 ÷ 3.
    const workMonths = new Map(
      Object.entries({ a1: ['2025-06', '2025-07'], a2: ['2026-02'], h1: ['2025-12', '2026-01', '2026-04'], s1: ['2026-03'], s2: ['2026-01'], x1: ['2026-01'] }).map(
        ([id, months]) => [id, { workMonths: months }],
      ),
    );
    const share = longTermClientShare({ clients, projects }, window, workMonths);
    expect(share.value).toEqual({ part: 1, whole: 3 });
    expect(share.records.filter((record) => record.note === 'Long-term: this client’s work spans 3 months').map((record) => record.id)).toEqual(['a1', 'a2']);
    expect(share.records.find((record) => record.id === 'h1')?.note).toBe('This client’s work spans 2 months');
  });

  it('says what is missing when no contract ran in the window', () => {
    expect(longTermClientShare({ clients, projects }, { from: '2024-01-01', to: '2024-12-31' }, new Map())).toMatchObject({
      value: undefined,
      missing: 'No contract ran in this window',
    });
  });
});

describe('onTimeDelivery', () => {
  it('counts the completed projects with a due date that ended in the window by that date', () => {
    // Completed, with a due date, ended in the window: h1 (ended Jan 20, due Jan 15: 5 days late), s1 (ended Mar 20,
    // due Mar 25: on time). s2 has no due date; x1 was cancelled. 1 ÷ 2.
    const delivery = onTimeDelivery({ clients, projects }, window);
    expect(delivery.value).toEqual({ part: 1, whole: 2 });
    expect(delivery.records.map((record) => [record.id, record.note, record.date])).toEqual([
      ['h1', '5 days late', '2026-01-20'],
      ['s1', 'On time', '2026-03-20'],
    ]);
  });

  it('counts a project that ends on its due date as on time', () => {
    const due = [contract('d', 'c1', '2026-01-01', '2026-02-01', { dueDate: '2026-02-01' })];
    expect(onTimeDelivery({ clients, projects: due }, window).value).toEqual({ part: 1, whole: 1 });
  });

  it('says what is missing without a completed project with a due date', () => {
    expect(onTimeDelivery({ clients, projects: [contract('s2', 'c3', '2026-01-05', '2026-02-10')] }, window)).toMatchObject({
      value: undefined,
      missing: 'No completed project with a due date ended in this window',
    });
  });
});

describe('feedbackShare', () => {
  it('counts the contracts that ended in the window with feedback dated by its end', () => {
    // Ended in the window: h1, s1, s2, x1 = 4. Feedback: h1 (Jan 25, counts); s2's came on May 1, after the window;
    // s1's was deleted. 1 ÷ 4.
    const items = [
      feedback('f1', 'h1', 'c2', { date: '2026-01-25' }),
      feedback('f2', 's2', 'c3', { date: '2026-05-01' }),
      feedback('f3', 's1', 'c3', { date: '2026-03-22', deletedAt: 1 }),
    ];
    const share = feedbackShare({ clients, projects, feedback: items }, window);
    expect(share.value).toEqual({ part: 1, whole: 4 });
    expect(share.records.map((record) => [record.id, record.note])).toEqual([
      ['x1', 'No feedback'],
      ['h1', 'Has feedback'],
      ['s2', 'No feedback'],
      ['s1', 'No feedback'],
    ]);
  });

  it('says what is missing when no contract ended in the window', () => {
    expect(feedbackShare({ clients, projects, feedback: [] }, { from: '2026-04-01', to: '2026-04-30' })).toMatchObject({
      value: undefined,
      missing: 'No contract ended in this window',
    });
  });
});

function proposal(id: string, status: ProposalStatus, history: Array<[ProposalStatus, string]>, overrides: Partial<Proposal> = {}): Proposal {
  const statusHistory = history.map(([step, iso]) => ({ status: step, at: at(iso) }));
  const submitted = statusHistory.find((step) => step.status === 'submitted');
  const decided = ['won', 'lost', 'withdrawn'].includes(status) ? statusHistory.at(-1) : undefined;
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    ...proposalInput({ clientId: 'c1', prospect: undefined, title: `Proposal ${id}`, status, statusHistory, submittedAt: submitted?.at, decidedAt: decided?.at }),
    ...overrides,
  };
}

const proposals = [
  proposal('w1', 'won', [['submitted', '2026-01-20T10:00:00Z'], ['viewed', '2026-01-21T16:00:00Z'], ['won', '2026-02-01T10:00:00Z']]),
  proposal('r2', 'withdrawn', [['submitted', '2026-02-01T00:00:00Z'], ['withdrawn', '2026-02-01T01:00:00Z']]),
  proposal('r3', 'interviewing', [['submitted', '2026-02-10T00:00:00Z'], ['interviewing', '2026-02-10T10:00:00Z']]),
  proposal('r4', 'submitted', [['submitted', '2026-03-01T00:00:00Z']]),
  proposal('l1', 'lost', [['submitted', '2026-03-10T00:00:00Z'], ['lost', '2026-03-31T23:30:00Z']], { clientId: undefined, prospect: { name: 'Northwind' } }),
  proposal('l2', 'lost', [['submitted', '2025-12-01T00:00:00Z'], ['lost', '2025-12-31T12:00:00Z']]),
  proposal('d1', 'draft', []),
];

describe('proposalWinRate', () => {
  it('divides the proposals won by those won or lost, by the local day they were decided', () => {
    // In UTC: w1 won (Feb 1), l1 lost (Mar 31, 23:30). r2 was withdrawn; l2 was decided in December. 1 ÷ 2.
    const rate = proposalWinRate({ clients, proposals }, window, 'UTC');
    expect(rate.value).toEqual({ part: 1, whole: 2 });
    expect(rate.records.map((record) => [record.id, record.note, record.date])).toEqual([
      ['w1', 'Won', '2026-02-01'],
      ['l1', 'Lost', '2026-03-31'],
    ]);
    expect(rate.formula).toBe('Proposals won ÷ proposals won or lost, on the day each was decided; withdrawn proposals count in neither');
  });

  it('reads the decision day in the time zone given', () => {
    // In Berlin l1 was lost on April 1, after the window: 1 ÷ 1.
    expect(proposalWinRate({ clients, proposals }, window, 'Europe/Berlin').value).toEqual({ part: 1, whole: 1 });
  });

  it('labels a prospect by its name, unless that is a confidential client’s', () => {
    const rate = proposalWinRate({ clients, proposals }, window, 'UTC');
    expect(rate.records.find((record) => record.id === 'l1')?.label).toBe('Proposal l1 · Northwind');
    const helix = proposal('l3', 'lost', [['submitted', '2026-01-02T00:00:00Z'], ['lost', '2026-01-03T00:00:00Z']], { clientId: undefined, prospect: { name: 'Helix Biotech' }, title: 'LIMS for Helix Biotech' });
    expect(proposalWinRate({ clients, proposals: [helix] }, window, 'UTC').records[0]?.label).toBe('LIMS for A European biotech company · A European biotech company');
  });

  it('says what is missing when nothing was decided in the window', () => {
    expect(proposalWinRate({ clients, proposals }, { from: '2026-06-01', to: '2026-06-30' }, 'UTC')).toMatchObject({
      value: undefined,
      missing: 'No proposal was won or lost in this window',
    });
  });
});

describe('medianResponseTime', () => {
  it('takes the middle of the waits for a first reaction, over the proposals sent in the window', () => {
    // Sent in the window with a reaction: w1 (viewed after 30 h), r3 (interview after 10 h), l1 (lost after 21 days
    // 23.5 h = 527.5 h). r2 was only withdrawn and r4 never answered. Sorted: 10 h, 30 h, 527.5 h → 30 h.
    const median = medianResponseTime({ clients, proposals }, window, 'UTC');
    expect(median.value).toBe(30 * HOUR);
    expect(median.records.map((record) => [record.id, record.note])).toEqual([
      ['w1', 'Viewed after 30 h'],
      ['r3', 'Interviewing after 10 h'],
      ['l1', 'Lost after 528 h'],
    ]);
  });

  it('takes the mean of the two middle waits for an even count', () => {
    // w1 (30 h) and r3 (10 h), sent in January and February: (10 + 30) ÷ 2 = 20 h.
    expect(medianResponseTime({ clients, proposals }, { from: '2026-01-01', to: '2026-02-28' }, 'UTC').value).toBe(20 * HOUR);
  });

  it('tells apart a window with no proposal sent from one whose proposals got no reaction', () => {
    expect(medianResponseTime({ clients, proposals }, { from: '2026-06-01', to: '2026-06-30' }, 'UTC')).toMatchObject({
      value: undefined,
      missing: 'No proposal was sent in this window',
    });
    expect(medianResponseTime({ clients, proposals }, { from: '2026-03-01', to: '2026-03-05' }, 'UTC')).toMatchObject({
      value: undefined,
      missing: 'No proposal sent in this window has had a reaction yet',
      records: [],
    });
  });
});

describe('medianDaysToPay', () => {
  const paid = (id: string, issueDate: string, grossMinor: number, overrides: Parameters<typeof invoice>[1] = {}) =>
    invoice(id, { number: `2026-${id}`, clientId: 'c1', issueDate, status: 'paid', paidMinor: grossMinor, totals: { netMinor: grossMinor, taxMinor: 0, grossMinor, taxGroups: [] }, ...overrides });
  const invoices = [
    paid('i1', '2026-01-10', 10_000),
    paid('i2', '2026-02-01', 5_000),
    paid('i3', '2025-12-01', 5_000),
    paid('i4', '2026-02-01', 5_000, { status: 'partiallyPaid', paidMinor: 1_000 }),
    paid('i6', '2026-03-01', 5_000, { clientId: 'c2' }),
  ];
  const payments = [
    payment('p1', { invoiceId: 'i1', date: '2026-01-20', amountMinor: 6_000 }),
    payment('p2', { invoiceId: 'i1', date: '2026-02-09', amountMinor: 4_000 }),
    payment('p3', { invoiceId: 'i2', date: '2026-02-05', amountMinor: 5_000 }),
    payment('p4', { invoiceId: 'i3', date: '2025-12-20', amountMinor: 5_000 }),
    payment('p5', { invoiceId: 'i4', date: '2026-02-10', amountMinor: 1_000 }),
    payment('p6', { invoiceId: 'i6', date: '2026-03-05', amountMinor: 5_000, deletedAt: 1 }),
    payment('p7', { invoiceId: 'i6', date: '2026-03-12', amountMinor: 5_000 }),
  ];

  /** The settlements the payment writes keep for these invoices and payments. */
  const settledBy = (someInvoices: Parameters<typeof settlementsFromRecords>[0], somePayments: Parameters<typeof settlementsFromRecords>[1]) =>
    settlementsFromRecords(someInvoices, somePayments).settlements;
  const settlements = settledBy(invoices, payments);

  it('takes the middle of the days from issue to the payment that settled each invoice paid in full in the window', () => {
    // i1: issued Jan 10, settled by p2 on Feb 9 (6,000 + 4,000 reach 10,000) → 30 days. i2: Feb 1 → Feb 5 = 4 days.
    // i6: Mar 1 → Mar 12 (p6 was deleted) = 11 days. i3 was settled in December; i4 is not paid in full.
    // Sorted: 4, 11, 30 → 11.
    const median = medianDaysToPay({ clients, settlements }, window);
    expect(median.value).toBe(11);
    expect(median.records.map((record) => [record.id, record.note, record.date])).toEqual([
      ['i2', 'Paid in 4 days', '2026-02-05'],
      ['i1', 'Paid in 30 days', '2026-02-09'],
      ['i6', 'Paid in 11 days', '2026-03-12'],
    ]);
    expect(median.records.find((record) => record.id === 'i6')?.label).toBe('Invoice 2026-i6 · A European biotech company');
  });

  it('rounds the mean of the two middle counts for an even count', () => {
    // January and February: i1 (30 days) and i2 (4 days) → (4 + 30) ÷ 2 = 17.
    expect(medianDaysToPay({ clients, settlements }, { from: '2026-01-01', to: '2026-02-28' }).value).toBe(17);
  });

  it('counts an invoice issued long before the window by the day it was settled in it', () => {
    // Issued 2024-11-15, settled 2026-01-14: 425 days, in the window however long ago the invoice went out.
    const late = paid('old', '2024-11-15', 5_000);
    const median = medianDaysToPay({ clients, settlements: settledBy([late], [payment('late', { invoiceId: 'old', date: '2026-01-14', amountMinor: 5_000 })]) }, window);
    expect(median.value).toBe(425);
    expect(median.records.map((record) => record.id)).toEqual(['old']);
  });

  it('leaves out credit notes and invoices whose payments do not reach their total', () => {
    const odd = [paid('cn', '2026-01-05', 5_000, { kind: 'creditNote' }), paid('short', '2026-01-05', 5_000)];
    const some = [payment('q1', { invoiceId: 'cn', date: '2026-01-06', amountMinor: 5_000 }), payment('q2', { invoiceId: 'short', date: '2026-01-06', amountMinor: 4_000 })];
    expect(medianDaysToPay({ clients, settlements: settledBy(odd, some) }, window)).toMatchObject({
      value: undefined,
      missing: 'No invoice was paid in full in this window',
      records: [],
    });
  });
});

describe('relationshipFigures', () => {
  it('gives every figure of an empty window with what is missing instead of a number', () => {
    const figures = relationshipFigures({ clients: [], projects: [], feedback: [], proposals: [], settlements: [] }, window, { totals: new Map(), timeZone: 'UTC' });
    expect(Object.fromEntries(Object.entries(figures).map(([name, shown]) => [name, [shown.value, shown.missing, shown.records.length]]))).toEqual({
      rehireRate: [undefined, 'No contract ran in this window', 0],
      longTermClients: [undefined, 'No contract ran in this window', 0],
      onTimeDelivery: [undefined, 'No completed project with a due date ended in this window', 0],
      feedbackShare: [undefined, 'No contract ended in this window', 0],
      proposalWinRate: [undefined, 'No proposal was won or lost in this window', 0],
      medianResponseTime: [undefined, 'No proposal was sent in this window', 0],
      medianDaysToPay: [undefined, 'No invoice was paid in full in this window', 0],
    });
  });
});
