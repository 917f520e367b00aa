import { describe, expect, it } from 'vitest';
import { blankClientForm, clientFormErrors, clientFormFromClient, clientInputFromForm } from '../../../../src/features/clients/client-form-values';
import { client } from '../records';

describe('clientInputFromForm', () => {
  const values = {
    ...blankClientForm({ currency: 'EUR', paymentTermsDays: 14 }),
    name: 'Estudio Marea',
    email: ' hola@marea.example ',
    company: '  ',
    country: 'spain',
    currency: 'eur',
    defaultRate: '80,50',
    tags: ['design'],
  };

  it('trims, reads the country’s name as its code and the rate in the locale, upper-cases the currency and leaves empty fields undefined', () => {
    const { input, readErrors } = clientInputFromForm(values, 'de-DE');
    expect(readErrors).toEqual({});
    expect(input).toEqual({
      name: 'Estudio Marea',
      email: 'hola@marea.example',
      company: undefined,
      address: undefined,
      country: 'ES',
      taxId: undefined,
      industry: undefined,
      currency: 'EUR',
      defaultRateMinor: 8_050,
      paymentTermsDays: 14,
      platform: 'direct',
      confidential: false,
      publicAlias: undefined,
      tags: ['design'],
      notes: undefined,
    });
  });

  it('keeps the alias only for a confidential client', () => {
    expect(clientInputFromForm({ ...values, publicAlias: 'A studio' }, 'en-GB').input.publicAlias).toBeUndefined();
    expect(clientInputFromForm({ ...values, confidential: true, publicAlias: ' A studio ' }, 'en-GB').input.publicAlias).toBe('A studio');
  });

  it('reports a rate or terms it cannot read, and leaves a negative rate for the rules', () => {
    expect(clientInputFromForm({ ...values, defaultRate: 'lots', paymentTermsDays: '2 weeks' }, 'en-GB').readErrors).toEqual({
      defaultRate: 'An amount has no letters; enter a number such as 1,234.50',
      paymentTermsDays: 'Enter a whole number of days, such as 14',
    });
    expect(clientInputFromForm({ ...values, paymentTermsDays: '' }, 'de-DE').readErrors).toEqual({ paymentTermsDays: 'Enter the days a client has to pay, 0 for on receipt' });
    const negative = clientInputFromForm({ ...values, defaultRate: '-80' }, 'de-DE');
    expect(negative.readErrors).toEqual({});
    expect(negative.input.defaultRateMinor).toBe(-8_000);
  });
});

describe('clientInputFromForm with a country it cannot read', () => {
  it('names the country field’s problem and stores no country, rather than taking a code for a name', () => {
    const base = { ...blankClientForm({ currency: 'EUR', paymentTermsDays: 14 }), name: 'X' };
    const code = clientInputFromForm({ ...base, country: 'GE' }, 'en-GB');
    expect(code.readErrors).toEqual({ country: '“GE” is the code of Georgia: choose the country by its name from the list' });
    expect(code.input.country).toBeUndefined();
    expect(clientInputFromForm({ ...base, country: 'Germny' }, 'en-GB').readErrors).toEqual({ country: 'No country is called “Germny”: type part of its name and choose it from the list' });
  });
});

describe('clientInputFromForm with an unknown currency', () => {
  it('asks for the currency before reading the rate, rather than dropping it', () => {
    const { input, readErrors } = clientInputFromForm({ ...blankClientForm({ currency: 'ABC', paymentTermsDays: 0 }), name: 'X', defaultRate: '90' }, 'en-GB');
    expect(readErrors).toEqual({ defaultRate: 'Enter a known currency first: the rate is read in it' });
    expect(input.defaultRateMinor).toBeUndefined();
  });
});

describe('clientFormFromClient', () => {
  it('shows the stored rate as the locale types it and blanks for missing fields', () => {
    const values = clientFormFromClient(client('a', { defaultRateMinor: 9_500, email: undefined, tags: ['x'] }), 'de-DE');
    expect(values).toMatchObject({ defaultRate: '95,00', email: '', country: '', paymentTermsDays: '14', tags: ['x'] });
  });

  it('shows a stored country code by its name in the locale, which saves back as the same code', () => {
    const values = clientFormFromClient(client('a', { country: 'DE' }), 'de-DE');
    expect(values.country).toBe('Deutschland');
    expect(clientInputFromForm(values, 'de-DE').input.country).toBe('DE');
  });
});

describe('clientFormErrors', () => {
  it('puts repository messages under their inputs, every tag under Tags, the rest aside', () => {
    expect(clientFormErrors({ email: 'Bad email', defaultRateMinor: 'Must not be negative', 'tags.2': 'Too long', id: 'No such client' })).toEqual({
      byField: { email: 'Bad email', defaultRate: 'Must not be negative', tags: 'Too long' },
      other: ['No such client'],
    });
  });
});
