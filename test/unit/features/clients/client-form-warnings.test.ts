import { describe, expect, it } from 'vitest';
import { blankClientForm } from '../../../../src/features/clients/client-form-values';
import { clientFormWarnings } from '../../../../src/features/clients/client-form-warnings';
import { client } from '../records';

const blank = blankClientForm({ currency: 'EUR', paymentTermsDays: 14 });

describe('clientFormWarnings', () => {
  const clients = [client('a', { name: 'Northwind', email: 'ap@northwind.example' }), client('b', { name: 'Helix', company: 'Helix Biotech GmbH' }), client('c', { name: 'Helix' })];

  it('points out a name another live client has, with what tells that client apart', () => {
    expect(clientFormWarnings({ ...blank, name: 'NORTHWIND' }, clients, undefined).name).toBe(
      'Another client is already called “Northwind” (ap@northwind.example). Saving is fine: pickers tell them apart by company or email.',
    );
    expect(clientFormWarnings({ ...blank, name: 'helix' }, clients, undefined).name).toMatch(/^2 other clients are already called “Helix”\./);
  });

  it('says nothing about the name of the client being edited, or a name no one else has', () => {
    expect(clientFormWarnings({ ...blank, name: 'Northwind' }, clients, 'a')).toEqual({});
    expect(clientFormWarnings({ ...blank, name: 'Quillfeather' }, clients, undefined)).toEqual({});
  });

  it('points out an alias holding a word of the name or company, for a confidential client only', () => {
    const values = { ...blank, name: 'Helix', company: 'Assay Labs AG', publicAlias: 'An assay lab' };
    expect(clientFormWarnings({ ...values, confidential: true }, [], undefined).publicAlias).toBe('Contains “assay” and “lab”, from the client’s name or company: others may recognise the client.');
    expect(clientFormWarnings(values, [], undefined).publicAlias).toBeUndefined();
  });
});
