import type { Project } from '../model';

/** The kinds of record a reputation figure can rest on; each has a page the screen links to. */
export type FigureRecordKind = 'project' | 'feedback' | 'proposal' | 'invoice' | 'credential';

/** One record behind a figure, labelled as others may read it: a confidential client appears by its alias. */
export interface FigureRecord {
  kind: FigureRecordKind;
  id: string;
  label: string;
  /** The day the record counts on (`YYYY-MM-DD`), when it has one the screen should show beside the label. */
  date?: string;
  /** What the record adds to the figure, in a few words: "on time", "2 days late", "no earnings recorded". */
  note?: string;
}

interface FigureBasis {
  /** How the value is computed, in words: "Sum of ratings ÷ number of reviews". */
  formula: string;
  /** Every record the value was computed from; never empty when there is a value. */
  records: readonly FigureRecord[];
}

/**
 * A figure with its formula and the records behind it. Either it has a value, or it says what is missing for one
 * ("No feedback dated in this window"): a figure is never shown without a record behind it.
 */
export type Figure<T> = FigureBasis & ({ value: T; missing?: undefined } | { value: undefined; missing: string });

/** The days a figure looks at, both ends included, as `YYYY-MM-DD`. */
export interface DayWindow {
  from: string;
  to: string;
}

export function isDayInWindow(day: string, window: DayWindow): boolean {
  return day >= window.from && day <= window.to;
}

/** A contract runs in the window when it started by its end and had not ended before its start. */
export function projectRunsInWindow(project: Pick<Project, 'startDate' | 'endDate'>, window: DayWindow): boolean {
  return project.startDate <= window.to && (project.endDate === undefined || project.endDate >= window.from);
}

/** A share of a whole: 3 of 5 clients rehired. */
export interface Ratio {
  part: number;
  whole: number;
}

/**
 * The figure for a value computed from `records`, or what is missing when there is no value or no record: the one
 * place that keeps "no figure without a record behind it".
 */
export function figure<T>(value: T | undefined, records: readonly FigureRecord[], formula: string, missing: string): Figure<T> {
  if (value === undefined || records.length === 0) return { value: undefined, missing, formula, records };
  return { value, formula, records };
}

/** The share a ratio stands for, from 0 to 1. */
export function ratioShare(ratio: Ratio): number {
  return ratio.whole === 0 ? 0 : ratio.part / ratio.whole;
}
