import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listProposals } from '../../db/repositories/proposals';
import type { Client, Proposal, ProposalStatus } from '../../domain/model';

export interface ProposalsView {
  /** The proposals the status filter lets through, newest first. */
  proposals: Proposal[];
  /** Every live proposal, for the summary and to tell "none match" from "none yet". */
  allProposals: Proposal[];
  clientsById: ReadonlyMap<string, Client>;
}

export function useProposals(status: ProposalStatus | undefined): ProposalsView | undefined {
  return useLiveQuery(async () => {
    const [allProposals, clients] = await Promise.all([listProposals(db), listClients(db, { includeArchived: true })]);
    const proposals = status === undefined ? allProposals : await listProposals(db, { status });
    return { proposals, allProposals, clientsById: new Map(clients.map((client) => [client.id, client])) };
  }, [status]);
}
