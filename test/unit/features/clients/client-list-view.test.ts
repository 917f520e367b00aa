import { describe, expect, it } from 'vitest';
import type { ClientListEntry } from '../../../../src/db/repositories/clients';
import { clientFilterOptions, DEFAULT_CLIENT_FILTER, filterClientEntries, noMatchMessage, receivedSortKey } from '../../../../src/features/clients/client-list-view';
import { client } from '../records';

function entry(id: string, overrides: Partial<ClientListEntry> & { client?: ReturnType<typeof client> } = {}): ClientListEntry {
  return { client: client(id), lastActivityDay: undefined, received: [], outstanding: [], ...overrides };
}

const northwind = entry('nw', {
  client: client('nw', { name: 'Northwind Analytics', tags: ['retainer'], platform: 'direct' }),
  lastActivityDay: '2026-03-02',
  received: [{ currency: 'EUR', amountMinor: 500_000 }],
});
const kestrel = entry('ks', {
  client: client('ks', { name: 'Kestrel Trail', currency: 'USD', platform: 'upwork', tags: ['ecommerce'] }),
  lastActivityDay: '2026-03-09',
  received: [{ currency: 'USD', amountMinor: 900_000 }],
});
const sakura = entry('jp', {
  client: client('jp', { name: 'Sakura Design', currency: 'JPY', platform: 'upwork' }),
  received: [{ currency: 'JPY', amountMinor: 6_000_000 }, { currency: 'EUR', amountMinor: 1 }],
});
const helix = entry('hx', {
  client: client('hx', { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company', archivedAt: 1 }),
  lastActivityDay: '2025-12-01',
});
const all = [northwind, kestrel, sakura, helix];

function names(entries: readonly ClientListEntry[]): string[] {
  return entries.map((item) => item.client.name);
}

describe('filterClientEntries', () => {
  it('shows active clients by name by default', () => {
    expect(names(filterClientEntries(all, DEFAULT_CLIENT_FILTER))).toEqual(['Kestrel Trail', 'Northwind Analytics', 'Sakura Design']);
  });

  it('filters by archive state, platform and tag', () => {
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, archive: 'archived' }))).toEqual(['Helix Biotech GmbH']);
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, archive: 'all', platform: 'upwork' }))).toEqual(['Kestrel Trail', 'Sakura Design']);
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, tag: 'retainer' }))).toEqual(['Northwind Analytics']);
  });

  it('searches names, aliases and tags, ignoring case', () => {
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, archive: 'all', search: 'EUROPEAN' }))).toEqual(['Helix Biotech GmbH']);
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, search: 'ecomm' }))).toEqual(['Kestrel Trail']);
  });

  it('sorts by last activity, newest first, with no activity last', () => {
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, archive: 'all', sort: 'lastActivity' }))).toEqual([
      'Kestrel Trail',
      'Northwind Analytics',
      'Helix Biotech GmbH',
      'Sakura Design',
    ]);
  });

  it('sorts by received in each client’s own currency, in whole units', () => {
    expect(names(filterClientEntries(all, { ...DEFAULT_CLIENT_FILTER, sort: 'received' }))).toEqual(['Sakura Design', 'Kestrel Trail', 'Northwind Analytics']);
    expect(receivedSortKey(sakura)).toBe(6_000_000);
    expect(receivedSortKey(kestrel)).toBe(9_000);
    expect(receivedSortKey(helix)).toBe(0);
  });
});

describe('clientFilterOptions', () => {
  it('offers only platforms and tags in use', () => {
    expect(clientFilterOptions(all)).toEqual({ platforms: ['direct', 'upwork'], tags: ['ecommerce', 'retainer'] });
  });
});

describe('noMatchMessage', () => {
  it('says why the list is empty', () => {
    expect(noMatchMessage({ ...DEFAULT_CLIENT_FILTER, search: ' zeta ' })).toBe('No clients match “zeta”.');
    expect(noMatchMessage({ ...DEFAULT_CLIENT_FILTER, tag: 'x' })).toBe('No clients match these filters.');
    expect(noMatchMessage(DEFAULT_CLIENT_FILTER)).toBe('Every client is archived. Choose “Archived” or “All clients” to see them.');
  });
});
