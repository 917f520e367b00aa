import { openReputeDb, type ReputeDb } from './db';

export type { ReputeDb } from './db';

/** The app's database. Screens read and write through the repositories with this instance. */
export const db: ReputeDb = openReputeDb('repute');

// Opened as soon as the app's code loads rather than at the first query, which comes only after React has drawn the
// window once: IndexedDB then opens the database while the first screen is being drawn. A failure to open is not
// lost: Dexie rejects every query with it, and the screens show it.
db.open().catch(() => undefined);
