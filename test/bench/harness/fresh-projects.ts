import type { ReputeDb } from '../../../src/db/db';
import { createProject } from '../../../src/db/repositories/projects';
import { freshProjectName } from '../common/bench-names';
import type { OperationResult } from './harness-api';

/**
 * Projects no timer has run on yet, created through the app's repository after every harness figure is measured
 * (a restore would take them away again), for the runner's "start on a project never used before". Each belongs to
 * the dataset's first live client and bills hourly, like the project the warm timer runs on.
 */
export async function createFreshProjects(db: ReputeDb, count: number): Promise<OperationResult> {
  const client = await db.clients.filter((candidate) => candidate.deletedAt === undefined && candidate.archivedAt === undefined).first();
  if (client === undefined) throw new Error('The dataset has no live client to add projects to');
  for (let index = 0; index < count; index += 1) {
    const created = await createProject(db, {
      clientId: client.id,
      name: freshProjectName(index),
      billing: { kind: 'hourly', rateMinor: 9_000 },
      currency: client.currency,
      startDate: '2026-01-05',
      status: 'active',
      skills: [],
      portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
    });
    if (!created.ok) throw new Error(`A fresh project was refused: ${JSON.stringify(created.errors)}`);
  }
  return { samples: {}, facts: { freshProjects: count, freshProjectsClient: client.name } };
}
