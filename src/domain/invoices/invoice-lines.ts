import type { InvoiceLine, Project, RoundingRule, TimeEntry } from '../model';
import { localDayKey } from '../time/local-calendar';
import { roundDurationMs } from '../time-tracking/rounding';

/** How tracked time becomes invoice lines. */
export type TimeLineGrouping = 'project' | 'projectDescription' | 'day' | 'entry';

export interface TimeLinesInput {
  entries: readonly TimeEntry[];
  projects: readonly Project[];
  grouping: TimeLineGrouping;
  rounding: RoundingRule;
  /** The zone whose calendar days name the lines of the `day` and `entry` groupings. */
  timeZone: string;
  /** Formats the dates in line descriptions. */
  locale: string;
  /** The tax rate every line starts with, in basis points; each line can be changed afterwards. */
  taxRateBasisPoints?: number;
}

const MS_PER_MILLI_HOUR = 3_600;
const QUANTITY_ONE = 1_000;

interface LineGroup {
  key: string;
  project: Project | undefined;
  projectId: string;
  description: string;
  firstStart: number;
  roundedMs: number;
  timeEntryIds: string[];
}

/** Thousandths of an hour in a duration, halves rounded up: the one place tracked time turns into a quantity. */
export function quantityMilliFromMs(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`quantityMilliFromMs: a duration is a whole, non-negative number of ms, got ${ms}`);
  return Math.floor((ms + MS_PER_MILLI_HOUR / 2) / MS_PER_MILLI_HOUR);
}

function dayLabel(dayKey: string, locale: string): string {
  const [year = 1970, month = 1, day = 1] = dayKey.split('-').map(Number);
  // The key already is the local day; formatting it as a UTC date keeps the machine's own zone out of it.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

function projectLabel(project: Project | undefined): string {
  return project?.name ?? 'Time';
}

/** Hourly projects price their hours; fixed-price and non-billable work is listed at no charge, marked as such. */
function hourlyPrice(project: Project | undefined): { unitPriceMinor: number; note: string } {
  if (project === undefined) return { unitPriceMinor: 0, note: '' };
  switch (project.billing.kind) {
    case 'hourly':
      return { unitPriceMinor: project.billing.rateMinor, note: '' };
    case 'fixed':
      return { unitPriceMinor: 0, note: ' (included in the fixed price)' };
    case 'nonBillable':
      return { unitPriceMinor: 0, note: ' (not billed)' };
  }
}

function joined(prefix: string, detail: string): string {
  return detail === '' ? prefix : `${prefix}: ${detail}`;
}

function groupOf(entry: TimeEntry, project: Project | undefined, input: TimeLinesInput): Pick<LineGroup, 'key' | 'description'> {
  const name = projectLabel(project);
  const description = entry.description.trim();
  switch (input.grouping) {
    case 'project':
      return { key: entry.projectId, description: name };
    case 'projectDescription':
      return { key: `${entry.projectId}\u0000${description}`, description: joined(name, description) };
    case 'day': {
      const day = localDayKey(entry.start, input.timeZone);
      return { key: `${entry.projectId}\u0000${day}`, description: `${name}, ${dayLabel(day, input.locale)}` };
    }
    case 'entry': {
      const day = dayLabel(localDayKey(entry.start, input.timeZone), input.locale);
      return { key: entry.id, description: joined(`${name}, ${day}`, description) };
    }
  }
}

/**
 * Turns tracked time into invoice lines. The rounding rule applies to each entry before grouping (as Toggl and
 * Harvest round), the rounded durations are summed per line, and the sum becomes thousandths of an hour once, so a
 * line never collects a rounding error per entry. Lines are ordered by their earliest entry; each carries its
 * project and the ids of the entries it bills. Running entries are left out: they have no length yet.
 */
export function invoiceLinesFromTime(input: TimeLinesInput): InvoiceLine[] {
  const projects = new Map(input.projects.map((project) => [project.id, project]));
  const groups = new Map<string, LineGroup>();
  const stopped = input.entries.filter((entry) => entry.end !== null).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  for (const entry of stopped) {
    const project = projects.get(entry.projectId);
    const { key, description } = groupOf(entry, project, input);
    const group = groups.get(key) ?? { key, project, projectId: entry.projectId, description, firstStart: entry.start, roundedMs: 0, timeEntryIds: [] };
    group.roundedMs += roundDurationMs((entry.end ?? entry.start) - entry.start, input.rounding);
    group.timeEntryIds.push(entry.id);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const price = hourlyPrice(group.project);
    return {
      id: crypto.randomUUID(),
      description: `${group.description}${price.note}`,
      quantityMilli: quantityMilliFromMs(group.roundedMs),
      unit: 'hour',
      unitPriceMinor: price.unitPriceMinor,
      taxRateBasisPoints: input.taxRateBasisPoints ?? 0,
      projectId: group.projectId,
      timeEntryIds: group.timeEntryIds,
    };
  });
}

/**
 * A fixed-price project, or one milestone of it, as one line: quantity 1 at the project's agreed amount. A milestone
 * that bills part of the amount keeps this line and changes its price.
 */
export function fixedPriceLine(project: Project, description?: string, taxRateBasisPoints = 0): InvoiceLine {
  if (project.billing.kind !== 'fixed') throw new RangeError(`fixedPriceLine: "${project.name}" is not a fixed-price project`);
  const detail = description?.trim() ?? '';
  return {
    id: crypto.randomUUID(),
    description: detail === '' ? project.name : joined(project.name, detail),
    quantityMilli: QUANTITY_ONE,
    unit: 'item',
    unitPriceMinor: project.billing.amountMinor,
    taxRateBasisPoints,
    projectId: project.id,
    timeEntryIds: [],
  };
}

export interface ManualLineInput {
  description: string;
  /** Thousandths: 2.5 days is 2500. */
  quantityMilli: number;
  unit: InvoiceLine['unit'];
  unitPriceMinor: number;
  taxRateBasisPoints?: number;
  projectId?: string;
}

/** An expense or item typed in by hand; it bills no tracked time. */
export function manualLine(input: ManualLineInput): InvoiceLine {
  const line: InvoiceLine = {
    id: crypto.randomUUID(),
    description: input.description.trim(),
    quantityMilli: input.quantityMilli,
    unit: input.unit,
    unitPriceMinor: input.unitPriceMinor,
    taxRateBasisPoints: input.taxRateBasisPoints ?? 0,
    timeEntryIds: [],
  };
  if (input.projectId !== undefined) line.projectId = input.projectId;
  return line;
}
