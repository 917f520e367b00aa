import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getClient, listClients } from '../../db/repositories/clients';
import { getProject } from '../../db/repositories/projects';
import { getProposal, listProposals } from '../../db/repositories/proposals';
import type { Client, Project, Proposal } from '../../domain/model';

export interface ProposalsView {
  /** Every live proposal, newest first. */
  proposals: Proposal[];
  /** Every live client, archived ones too, so old proposals still name theirs. */
  clients: Client[];
  clientsById: ReadonlyMap<string, Client>;
  /** When these records were read: every metric period ends here, so a bid sent after the screen opened counts once stored. */
  readAt: number;
}

export function useProposals(): ProposalsView | undefined {
  return useLiveQuery(async () => {
    const [proposals, clients] = await Promise.all([listProposals(db), listClients(db, { includeArchived: true })]);
    return { proposals, clients, clientsById: new Map(clients.map((client) => [client.id, client])), readAt: Date.now() };
  }, []);
}

export interface ProposalDetail {
  proposal: Proposal;
  client: Client | undefined;
  project: Project | undefined;
}

/** One proposal with the client and project it is linked to; null when there is no live proposal with this id. */
export function useProposalDetail(id: string): ProposalDetail | null | undefined {
  return useLiveQuery(async () => {
    const proposal = await getProposal(db, id);
    if (proposal === undefined || proposal.deletedAt !== undefined) return null;
    const [client, project] = await Promise.all([
      proposal.clientId === undefined ? undefined : getClient(db, proposal.clientId),
      proposal.projectId === undefined ? undefined : getProject(db, proposal.projectId),
    ]);
    return { proposal, client, project };
  }, [id]);
}
