import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
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

type Catalog = Pick<TimeReference, 'projectsById' | 'clientsById' | 'projectNames' | 'projectOptions'>;
type RecentUse = Pick<TimeReference, 'recentProjectIds' | 'knownTags'>;

function tagsByUse(tagLists: ReadonlyArray<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** The same recent use read again (after every timer start) keeps its identity, so nothing that shows it redraws. */
function recentUseKey(recent: RecentUse | undefined): string {
  return recent === undefined ? '' : JSON.stringify([recent.recentProjectIds, recent.knownTags]);
}

/**
 * Projects, clients, recent projects and tags, kept live; undefined while the first reads run. Two queries: the
 * projects and clients change rarely and a time entry's write leaves them alone, while recent use is read again
 * after each start and stop and, nearly always unchanged, keeps the reference as it was.
 */
export function useTimeReferenceQuery(): TimeReference | undefined {
  const catalog = useLiveQuery(async (): Promise<Catalog> => {
    const [projects, clients] = await Promise.all([listProjects(db), listClients(db, { includeArchived: true })]);
    const clientsById = new Map(clients.map((client) => [client.id, client]));
    return {
      projectsById: new Map(projects.map((project) => [project.id, project])),
      clientsById,
      projectNames: new Map(projects.map((project) => [project.id, project.name])),
      projectOptions: projectOptions(projects, clientsById),
    };
  }, []);
  const recentUse = useLiveQuery(async (): Promise<RecentUse> => {
    const [recentProjects, recentEntries] = await Promise.all([listRecentProjects(db, RECENT_PROJECTS), listRecentTimeEntries(db, TAG_SAMPLE_ENTRIES)]);
    return { recentProjectIds: recentProjects.map((project) => project.id), knownTags: tagsByUse(recentEntries.map((entry) => entry.tags)) };
  }, []);
  const recentKey = recentUseKey(recentUse);
  // Keyed by content: a new answer with the same projects and tags is the same recent use.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableRecentUse = useMemo(() => recentUse, [recentKey]);
  return useMemo(() => (catalog === undefined || stableRecentUse === undefined ? undefined : { ...catalog, ...stableRecentUse }), [catalog, stableRecentUse]);
}
