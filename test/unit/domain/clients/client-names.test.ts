import { describe, expect, it } from 'vitest';
import { aliasWordsFromName, clientChoiceLabels, clientsNamedLike } from '../../../../src/domain/clients/client-names';
import { client } from '../../features/records';

describe('clientChoiceLabels', () => {
  it('labels a client whose name no other client shares by its name alone', () => {
    const labels = clientChoiceLabels([client('a', { name: 'Northwind', company: 'Northwind Ltd' }), client('b', { name: 'Helix' })]);
    expect(labels).toEqual(new Map([['a', 'Northwind'], ['b', 'Helix']]));
  });

  it('adds the company to clients that share a name, case and accents aside', () => {
    const labels = clientChoiceLabels([
      client('a', { name: 'Müller', company: 'Müller Bau GmbH' }),
      client('b', { name: 'muller ', company: 'Müller Design' }),
      client('c', { name: 'Helix' }),
    ]);
    expect(labels.get('a')).toBe('Müller (Müller Bau GmbH)');
    expect(labels.get('b')).toBe('muller (Müller Design)');
    expect(labels.get('c')).toBe('Helix');
  });

  it('falls back to the email where the company is missing, repeats the name or is shared', () => {
    const labels = clientChoiceLabels([
      client('a', { name: 'Acme', company: 'Acme', email: 'berlin@acme.example' }),
      client('b', { name: 'Acme', email: 'paris@acme.example' }),
      client('c', { name: 'Studio', company: 'Same GmbH', email: 'one@studio.example' }),
      client('d', { name: 'Studio', company: 'Same GmbH', email: 'two@studio.example' }),
    ]);
    expect(labels.get('a')).toBe('Acme (berlin@acme.example)');
    expect(labels.get('b')).toBe('Acme (paris@acme.example)');
    expect(labels.get('c')).toBe('Studio (one@studio.example)');
    expect(labels.get('d')).toBe('Studio (two@studio.example)');
  });

  it('numbers clients that share a name and have nothing else to tell them apart, oldest first', () => {
    const labels = clientChoiceLabels([client('late', { name: 'Acme', createdAt: 20 }), client('early', { name: 'Acme', createdAt: 10 }), client('c', { name: 'Acme', company: 'Acme Labs', createdAt: 30 })]);
    expect(labels.get('early')).toBe('Acme (1 of 3)');
    expect(labels.get('late')).toBe('Acme (2 of 3)');
    expect(labels.get('c')).toBe('Acme (Acme Labs)');
  });

  it('leaves deleted clients out, so a name shared only with a deleted client stays plain', () => {
    const labels = clientChoiceLabels([client('a', { name: 'Acme' }), client('b', { name: 'Acme', company: 'Old', deletedAt: 5 })]);
    expect(labels).toEqual(new Map([['a', 'Acme']]));
  });
});

describe('clientsNamedLike', () => {
  const clients = [
    client('a', { name: 'Zoë Design' }),
    client('b', { name: 'zoe  design' }),
    client('c', { name: 'Zoe Designs' }),
    client('d', { name: 'Zoe Design', deletedAt: 1 }),
  ];

  it('finds the other live clients with the same name, case, accents and spacing aside', () => {
    expect(clientsNamedLike(' ZOE DESIGN', clients, undefined).map((found) => found.id)).toEqual(['a', 'b']);
  });

  it('leaves out the client being edited, and finds nothing for an empty name', () => {
    expect(clientsNamedLike('Zoë Design', clients, 'a').map((found) => found.id)).toEqual(['b']);
    expect(clientsNamedLike('  ', [client('x', { name: ' ' })], undefined)).toEqual([]);
  });
});

describe('aliasWordsFromName', () => {
  it('finds a word of the client’s name or company in the alias, case and accents aside', () => {
    expect(aliasWordsFromName('A HELIX partner', { name: 'Helix Biotech GmbH' })).toEqual(['HELIX']);
    expect(aliasWordsFromName('Bauunternehmen Muller', { name: 'J. Weber', company: 'Müller Bau' })).toEqual(['Muller']);
  });

  it('matches whole words only, not a name inside another word', () => {
    expect(aliasWordsFromName('A Helixir-like lab', { name: 'Helix' })).toEqual([]);
    expect(aliasWordsFromName('Nordic retail chain', { name: 'Nord' })).toEqual([]);
  });

  it('ignores legal forms and little words a name shares with any description', () => {
    expect(aliasWordsFromName('A GmbH in the north of Germany', { name: 'The House of Ink GmbH' })).toEqual([]);
  });

  it('finds nothing in an empty alias or for a client with no name', () => {
    expect(aliasWordsFromName('  ', { name: 'Helix' })).toEqual([]);
    expect(aliasWordsFromName('Helix', { name: '' })).toEqual([]);
  });
});
