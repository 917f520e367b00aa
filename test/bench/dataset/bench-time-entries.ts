import type { TimeEntry } from '../../../src/domain/model';
import type { SeededRandom } from '../../../src/demo/seeded-random';
import { evenShare, type BenchDay } from './bench-calendar';
import { TASKS } from './bench-catalog';
import { ActiveProjects, type BenchProject } from './bench-parties';

const SECOND_MS = 1_000;

export interface BenchTimePlan {
  days: readonly BenchDay[];
  projects: readonly BenchProject[];
  /** Exactly this many entries, spread evenly over the days. */
  count: number;
  timeZone: string;
  random: SeededRandom;
  ids: SeededRandom;
}

export interface BenchTimeEntries {
  /** Oldest first; entries never overlap. */
  entries: TimeEntry[];
  /** Where each day's entries begin in `entries`, with one more element at the end: day d is [at[d], at[d + 1]). */
  firstEntryOfDay: number[];
}

/**
 * Stopped entries, one after another inside each day's working window, each on one of the projects worked on that
 * day. A tenth of the window before each entry and up to half of it after are left empty, so no two entries touch.
 */
export function benchTimeEntries(plan: BenchTimePlan): BenchTimeEntries {
  const { days, projects, random, ids } = plan;
  const active = new ActiveProjects(projects);
  const entries: TimeEntry[] = [];
  const firstEntryOfDay: number[] = [];
  days.forEach((day, dayIndex) => {
    firstEntryOfDay.push(entries.length);
    const count = evenShare(plan.count, days.length, dayIndex);
    if (count === 0) return;
    const { low, high } = active.on(dayIndex);
    const window = day.workEnd - day.workStart;
    for (let slot = 0; slot < count; slot += 1) {
      const slotStart = day.workStart + Math.floor((slot * window) / count);
      const slotEnd = day.workStart + Math.floor(((slot + 1) * window) / count);
      const slotLength = slotEnd - slotStart;
      const start = slotStart + Math.floor((slotLength * 0.1 * random.next()) / SECOND_MS) * SECOND_MS;
      const length = Math.floor((slotLength * (0.4 + 0.4 * random.next())) / SECOND_MS) * SECOND_MS;
      const end = Math.min(slotEnd, start + Math.max(SECOND_MS, length));
      const work = projects[low + random.int(0, high - low)];
      if (work === undefined) throw new Error(`benchTimeEntries: no project is worked on day ${day.key}`);
      const { project } = work;
      entries.push({
        id: ids.uuid(),
        createdAt: end,
        updatedAt: end,
        projectId: project.id,
        clientId: project.clientId,
        start,
        end: Math.max(start, end),
        timeZone: plan.timeZone,
        description: random.pick(TASKS),
        billable: project.billing.kind !== 'nonBillable' && !random.chance(0.05),
        tags: random.chance(0.1) ? ['meeting'] : [],
        source: 'manual',
      });
    }
  });
  firstEntryOfDay.push(entries.length);
  return { entries, firstEntryOfDay };
}
