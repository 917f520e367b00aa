import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { getProject, listBudgetUsage, listProjects, listSkillUsage } from '../../db/repositories/projects';
import type { Client, Project } from '../../domain/model';
import type { ProjectUsage } from '../../domain/projects/budget-burn';
import type { SkillUsage } from '../../domain/projects/skill-suggestions';

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

export interface ProjectFormSources {
  /** The project being edited as stored (deleted ones included, so the page can say so); undefined for a new one. */
  project: Project | undefined;
  /** Every live client, archived ones too: the form offers the active ones and the project's own. */
  allClients: Client[];
  /** Skills on the other projects, for the skills field's suggestions. */
  skillUsage: SkillUsage[];
}

/** What the project form starts from, read together so the form opens once with all of it; undefined while loading. */
export function useProjectFormSources(editedId: string | undefined): ProjectFormSources | undefined {
  return useLiveQuery(async () => {
    const [project, allClients, skillUsage] = await Promise.all([
      editedId === undefined ? undefined : getProject(db, editedId),
      listClients(db, { includeArchived: true }),
      listSkillUsage(db),
    ]);
    return { project, allClients, skillUsage };
  }, [editedId]);
}
