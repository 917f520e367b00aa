import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listProjects } from '../../db/repositories/projects';
import type { Client, Project } from '../../domain/model';

export interface ProjectsView {
  projects: Project[];
  /** Archived clients included: their old projects still need a name beside them. */
  clientsById: ReadonlyMap<string, Client>;
}

/** Every live project, newest start first, with the clients they belong to. */
export function useProjects(): ProjectsView | undefined {
  return useLiveQuery(async () => {
    const [projects, clients] = await Promise.all([listProjects(db), listClients(db, { includeArchived: true })]);
    return { projects, clientsById: new Map(clients.map((client) => [client.id, client])) };
  }, []);
}
