import type { SampleSummary } from './statistics';

export type FigureUnit = 'ms' | 'MB' | 'kB' | 'rows/s';

/** Which summary of the samples the figure reports and its budget judges. */
export type FigureStatistic = keyof Pick<SampleSummary, 'median' | 'p50' | 'p95' | 'max'> | 'once';

export type FigureBudget =
  /** At most `max` times the floor figure's value, both measured in the same run. */
  | { kind: 'floorRatio'; max: number }
  /** At least `min` times the floor figure's value, for rates, where more is better. */
  | { kind: 'floorRatioAtLeast'; min: number }
  /** At most `max`, in the figure's unit. */
  | { kind: 'atMost'; max: number };

export interface FigureDefinition {
  id: string;
  label: string;
  unit: FigureUnit;
  /** The name of the sample set a measurement produced (see measurements.ts). */
  samples: string;
  statistic: FigureStatistic;
  /** Samples are divided by this to give the unit (bytes to MB); 1 when they already are. */
  divisor?: number;
  /** The id of the figure this one is set beside: the same work done with the raw IndexedDB API. */
  floor?: string;
  budget?: FigureBudget;
}

const MEGABYTE = 1_000_000;
const KILOBYTE = 1_000;

/**
 * Every figure the suite reports, in the order of the table. A later issue adds its figure here (and, when it
 * needs new samples, a measurement in measurements.ts); floors come first so the app figures can refer to them.
 * Rows without a budget are information: the Dexie layer row tells how much of a write's distance from its floor is
 * Dexie's, and the timer write rows are the figures the timer used to be judged by (a write beside a raw put), kept
 * to compare with what a user now sees judged: the click on Start or Stop until its result is on screen.
 */
