import type { Client, Project, ProjectStatus } from '../../domain/model';

export interface ProjectListFilter {
  search: string;
  status: ProjectStatus | 'all';
  /** '' for every client. */
  clientId: string;
}

export const DEFAULT_PROJECT_FILTER: ProjectListFilter = { search: '', status: 'all', clientId: '' };

function matchesSearch(project: Project, client: Client | undefined, needle: string): boolean {
  const haystack = [project.name, project.description, client?.name, client?.publicAlias, ...project.skills];
  return haystack.some((text) => text !== undefined && text.toLocaleLowerCase().includes(needle));
}

/** The projects the filter lets through, in the order given (newest start first). */
export function filterProjects(projects: readonly Project[], clientsById: ReadonlyMap<string, Client>, filter: ProjectListFilter): Project[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  return projects.filter(
    (project) =>
      (filter.status === 'all' || project.status === filter.status) &&
      (filter.clientId === '' || project.clientId === filter.clientId) &&
      (needle === '' || matchesSearch(project, clientsById.get(project.clientId), needle)),
  );
}

/** Clients that have projects, by name, for the client filter. */
export function clientsWithProjects(projects: readonly Project[], clientsById: ReadonlyMap<string, Client>): Client[] {
  const ids = new Set(projects.map((project) => project.clientId));
  return [...ids]
    .flatMap((id) => {
      const client = clientsById.get(id);
      return client === undefined ? [] : [client];
    })
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}
