import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listProjects } from '../../db/repositories/projects';
import { getRunningTimeEntry, listRecentTimeEntries, listTimeEntriesInRange } from '../../db/repositories/time-entries';
import type { Client, Project, TimeEntry } from '../../domain/model';

export interface TimeOverview {
  running: TimeEntry | undefined;
  /** Entries starting in the range, newest first; includes the running one when it started in range. */
  entries: TimeEntry[];
  /** Whether anything was ever tracked, so an empty fortnight is not mistaken for a new install. */
  hasAnyEntries: boolean;
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
}

/** The timer and the recent timesheet, kept live as entries start, stop and change. */
export function useTimeOverview(range: { from: number; to: number }): TimeOverview | undefined {
  const { from, to } = range;
  return useLiveQuery(async () => {
    const [running, entries, latest, projects, clients] = await Promise.all([
      getRunningTimeEntry(db),
      listTimeEntriesInRange(db, { from, to }),
      listRecentTimeEntries(db, 1),
      listProjects(db),
      listClients(db, { includeArchived: true }),
    ]);
    return {
      running,
      entries,
      hasAnyEntries: latest.length > 0,
      projectsById: new Map(projects.map((project) => [project.id, project])),
      clientsById: new Map(clients.map((client) => [client.id, client])),
    };
  }, [from, to]);
}
