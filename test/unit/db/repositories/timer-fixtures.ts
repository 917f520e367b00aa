import type { ReputeDb } from '../../../../src/db/db';
import { createClient } from '../../../../src/db/repositories/clients';
import { createProject } from '../../../../src/db/repositories/projects';
import type { StartTimerInput } from '../../../../src/db/repositories/timer';
import type { TimeEntry } from '../../../../src/domain/model';
import { clientInput, expectOk, MONDAY_9_BERLIN, projectInput } from '../test-db';

/* What the timer's tests share: one client with a billed and a non-billable project, and a start in Berlin. */

export const MINUTE = 60_000;
export const ZONE = 'Europe/Berlin';

export async function setUp(db: ReputeDb) {
  const client = expectOk(await createClient(db, clientInput()));
  const project = expectOk(await createProject(db, projectInput(client.id)));
  const internal = expectOk(await createProject(db, projectInput(client.id, { name: 'Internal tooling', billing: { kind: 'nonBillable' } })));
  return { client, project, internal };
}

export function start(projectId: string, overrides: Partial<StartTimerInput> = {}): StartTimerInput {
  return { projectId, description: 'Chart legend', tags: ['frontend'], now: MONDAY_9_BERLIN, timeZone: ZONE, ...overrides };
}

export async function liveEntries(db: ReputeDb): Promise<TimeEntry[]> {
  return (await db.timeEntries.toArray()).filter((entry) => entry.deletedAt === undefined).sort((a, b) => a.start - b.start);
}
