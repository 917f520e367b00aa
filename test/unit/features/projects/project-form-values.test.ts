import { describe, expect, it } from 'vitest';
import { blankProjectForm, followProjectForm, inheritedRate, projectCurrency, projectFormErrors, projectFormFromProject, projectInputFromForm } from '../../../../src/features/projects/project-form-values';
import { client, project } from '../records';

const northwind = client('nw', { defaultRateMinor: 9_500 });
const context = { currency: 'EUR', locale: 'en-GB', imageIds: ['img-1'] };

describe('blankProjectForm and inheritedRate', () => {
  it('starts hourly at the client’s default rate, active from today', () => {
    expect(blankProjectForm(northwind, '2026-03-09', 'de-DE')).toMatchObject({ clientId: 'nw', billingKind: 'hourly', hourlyRate: '95,00', status: 'active', startDate: '2026-03-09' });
    expect(inheritedRate(client('x'), 'en-GB')).toBe('');
    expect(inheritedRate(undefined, 'en-GB')).toBe('');
  });
});

describe('followProjectForm', () => {
  const acme = client('acme', { defaultRateMinor: 12_000 });
  const clientsById = new Map([northwind, acme].map((each) => [each.id, each]));
  const following = { rateTyped: false, clientsById, locale: 'en-GB', today: '2026-03-09' };
  const start = blankProjectForm(northwind, '2026-03-01', 'en-GB');

  it('moves an untyped rate to the newly chosen client’s default, and keeps a typed one', () => {
    expect(followProjectForm({ ...start, clientId: 'acme' }, 'clientId', following).hourlyRate).toBe('120.00');
    expect(followProjectForm({ ...start, clientId: 'acme', hourlyRate: '99' }, 'clientId', { ...following, rateTyped: true }).hourlyRate).toBe('99');
  });

  it('ends finished work today unless an end date is already there', () => {
    expect(followProjectForm({ ...start, status: 'completed' }, 'status', following).endDate).toBe('2026-03-09');
    expect(followProjectForm({ ...start, status: 'cancelled', endDate: '2026-03-05' }, 'status', following).endDate).toBe('2026-03-05');
    expect(followProjectForm({ ...start, status: 'paused' }, 'status', following).endDate).toBe('');
  });

  it('says a completed project ended as completed, and drops that reason when the work turns out cancelled', () => {
    expect(followProjectForm({ ...start, status: 'completed' }, 'status', following).endReason).toBe('completed');
    expect(followProjectForm({ ...start, status: 'completed', endReason: 'endedByMe' }, 'status', following).endReason).toBe('endedByMe');
    expect(followProjectForm({ ...start, status: 'cancelled', endReason: 'completed' }, 'status', following).endReason).toBe('');
    expect(followProjectForm({ ...start, status: 'cancelled', endReason: 'clientUnresponsive' }, 'status', following).endReason).toBe('clientUnresponsive');
  });

  it('leaves the other fields as typed', () => {
    const typed = { ...start, name: 'Churn model' };
    expect(followProjectForm(typed, 'name', following)).toBe(typed);
  });
});

