import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { listClients } from '../../../db/repositories/clients';
import { listImports } from '../../../db/repositories/imports';
import { listProjects } from '../../../db/repositories/projects';
import type { ImportRecord } from '../../../domain/model';
import type { ExistingRecords } from './import-mapping';

/** Every import so far, newest first, live; undefined while the first read runs. */
export function useImportHistory(): ImportRecord[] | undefined {
  return useLiveQuery(() => listImports(db), []);
}

/** The clients (archived ones too) and projects a file's records can be mapped into, live. */
export function useImportTargets(): ExistingRecords | undefined {
  return useLiveQuery(async () => {
    const [clients, projects] = await Promise.all([listClients(db, { includeArchived: true }), listProjects(db)]);
    return { clients, projects };
  }, []);
}