export const FIGURES: readonly FigureDefinition[] = [
  { id: 'floor.bulkInsert', label: 'IndexedDB floor: bulk insert, every record', unit: 'ms', samples: 'seed.floor', statistic: 'once' },
  { id: 'floor.readAll', label: 'IndexedDB floor: read all time entries', unit: 'ms', samples: 'floor.readAll', statistic: 'median' },
  { id: 'floor.yearRange', label: 'IndexedDB floor: one year, start index range', unit: 'ms', samples: 'floor.yearRange', statistic: 'median' },
  { id: 'floor.timeScreenList', label: 'IndexedDB floor: the Time screen’s reads, day list', unit: 'ms', samples: 'timeScreen.list.floor', statistic: 'median' },
  { id: 'floor.timeScreenWeek', label: 'IndexedDB floor: the Time screen’s reads, week grid', unit: 'ms', samples: 'timeScreen.week.floor', statistic: 'median' },
  {
    id: 'scan.reputationData',
    label: 'Naive scan: the Reputation screen’s figures from every time entry, payment, invoice and proposal',
    unit: 'ms',
    samples: 'reputation.naive',
    statistic: 'median',
  },
  { id: 'floor.put.p50', label: 'IndexedDB floor: single put, own transaction', unit: 'ms', samples: 'floor.put', statistic: 'p50' },
  { id: 'floor.put.p95', label: 'IndexedDB floor: single put, own transaction', unit: 'ms', samples: 'floor.put', statistic: 'p95' },
  {
    id: 'floor.importInsert',
    label: 'IndexedDB floor: bulk insert of the imported time entries',
    unit: 'rows/s',
    samples: 'import.floorRowsPerSecond',
    statistic: 'median',
  },
  { id: 'floor.readEveryTable', label: 'IndexedDB floor: read every table the backup holds', unit: 'ms', samples: 'floor.readEveryTable', statistic: 'median' },
  { id: 'floor.click.p50', label: 'Click floor: plain React button, click to new text painted', unit: 'ms', samples: 'click.floor', statistic: 'p50' },
  { id: 'floor.click.p95', label: 'Click floor: plain React button, click to new text painted', unit: 'ms', samples: 'click.floor', statistic: 'p95' },
  { id: 'floor.load', label: 'Load floor: page opening the app’s database, one number shown', unit: 'ms', samples: 'load.floor', statistic: 'median' },
  { id: 'dexie.put.p95', label: 'Dexie layer: single put, own transaction', unit: 'ms', samples: 'dexie.put', statistic: 'p95', floor: 'floor.put.p95' },
  { id: 'app.seed', label: 'Seed through Dexie with the app schema', unit: 'ms', samples: 'seed.app', statistic: 'once', floor: 'floor.bulkInsert' },
  {
    id: 'app.timeScreenList',
    label: 'Time screen queries, day list (every live query + invoice numbers)',
    unit: 'ms',
    samples: 'timeScreen.list.app',
    statistic: 'median',
    floor: 'floor.timeScreenList',
    budget: { kind: 'floorRatio', max: 1.5 },
  },
  {
    id: 'app.timeScreenWeek',
    label: 'Time screen queries, week grid (every live query)',
    unit: 'ms',
    samples: 'timeScreen.week.app',
    statistic: 'median',
    floor: 'floor.timeScreenWeek',
    budget: { kind: 'floorRatio', max: 1.5 },
  },
  {
    id: 'app.reputationData',
    label: 'Reputation screen: its records read and every figure computed (the scan is the ratio’s reference)',
    unit: 'ms',
    samples: 'reputation.app',
    statistic: 'median',
    floor: 'scan.reputationData',
    budget: { kind: 'atMost', max: 50 },
  },
  { id: 'app.timerStart.p50', label: 'Old figure: timer start write (startTimer)', unit: 'ms', samples: 'timer.start', statistic: 'p50', floor: 'floor.put.p50' },
  { id: 'app.timerStart.p95', label: 'Old figure: timer start write (startTimer)', unit: 'ms', samples: 'timer.start', statistic: 'p95', floor: 'floor.put.p95' },
  { id: 'app.timerStop.p50', label: 'Old figure: timer stop write (stopTimer)', unit: 'ms', samples: 'timer.stop', statistic: 'p50', floor: 'floor.put.p50' },
  { id: 'app.timerStop.p95', label: 'Old figure: timer stop write (stopTimer)', unit: 'ms', samples: 'timer.stop', statistic: 'p95', floor: 'floor.put.p95' },
  { id: 'app.clickStart.p50', label: 'Start click → running timer painted in the header', unit: 'ms', samples: 'click.start', statistic: 'p50', floor: 'floor.click.p50' },
  {
    id: 'app.clickStart.p95',
    label: 'Start click → running timer painted in the header',
    unit: 'ms',
    samples: 'click.start',
    statistic: 'p95',
    floor: 'floor.click.p95',
    budget: { kind: 'atMost', max: 100 },
  },
  { id: 'app.clickStop.p50', label: 'Stop click → stopped entry painted in the day list', unit: 'ms', samples: 'click.stop', statistic: 'p50', floor: 'floor.click.p50' },
  {
    id: 'app.clickStop.p95',
    label: 'Stop click → stopped entry painted in the day list',
    unit: 'ms',
    samples: 'click.stop',
    statistic: 'p95',
    floor: 'floor.click.p95',
    budget: { kind: 'atMost', max: 100 },
  },
  {
    id: 'app.coldStartReload',
    label: 'Cold start: first Start click after a reload',
    unit: 'ms',
    samples: 'click.coldReload',
    statistic: 'p95',
    floor: 'floor.click.p95',
    budget: { kind: 'atMost', max: 100 },
  },
  {
    id: 'app.coldStartNewProject',
    label: 'Cold start: Start click on a project never used before',
    unit: 'ms',
    samples: 'click.coldProject',
    statistic: 'p95',
    floor: 'floor.click.p95',
    budget: { kind: 'atMost', max: 100 },
  },
  {
    id: 'app.timeNavigation',
    label: 'Time screen: sidebar click → first entry rows painted',
    unit: 'ms',
    samples: 'navigation.timeRows',
    statistic: 'p95',
    budget: { kind: 'atMost', max: 300 },
  },
  {
    id: 'app.importRate',
    label: 'Toggl CSV import (parse in worker + preview + commitImport)',
    unit: 'rows/s',
    samples: 'import.rowsPerSecond',
    statistic: 'median',
    floor: 'floor.importInsert',
    budget: { kind: 'floorRatioAtLeast', min: 0.7 },
  },
  {
    id: 'app.importLongestTask',
    label: 'Import: longest main-thread task, parse + preview + commit',
    unit: 'ms',
    samples: 'import.longestTask',
    statistic: 'max',
    budget: { kind: 'atMost', max: 200 },
  },
  { id: 'app.importCommitLongestTask', label: 'Import: longest main-thread task, commit alone', unit: 'ms', samples: 'import.commitLongestTask', statistic: 'max' },
  { id: 'app.backupExport', label: 'Backup export (exportBackup), whole database', unit: 'ms', samples: 'backup.export', statistic: 'median', floor: 'floor.readEveryTable' },
  { id: 'app.backupRestore', label: 'Backup restore (restoreBackup), whole database', unit: 'ms', samples: 'backup.restore', statistic: 'median', floor: 'floor.bulkInsert' },
  { id: 'app.domContentLoaded', label: 'App load: DOMContentLoaded', unit: 'ms', samples: 'load.domContentLoaded', statistic: 'median' },
  {
    id: 'app.loadInteractive',
    label: 'App load to Dashboard figures shown',
    unit: 'ms',
    samples: 'load.interactive',
    statistic: 'median',
    floor: 'floor.load',
    budget: { kind: 'floorRatio', max: 2 },
  },
  {
    id: 'app.heap',
    label: 'Renderer JS heap after the Dashboard',
    unit: 'MB',
    samples: 'load.heapBytes',
    statistic: 'median',
    divisor: MEGABYTE,
    budget: { kind: 'atMost', max: 60 },
  },
  {
    id: 'app.initialJs',
    label: 'Initial JavaScript, gzipped',
    unit: 'kB',
    samples: 'build.initialJsGzipBytes',
    statistic: 'once',
    divisor: KILOBYTE,
    budget: { kind: 'atMost', max: 300 },
  },
];
