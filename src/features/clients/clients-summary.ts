import type { Client } from '../../domain/model';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "7 clients · 2 confidential · 1 archived": the header line of the Clients screen. */
export function clientsSummary(clients: readonly Client[]): string {
  const archived = clients.filter((client) => client.archivedAt !== undefined).length;
  const confidential = clients.filter((client) => client.confidential).length;
  const currencies = new Set(clients.map((client) => client.currency)).size;
  const parts = [count(clients.length, 'client', 'clients')];
  if (confidential > 0) parts.push(`${confidential} confidential`);
  if (archived > 0) parts.push(`${archived} archived`);
  if (currencies > 1) parts.push(`billed in ${currencies} currencies`);
  return parts.join(' · ');
}
