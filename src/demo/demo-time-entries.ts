import type { Project, TimeEntry } from '../domain/model';
import type { DemoCalendar, DemoDay } from './demo-calendar';
import { DEMO_UNBILLED_TASKS } from './demo-tasks-catalog';
import type { NonEmpty, SeededRandom } from './seeded-random';

const MINUTE_MS = 60_000;
const MIN_WORK_WINDOW_MS = 30 * MINUTE_MS;
const ENTRIES_PER_NATURAL_DAY: NonEmpty<number> = [1, 2, 2, 3, 3, 3, 4, 4, 5];
const MEETING_WORDS = /\b(call|sync|standup|workshop|planning|review session|demo)\b/i;

/** A project as the time generator needs it: when it is worked on and what the work sounds like. */
export interface DemoWorkProject {
  project: Project;
  /** Day indexes in the calendar, both inclusive. */
  fromDay: number;
  untilDay: number;
  weight: number;
  tasks: NonEmpty<string>;
}

export interface DemoTimeEntryPlan {
  calendar: DemoCalendar;
  projects: readonly DemoWorkProject[];
  random: SeededRandom;
  ids: SeededRandom;
  /** Exactly this many entries, spread evenly over the work days; undefined: a believable 1–5 a day. */
  target?: number;
}

interface WorkDay {
  day: DemoDay;
  candidates: NonEmpty<DemoWorkProject>;
}

function workDays(plan: DemoTimeEntryPlan): WorkDay[] {
  const result: WorkDay[] = [];
  plan.calendar.days.forEach((day, index) => {
    if (day.weekday === 0 || day.weekday === 6 || day.workEnd - day.workStart < MIN_WORK_WINDOW_MS) return;
    const [first, ...rest] = plan.projects.filter((work) => work.fromDay <= index && index <= work.untilDay);
    if (first !== undefined) result.push({ day, candidates: [first, ...rest] });
  });
  return result;
}

function pickWeighted(random: SeededRandom, candidates: NonEmpty<DemoWorkProject>): DemoWorkProject {
  const total = candidates.reduce((sum, work) => sum + work.weight, 0);
  let point = random.next() * total;
  for (const work of candidates) {
    point -= work.weight;
    if (point < 0) return work;
  }
  return candidates[0];
}

/** Splits the working window into consecutive slots of uneven length, one per entry, so entries never overlap. */
function slotBounds(random: SeededRandom, start: number, end: number, count: number): [number, number][] {
  const weights = Array.from({ length: count }, () => 0.6 + random.next() * 0.8);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const bounds: [number, number][] = [];
  let cursor = start;
  let accumulated = 0;
  for (const weight of weights) {
    accumulated += weight;
    const slotEnd = bounds.length === count - 1 ? end : start + Math.floor(((end - start) * accumulated) / total);
    bounds.push([cursor, slotEnd]);
    cursor = slotEnd;
  }
  return bounds;
}

/** An entry inside its slot, on whole minutes when the slot allows it. */
function entryTimes(random: SeededRandom, slotStart: number, slotEnd: number): [number, number] {
  const length = slotEnd - slotStart;
  const rawStart = slotStart + Math.floor(length * random.next() * 0.15);
  const rawEnd = rawStart + Math.max(1, Math.floor(length * (0.55 + random.next() * 0.3)));
  const start = Math.ceil(rawStart / MINUTE_MS) * MINUTE_MS;
  const end = Math.floor(Math.min(rawEnd, slotEnd) / MINUTE_MS) * MINUTE_MS;
  return end > start ? [start, end] : [slotStart, Math.max(slotStart + 1, Math.min(rawEnd, slotEnd))];
}

function describe(random: SeededRandom, work: DemoWorkProject): { description: string; billable: boolean } {
  const billing = work.project.billing.kind;
  if (billing === 'nonBillable') return { description: random.pick(work.tasks), billable: false };
  if (billing === 'hourly' && random.chance(0.07)) return { description: random.pick(DEMO_UNBILLED_TASKS), billable: false };
  return { description: random.pick(work.tasks), billable: true };
}

/**
 * Stopped entries on weekdays between 09:00 and 18:00 local (today's only up to `now`), one after another with
 * gaps, on the projects active that day. A generator, so a benchmark can stream 100,000 of them in linear time.
 */
export function* generateDemoTimeEntries(plan: DemoTimeEntryPlan): Generator<TimeEntry> {
  const { random, ids, calendar } = plan;
  const days = workDays(plan);
  let produced = 0;
  for (const [index, { day, candidates }] of days.entries()) {
    let count: number;
    if (plan.target === undefined) {
      count = random.chance(0.04) ? 0 : random.pick(ENTRIES_PER_NATURAL_DAY);
    } else {
      const due = Math.floor(((index + 1) * plan.target) / days.length);
      count = due - produced;
    }
    if (count === 0) continue;
    produced += count;
    for (const [slotStart, slotEnd] of slotBounds(random, day.workStart, day.workEnd, count)) {
      const work = pickWeighted(random, candidates);
      const [start, end] = entryTimes(random, slotStart, slotEnd);
      const { description, billable } = describe(random, work);
      yield {
        id: ids.uuid(),
        createdAt: end,
        updatedAt: end,
        projectId: work.project.id,
        clientId: work.project.clientId,
        start,
        end,
        timeZone: calendar.timeZone,
        description,
        billable,
        tags: MEETING_WORDS.test(description) ? ['meeting'] : [],
        source: 'demo',
      };
    }
  }
}
