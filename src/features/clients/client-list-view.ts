import type { ClientListEntry } from '../../db/repositories/clients';
import { currencyExponent } from '../../domain/money';
import type { Platform } from '../../domain/model';

export type ClientSort = 'name' | 'lastActivity' | 'received';
export type ArchiveFilter = 'active' | 'archived' | 'all';

export interface ClientListFilter {
  search: string;
  platform: Platform | 'all';
  /** '' for any tag. */
  tag: string;
  archive: ArchiveFilter;
  sort: ClientSort;
}

export const DEFAULT_CLIENT_FILTER: ClientListFilter = { search: '', platform: 'all', tag: '', archive: 'active', sort: 'name' };

function matchesSearch(entry: ClientListEntry, needle: string): boolean {
  const { client } = entry;
  const haystack = [client.name, client.company, client.email, client.publicAlias, client.industry, ...client.tags];
  return haystack.some((text) => text !== undefined && text.toLocaleLowerCase().includes(needle));
}

function matchesArchive(entry: ClientListEntry, archive: ArchiveFilter): boolean {
  if (archive === 'all') return true;
  return (entry.client.archivedAt !== undefined) === (archive === 'archived');
}

/**
 * What the list sorts "received" by: the amount in the client's own currency, in whole units, so a yen client is not
 * ranked a hundred times above a euro one. Money in other currencies does not count here.
 */
export function receivedSortKey(entry: ClientListEntry): number {
  const own = entry.received.find((amount) => amount.currency === entry.client.currency);
  if (own === undefined) return 0;
  return own.amountMinor / 10 ** currencyExponent(own.currency);
}

function byName(a: ClientListEntry, b: ClientListEntry): number {
  return a.client.name.localeCompare(b.client.name, undefined, { sensitivity: 'base' }) || a.client.id.localeCompare(b.client.id);
}

const COMPARATORS: Record<ClientSort, (a: ClientListEntry, b: ClientListEntry) => number> = {
  name: byName,
  // Most recent first; clients with no activity at all go last.
  lastActivity: (a, b) => (b.lastActivityDay ?? '').localeCompare(a.lastActivityDay ?? '') || byName(a, b),
  received: (a, b) => receivedSortKey(b) - receivedSortKey(a) || byName(a, b),
};

/** The entries the filter lets through, in its order. */
export function filterClientEntries(entries: readonly ClientListEntry[], filter: ClientListFilter): ClientListEntry[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  return entries
    .filter(
      (entry) =>
        matchesArchive(entry, filter.archive) &&
        (filter.platform === 'all' || entry.client.platform === filter.platform) &&
        (filter.tag === '' || entry.client.tags.includes(filter.tag)) &&
        (needle === '' || matchesSearch(entry, needle)),
    )
    .sort(COMPARATORS[filter.sort]);
}

/** The platforms and tags the clients actually use, for the filter menus. */
export function clientFilterOptions(entries: readonly ClientListEntry[]): { platforms: Platform[]; tags: string[] } {
  const platforms = [...new Set(entries.map((entry) => entry.client.platform))];
  const tags = [...new Set(entries.flatMap((entry) => entry.client.tags))].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  return { platforms, tags };
}

/** Why nothing is listed, in terms of what the filter does. */
export function noMatchMessage(filter: ClientListFilter): string {
  if (filter.search.trim() !== '') return `No clients match “${filter.search.trim()}”.`;
  if (filter.archive === 'archived') return 'No archived clients match these filters.';
  if (filter.platform !== 'all' || filter.tag !== '') return 'No clients match these filters.';
  return 'Every client is archived. Choose “Archived” or “All clients” to see them.';
}
