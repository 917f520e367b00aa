import { openReputeDb, type ReputeDb } from './db';

export type { ReputeDb } from './db';

/** The app's database. Screens read and write through the repositories with this instance. */
export const db: ReputeDb = openReputeDb('repute');

// Opened as soon as this module runs rather than at the first query, which comes only after React has drawn the window
// once. A build runs this module first, from a script of its own (see openDatabaseFirst in vite.config.ts), so
// IndexedDB opens the database while the rest of the app's code is still loading. A failure to open is not lost:
// Dexie rejects every query with it, and the screens show it.
db.open().catch(() => undefined);
