import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../../src/domain/model';
import {
  emptyProposalFormValues,
  formErrorsFromWrite,
  proposalToFormValues,
  readProposalForm,
  type ProposalFormValues,
} from '../../../../src/features/proposals/proposal-form-values';

function filled(overrides: Partial<ProposalFormValues> = {}): ProposalFormValues {
  return {
    ...emptyProposalFormValues({ currency: 'USD' }),
    title: 'Membership site',
    prospectName: 'Harbourline Fitness',
    hourlyRate: '85.50',
    estimatedHours: '40',
    connectsSpent: '12',
    connectsCost: '1.80',
    jobText: 'Class booking with payments.',
    coverLetter: 'Booking flow first.',
    ...overrides,
  };
}

describe('readProposalForm', () => {
  it('reads a prospect proposal with an hourly bid into stored fields', () => {
    expect(readProposalForm(filled(), 'en-US')).toEqual({
      ok: true,
      fields: {
        clientId: undefined,
        prospect: { name: 'Harbourline Fitness', company: undefined, email: '' },
        title: 'Membership site',
        platform: 'upwork',
        jobUrl: '',
        jobText: 'Class booking with payments.',
        bid: { kind: 'hourly', rateMinor: 8_550 },
        currency: 'USD',
        estimatedHours: 40,
        connectsSpent: 12,
        connectsCostMinor: 180,
        coverLetter: 'Booking flow first.',
      },
    });
  });

  it('reads amounts and hours the way the locale writes them', () => {
    const reading = readProposalForm(filled({ currency: 'EUR', bidKind: 'fixed', fixedPrice: '3.500,00', estimatedHours: '12,5', connectsCost: '' }), 'de-DE');
    expect(reading.ok && reading.fields).toMatchObject({ bid: { kind: 'fixed', amountMinor: 350_000 }, estimatedHours: 12.5, connectsCostMinor: 0 });
  });

  it('reports every problem at once, beside its field', () => {
    const reading = readProposalForm(
      filled({ title: ' ', prospectName: '', hourlyRate: 'lots', estimatedHours: '-3', connectsSpent: '2.5', jobUrl: 'upwork job', prospectEmail: 'nope' }),
      'en-US',
    );
    expect(reading).toEqual({
      ok: false,
      errors: {
        title: 'Title is required',
        prospectName: 'Prospect name is required',
        prospectEmail: 'Enter a valid email address',
        jobUrl: 'Enter a full link, starting with https://',
        hourlyRate: 'An amount has no letters; enter a number such as 1,234.50',
        estimatedHours: 'Must not be negative',
        connectsSpent: 'Enter a whole number, such as 12',
      },
    });
  });

  it('asks for a client when the proposal is not for a prospect', () => {
    const reading = readProposalForm(filled({ isProspect: false, clientId: '' }), 'en-US');
    expect(reading.ok ? {} : reading.errors).toEqual({ clientId: 'Choose a client, or tick “New prospect”' });
  });

  it('needs the price of the chosen bid type only', () => {
    expect(readProposalForm(filled({ hourlyRate: '' }), 'en-US')).toMatchObject({ ok: false, errors: { hourlyRate: 'Enter an amount' } });
    expect(readProposalForm(filled({ hourlyRate: '', bidKind: 'fixed', fixedPrice: '900' }), 'en-US').ok).toBe(true);
  });
});

describe('proposalToFormValues', () => {
  it('shows a stored proposal as the form edits it, and reads back unchanged', () => {
    const proposal: Proposal = {
      id: 'p1',
      createdAt: 0,
      updatedAt: 0,
      clientId: 'c1',
      title: 'Dashboard',
      platform: 'direct',
      jobUrl: 'https://example.com/job',
      jobText: 'Charts',
      bid: { kind: 'hourly', rateMinor: 9_500 },
      currency: 'EUR',
      estimatedHours: 12.5,
      connectsSpent: 0,
      connectsCostMinor: 0,
      coverLetter: 'Hi',
      status: 'viewed',
      statusHistory: [],
    };
    const values = proposalToFormValues(proposal, 'de-DE');
    expect(values).toMatchObject({ isProspect: false, clientId: 'c1', hourlyRate: '95,00', estimatedHours: '12,5', connectsCost: '', stage: 'submitted' });
    const reading = readProposalForm(values, 'de-DE');
    expect(reading.ok && reading.fields).toMatchObject({ clientId: 'c1', bid: proposal.bid, estimatedHours: 12.5, jobUrl: proposal.jobUrl });
  });
});

describe('formErrorsFromWrite', () => {
  it('maps stored paths to fields, and the client rule to the prospect name for prospects', () => {
    expect(formErrorsFromWrite({ 'bid.amountMinor': 'Too big', connectsCostMinor: 'Bad', '': 'Whole record' }, { isProspect: false })).toEqual({
      fixedPrice: 'Too big',
      connectsCost: 'Bad',
      form: 'Whole record',
    });
    expect(formErrorsFromWrite({ clientId: 'Choose a client or name a prospect' }, { isProspect: true })).toEqual({ prospectName: 'Choose a client or name a prospect' });
  });
});
