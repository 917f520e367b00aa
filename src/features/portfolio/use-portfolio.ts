import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listCredentials } from '../../db/repositories/credentials';
import { listFeedback } from '../../db/repositories/feedback';
import { listProjects } from '../../db/repositories/projects';
import type { Client, Credential, Feedback, Project } from '../../domain/model';

export interface PortfolioSources {
  projects: Project[];
  clients: Client[];
  clientsById: ReadonlyMap<string, Client>;
  feedback: Feedback[];
  credentials: Credential[];
}

/** Everything the portfolio export draws on, kept live so the preview follows each edit. */
export function usePortfolioSources(): PortfolioSources | undefined {
  return useLiveQuery(async () => {
    const [projects, clients, feedback, credentials] = await Promise.all([
      listProjects(db),
      listClients(db, { includeArchived: true }),
      listFeedback(db),
      listCredentials(db),
    ]);
    return { projects, clients, clientsById: new Map(clients.map((client) => [client.id, client])), feedback, credentials };
  }, []);
}
