import { db } from '../../db';
import { createProject, deleteProject, projectInputErrors, restoreProject, updateProject } from '../../db/repositories/projects';
import type { ProjectInput } from '../../domain/model';

const PROJECT_COMMANDS = {
  /** The messages a save of this input would be refused with, without writing anything. */
  projectInputErrors: (input: Partial<ProjectInput>, projectId?: string) => projectInputErrors(db, input, projectId),
  createProject: (input: ProjectInput) => createProject(db, input),
  updateProject: (projectId: string, input: Partial<ProjectInput>) => updateProject(db, projectId, input),
  deleteProject: (projectId: string) => deleteProject(db, projectId),
  restoreProject: (projectId: string) => restoreProject(db, projectId),
};

/** The writes on projects, each one repository transaction resolving to its result. */
export function useProjectCommands(): typeof PROJECT_COMMANDS {
  return PROJECT_COMMANDS;
}
