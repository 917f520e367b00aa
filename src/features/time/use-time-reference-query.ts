import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listProjects } from '../../db/repositories/projects';
import { listRecentProjects, listRecentTimeEntries } from '../../db/repositories/time-entries';
import type { Client, Project } from '../../domain/model';
import { projectOptions, type ProjectOption } from './project-options';

/** How many recent entries the tag suggestions are read from: enough for every tag in current use. */
const TAG_SAMPLE_ENTRIES = 400;
const RECENT_PROJECTS = 6;

/** The records time entries point at, for showing names instead of ids. */
export interface TimeReference {
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
  projectNames: ReadonlyMap<string, string>;
  /** Options for the project pickers, open projects and finished ones. */
  projectOptions: ProjectOption[];
  /** Projects of the latest entries, most recent first. */
  recentProjectIds: string[];
  /** Tags in recent use, most used first. */
  knownTags: string[];
}

function tagsByUse(tagLists: ReadonlyArray<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** Projects, clients, recent projects and tags read together and kept live; undefined while the first read runs. */
export function useTimeReferenceQuery(): TimeReference | undefined {
  return useLiveQuery(async (): Promise<TimeReference> => {
    const [projects, clients, recentProjects, recentEntries] = await Promise.all([
      listProjects(db),
      listClients(db, { includeArchived: true }),
      listRecentProjects(db, RECENT_PROJECTS),
      listRecentTimeEntries(db, TAG_SAMPLE_ENTRIES),
    ]);
    const clientsById = new Map(clients.map((client) => [client.id, client]));
    return {
      projectsById: new Map(projects.map((project) => [project.id, project])),
      clientsById,
      projectNames: new Map(projects.map((project) => [project.id, project.name])),
      projectOptions: projectOptions(projects, clientsById),
      recentProjectIds: recentProjects.map((project) => project.id),
      knownTags: tagsByUse(recentEntries.map((entry) => entry.tags)),
    };
  }, []);
}
