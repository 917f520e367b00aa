import type { TimeEntry } from '../../../../src/domain/model';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** A stored time entry with only the fields a test is about. */
export function timeEntry(id: string, start: number, end: number | null, overrides: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id,
    createdAt: start,
    updatedAt: start,
    projectId: 'project-1',
    clientId: 'client-1',
    start,
    end,
    timeZone: 'Europe/Berlin',
    description: `Work ${id}`,
    billable: true,
    tags: [],
    source: 'manual',
    ...(end === null ? { running: 1 as const } : {}),
    ...overrides,
  };
}
