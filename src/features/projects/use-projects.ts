import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listBudgetUsage, listProjects } from '../../db/repositories/projects';
import type { Client, Project } from '../../domain/model';
import type { ProjectUsage } from '../../domain/projects/budget-burn';

export interface ProjectsView {
  projects: Project[];
  /** Archived clients included: their old projects still need a name beside them. */
  clientsById: ReadonlyMap<string, Client>;
  /** Usage of the projects whose budget is still being spent (active or paused, with a budget). */
  budgetUsage: ReadonlyMap<string, ProjectUsage>;
}

/** Every live project, newest start first, with the clients they belong to and the usage of open budgets. */
export function useProjects(): ProjectsView | undefined {
  return useLiveQuery(async () => {
    const [projects, clients] = await Promise.all([listProjects(db), listClients(db, { includeArchived: true })]);
    const budgetUsage = await listBudgetUsage(db, projects);
    return { projects, clientsById: new Map(clients.map((client) => [client.id, client])), budgetUsage };
  }, []);
}
