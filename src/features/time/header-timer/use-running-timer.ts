import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { getClient } from '../../../db/repositories/clients';
import { getProject } from '../../../db/repositories/projects';
import { getRunningTimeEntry } from '../../../db/repositories/time-entries';
import type { Client, Project, TimeEntry } from '../../../domain/model';

/** The running timer with the names it is shown by. */
export interface RunningTimer {
  entry: TimeEntry;
  project: Project | undefined;
  client: Client | undefined;
}

/** The running timer with its project and client, kept live: undefined while the first read runs, null when none runs. */
export function useRunningTimer(): RunningTimer | null | undefined {
  return useLiveQuery(async (): Promise<RunningTimer | null> => {
    const entry = await getRunningTimeEntry(db);
    if (entry === undefined) return null;
    const [project, client] = await Promise.all([getProject(db, entry.projectId), getClient(db, entry.clientId)]);
    return { entry, project, client };
  }, []);
}
