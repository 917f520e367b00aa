import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getProjectOverview, type ProjectOverview } from '../../db/repositories/projects';

/** The project's page data, kept live; `null` once the read found no such live project, undefined while loading. */
export function useProjectOverview(projectId: string): ProjectOverview | null | undefined {
  return useLiveQuery(async () => (await getProjectOverview(db, projectId)) ?? null, [projectId]);
}
