import { projectMappingKey } from '../../../db/repositories/imports';
import type { ImportPreview } from '../../../domain/importers/import-types';

export { projectMappingKey };

/** The value a mapping select holds when the file's record should be created rather than matched. */
export const CREATE_NEW = 'new';

/** The part of an import preview that mapping needs: the file's clients and projects, each with its match if any. */
export type MappablePreview = Pick<ImportPreview, 'clients' | 'projects'>;

/** An existing project as mapping sees it: which client it belongs to decides where it may be chosen. */
export interface ExistingProject {
  id: string;
  clientId: string;
  name: string;
}

/** The clients and projects a file's records can go into. */
export interface ExistingRecords {
  clients: ReadonlyArray<{ id: string; name: string }>;
  projects: readonly ExistingProject[];
}

/** For each file client and project: the id of the existing record it goes into, or CREATE_NEW. */
export interface ImportMapping {
  clients: Record<string, string>;
  /** Keyed by projectMappingKey(clientName, projectName). */
  projects: Record<string, string>;
}

/** The preview's own matches, and CREATE_NEW where it found none. */
export function initialImportMapping(preview: MappablePreview): ImportMapping {
  const clients: Record<string, string> = {};
  for (const client of preview.clients) clients[client.name] = client.match?.id ?? CREATE_NEW;
  const projects: Record<string, string> = {};
  for (const project of preview.projects) projects[projectMappingKey(project.clientName, project.name)] = project.match?.id ?? CREATE_NEW;
  return { clients, projects };
}

/**
 * Points a file client at another target. Its projects keep their targets only where those still belong to the new
 * target client; a project cannot go into another client's project, so the rest fall back to the preview's match
 * when that fits, else to CREATE_NEW.
 */
export function remapClient(
  mapping: ImportMapping,
  preview: MappablePreview,
  existingProjects: readonly ExistingProject[],
  clientName: string,
  target: string,
): ImportMapping {
  const clientIdOfProject = new Map(existingProjects.map((project) => [project.id, project.clientId]));
  const fits = (projectId: string | undefined): projectId is string => projectId !== undefined && target !== CREATE_NEW && clientIdOfProject.get(projectId) === target;
  const projects = { ...mapping.projects };
  for (const project of preview.projects) {
    if (project.clientName !== clientName) continue;
    const key = projectMappingKey(project.clientName, project.name);
    const current = projects[key];
    projects[key] = fits(current) ? current : fits(project.match?.id) ? project.match.id : CREATE_NEW;
  }
  return { clients: { ...mapping.clients, [clientName]: target }, projects };
}

/** The existing projects a file project may go into: those of the client its file client is mapped to. */
export function projectChoices(mapping: ImportMapping, clientName: string, existingProjects: readonly ExistingProject[]): ExistingProject[] {
  const target = mapping.clients[clientName] ?? CREATE_NEW;
  if (target === CREATE_NEW) return [];
  return existingProjects.filter((project) => project.clientId === target);
}