describe('projectInputFromForm', () => {
  const values = { ...blankProjectForm(northwind, '2026-03-09', 'en-GB'), name: 'Churn model', budgetHours: '12.5', budgetAmount: '1,500', skills: ['Python'] };

  it('reads every amount in the project’s currency and keeps the portfolio images', () => {
    const { input, readErrors } = projectInputFromForm({ ...values, portfolioVisible: true, portfolioLink: ' https://example.com ' }, context);
    expect(readErrors).toEqual({});
    expect(input).toMatchObject({
      clientId: 'nw',
      name: 'Churn model',
      billing: { kind: 'hourly', rateMinor: 9_500 },
      currency: 'EUR',
      budgetHours: 12.5,
      budgetAmountMinor: 150_000,
      startDate: '2026-03-09',
      dueDate: undefined,
      endDate: undefined,
      skills: ['Python'],
      portfolio: { visible: true, summary: '', outcome: '', link: 'https://example.com', imageIds: ['img-1'] },
    });
  });

  it('asks for the figure the chosen billing needs', () => {
    expect(projectInputFromForm({ ...values, hourlyRate: '' }, context).readErrors).toEqual({ hourlyRate: 'Enter the hourly rate, or choose another kind of billing' });
    const fixed = projectInputFromForm({ ...values, billingKind: 'fixed', fixedPrice: '8000' }, context);
    expect(fixed.input.billing).toEqual({ kind: 'fixed', amountMinor: 800_000 });
    expect(projectInputFromForm({ ...values, billingKind: 'nonBillable', hourlyRate: 'junk' }, context).input.billing).toEqual({ kind: 'nonBillable' });
  });

  it('reports unreadable budgets and a missing start date', () => {
    expect(projectInputFromForm({ ...values, budgetHours: 'a lot', budgetAmount: 'lots', startDate: '' }, context).readErrors).toEqual({
      budgetHours: 'Enter hours as a number, such as 40 or 12.5',
      budgetAmount: 'An amount has no letters; enter a number such as 1,234.50',
      startDate: 'Choose the day the work starts',
    });
  });

  it('waits for a client before reading amounts, and files a currency message under Client', () => {
    const noClient = projectInputFromForm({ ...values, clientId: '' }, { ...context, currency: '' });
    expect(noClient.readErrors).toEqual({
      hourlyRate: 'Choose the client first: amounts are read in its currency',
      budgetAmount: 'Choose the client first: amounts are read in its currency',
    });
    expect(projectFormErrors({ clientId: 'Choose a client', currency: 'Use a three-letter ISO 4217 code, such as EUR or USD' }).byField).toEqual({ clientId: 'Choose a client' });
  });

  it('keeps an end date only for finished work', () => {
    expect(projectInputFromForm({ ...values, endDate: '2026-04-01' }, context).input.endDate).toBeUndefined();
    expect(projectInputFromForm({ ...values, status: 'completed', endDate: '2026-04-01' }, context).input.endDate).toBe('2026-04-01');
  });

  it('keeps why the work ended only for finished work, and nothing when no reason was chosen', () => {
    expect(projectInputFromForm({ ...values, endReason: 'endedByMe' }, context).input.endReason).toBeUndefined();
    expect(projectInputFromForm({ ...values, status: 'cancelled', endReason: 'cancelledByClientBeforeWork' }, context).input.endReason).toBe('cancelledByClientBeforeWork');
    expect(projectInputFromForm({ ...values, status: 'completed', endReason: '' }, context).input.endReason).toBeUndefined();
  });
});

describe('projectFormFromProject', () => {
  it('shows stored figures as the locale types them', () => {
    const stored = project('p', 'nw', { billing: { kind: 'fixed', amountMinor: 800_000 }, budgetHours: 12.5, budgetAmountMinor: 150_000, dueDate: '2026-05-01' });
    expect(projectFormFromProject(stored, 'de-DE')).toMatchObject({ billingKind: 'fixed', fixedPrice: '8000,00', hourlyRate: '', budgetHours: '12,5', budgetAmount: '1500,00', dueDate: '2026-05-01' });
  });

  it('shows why the work ended, and no reason when none was recorded', () => {
    expect(projectFormFromProject(project('p', 'nw', { status: 'cancelled', endReason: 'clientUnresponsive' }), 'en-GB').endReason).toBe('clientUnresponsive');
    expect(projectFormFromProject(project('p', 'nw', { status: 'completed' }), 'en-GB').endReason).toBe('');
  });
});

describe('projectFormErrors', () => {
  it('puts billing, budget, portfolio and skill messages under their inputs', () => {
    expect(projectFormErrors({ 'billing.rateMinor': 'Must not be negative', budgetAmountMinor: 'Must not be negative', 'portfolio.link': 'Bad link', 'skills.0': 'Too long', id: 'No such project' })).toEqual({
      byField: { hourlyRate: 'Must not be negative', budgetAmount: 'Must not be negative', portfolioLink: 'Bad link', skills: 'Too long' },
      other: ['No such project'],
    });
  });
});

describe('projectCurrency', () => {
  const clients = new Map([
    ['nw', client('nw', { currency: 'EUR' })],
    ['ks', client('ks', { currency: 'USD' })],
  ]);

  it('takes the client’s currency for new work and for a move, and keeps the project’s own otherwise', () => {
    expect(projectCurrency(undefined, 'ks', clients)).toBe('USD');
    const stored = project('p', 'nw', { currency: 'GBP' });
    expect(projectCurrency(stored, 'nw', clients)).toBe('GBP');
    expect(projectCurrency(stored, 'ks', clients)).toBe('USD');
  });
});
