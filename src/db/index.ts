import { openReputeDb, type ReputeDb } from './db';

export type { ReputeDb } from './db';

/** The app's database. Screens read and write through the repositories with this instance. */
export const db: ReputeDb = openReputeDb('repute');
