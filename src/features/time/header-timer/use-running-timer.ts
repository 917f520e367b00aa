import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db';
import { getRunningTimeEntry } from '../../../db/repositories/time-entries';
import type { Client, Project, TimeEntry } from '../../../domain/model';
import type { TimeReference } from '../use-time-reference-query';

/** The running timer with the names it is shown by. */
export interface RunningTimer {
  entry: TimeEntry;
  project: Project | undefined;
  client: Client | undefined;
}

/**
 * The running timer, kept live: undefined while the first read runs, null when none runs. Its project and client come
 * from the window's time reference, already in memory, so a start or stop is on screen after one read, not three.
 */
export function useRunningTimer(reference: TimeReference | undefined): RunningTimer | null | undefined {
  const entry = useLiveQuery(async () => (await getRunningTimeEntry(db)) ?? null, []);
  const projectsById = reference?.projectsById;
  const clientsById = reference?.clientsById;
  return useMemo(() => {
    if (entry === undefined || entry === null) return entry;
    return { entry, project: projectsById?.get(entry.projectId), client: clientsById?.get(entry.clientId) };
  }, [entry, projectsById, clientsById]);
}
