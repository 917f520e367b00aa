import type { FindableRecords } from '../shared/use-findable-records';
import { normalise, scoreCommand, type SearchableCommand } from './command-search';
import type { Command } from './commands';

/** Past this many, records that match are left out: the palette is for jumping to one, not for browsing. */
export const RECORD_MATCH_LIMIT = 8;

/** Below this score a record matched only by letters scattered through its name, which over thousands is noise. */
const LEAST_RECORD_SCORE = 40;

/** A record the palette can open, with its words prepared once rather than at every keystroke. */
export interface IndexedRecord<C extends SearchableCommand> {
  record: C;
  /** Every word it can be found by, normalised, for a quick check before scoring. */
  haystack: string;
}

function clientNames(records: FindableRecords): Map<string, string> {
  return new Map(records.clients.map((client) => [client.id, client.name]));
}

function invoiceTitle(invoice: FindableRecords['invoices'][number], clientName: string): string {
  const noun = invoice.kind === 'creditNote' ? 'Credit note' : 'Invoice';
  return invoice.number === undefined ? `Draft ${noun.toLowerCase()} for ${clientName}` : `${noun} ${invoice.number}`;
}

/**
 * The clients, projects, proposals and invoices as palette commands that open them: found by name, title or number,
 * and by the client they belong to. The palette is the user's own, so confidential clients go by their real names.
 */
export function recordCommands(records: FindableRecords, open: (path: string) => void): Command[] {
  const clientName = clientNames(records);
  const nameOf = (clientId: string | undefined) => (clientId === undefined ? undefined : clientName.get(clientId));
  const withKeywords = (...words: Array<string | undefined>) => words.filter((word): word is string => word !== undefined && word !== '');
  return [
    ...records.clients.map((client): Command => ({
      id: `open-client-${client.id}`,
      title: client.name,
      section: 'Client',
      detail: client.company,
      keywords: withKeywords(client.company),
      run: () => open(`/clients/${client.id}`),
    })),
    ...records.projects.map((project): Command => ({
      id: `open-project-${project.id}`,
      title: project.name,
      section: 'Project',
      detail: nameOf(project.clientId),
      keywords: withKeywords(nameOf(project.clientId)),
      run: () => open(`/projects/${project.id}`),
    })),
    ...records.proposals.map((proposal): Command => {
      const forWhom = nameOf(proposal.clientId) ?? proposal.prospectName;
      return {
        id: `open-proposal-${proposal.id}`,
        title: proposal.title,
        section: 'Proposal',
        detail: forWhom,
        keywords: withKeywords(forWhom),
        run: () => open(`/proposals/${proposal.id}`),
      };
    }),
    ...records.invoices.map((invoice): Command => {
      const client = nameOf(invoice.clientId) ?? 'an unknown client';
      return {
        id: `open-invoice-${invoice.id}`,
        title: invoiceTitle(invoice, client),
        section: 'Invoice',
        detail: client,
        keywords: withKeywords(invoice.number, client),
        run: () => open(`/invoices/${invoice.id}`),
      };
    }),
  ];
}

export function indexRecords<C extends SearchableCommand>(records: readonly C[]): IndexedRecord<C>[] {
  return records.map((record) => ({ record, haystack: normalise([record.title, ...record.keywords].join(' ')) }));
}

/**
 * What the palette lists for a query: the matching commands and at most `limit` matching records, best first, a
 * command before a record that scores the same. With nothing typed, only the commands.
 */
export function paletteMatches<C extends SearchableCommand>(commands: readonly C[], records: readonly IndexedRecord<C>[], rawQuery: string, limit = RECORD_MATCH_LIMIT): C[] {
  const query = normalise(rawQuery);
  const scored = commands.flatMap((command, index) => {
    const score = scoreCommand(command, query);
    return score === null ? [] : [{ item: command, score, order: index }];
  });
  if (query !== '') {
    const queryWords = query.split(' ');
    const found: Array<{ item: C; score: number; order: number }> = [];
    records.forEach(({ record, haystack }, index) => {
      // Every score worth showing needs each typed word somewhere in the record's words.
      if (!queryWords.every((word) => haystack.includes(word))) return;
      const score = scoreCommand(record, query);
      if (score !== null && score >= LEAST_RECORD_SCORE) found.push({ item: record, score, order: commands.length + index });
    });
    found.sort((a, b) => b.score - a.score || a.order - b.order);
    scored.push(...found.slice(0, limit));
  }
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.item);
}
