import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { FIGURE_OPERATIONS, HARNESS_OPERATIONS, SETUP_OPERATIONS, type HarnessOperation, type OperationResult } from '../harness/harness-api';
import type { BenchPaths } from './build-for-bench';
import type { BenchMode } from './bench-modes';
import { localMonthKey } from '../../../src/domain/time';
import { BENCH_TIME_ZONE } from './bench-modes';
import { measureDashboardLoads } from './dashboard-loads';
import { measureInitialJavaScript } from './initial-javascript';
import { measureTimeScreenNavigation } from './time-screen-navigation';
import { measureTimerClicks } from './timer-clicks';

/**
 * When a measurement runs: 'setup' ones in the harness page, which generates the dataset and seeds both databases;
 * 'app' ones after the harness page is closed, so its memory and connections are gone; 'harness' ones in a harness
 * page opened again, after the app's pages, for the reasons FIGURE_OPERATIONS gives; 'build' ones read the built files.
 */
export type MeasurementPhase = 'setup' | 'app' | 'harness' | 'build';

export const PHASE_ORDER: readonly MeasurementPhase[] = ['setup', 'app', 'harness', 'build'];

/** The phases that run in the harness page. */
export function isHarnessPhase(phase: MeasurementPhase): boolean {
  return phase === 'setup' || phase === 'harness';
}

export interface MeasureContext {
  mode: BenchMode;
  paths: BenchPaths;
  origin: string;
  browser: BrowserContext;
  /** Runs one operation in the harness page. */
  harness(operation: HarnessOperation): Promise<OperationResult>;
  /** What the measurements before this one found out (the harness's timer project, for one). */
  facts: Readonly<Record<string, number | string>>;
}

function timerProjectName(context: MeasureContext): string {
  const name = context.facts.timerProject;
  if (typeof name !== 'string') throw new Error('The harness did not say which project its timer ran on');
  return name;
}

export interface Measurement {
  name: string;
  phase: MeasurementPhase;
  run(context: MeasureContext): Promise<OperationResult>;
}

/** Every measurement of the suite; figures.ts names the samples they produce. */
export const MEASUREMENTS: readonly Measurement[] = [
  ...SETUP_OPERATIONS.map((operation): Measurement => ({ name: operation, phase: 'setup', run: (context) => context.harness(operation) })),
  {
    name: 'dashboardLoads',
    phase: 'app',
    run: (context) => measureDashboardLoads(context.browser, context.origin, context.mode.loads, localMonthKey(Date.now(), BENCH_TIME_ZONE)),
  },
  {
    name: 'timeScreenNavigation',
    phase: 'app',
    run: (context) => measureTimeScreenNavigation(context.browser, context.origin, { runs: context.mode.clicks.navigations, warmup: 1 }),
  },
  {
    name: 'timerClicks',
    phase: 'app',
    run: (context) => {
      const { timer, warmup, coldStarts } = context.mode.clicks;
      return measureTimerClicks(context.browser, context.origin, { clicks: timer, warmup, coldStarts, projectName: timerProjectName(context) });
    },
  },
  ...FIGURE_OPERATIONS.map((operation): Measurement => ({ name: operation, phase: 'harness', run: (context) => context.harness(operation) })),
  {
    name: 'initialJavaScript',
    phase: 'build',
    run: (context) => {
      const measured = measureInitialJavaScript(join(context.paths.appDir, 'index.html'));
      return Promise.resolve({
        samples: { 'build.initialJsGzipBytes': [measured.gzipBytes] },
        facts: { initialJsFiles: measured.files.join(' '), initialJsRawBytes: measured.rawBytes },
      });
    },
  },
];

/** What every other measurement reads: the dataset, generated and seeded into the app's database. */
const ALWAYS_RUN: readonly string[] = ['generate', 'seedApp'];
/** Harness measurements that need nothing but the app's database; the others are set beside the floor database. */
const WITHOUT_FLOOR: readonly string[] = [...ALWAYS_RUN, 'freshProjects', 'reputationData'];
/** Measurements that need another to have run first. */
const PREREQUISITES: Readonly<Record<string, readonly string[]>> = { timerClicks: ['freshProjects'], backupRestore: ['backupExport'] };

/**
 * The measurements to run, in suite order: every one, or the ones named with what they need (the seeded dataset, the
 * floor database when they are set beside it, and their prerequisites). An unknown name is refused.
 */
export function selectMeasurements(only: readonly string[] | undefined): Measurement[] {
  if (only === undefined) return [...MEASUREMENTS];
  const known = new Set(MEASUREMENTS.map((measurement) => measurement.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`Unknown measurement ${unknown.join(', ')}; the measurements are ${[...known].join(', ')}`);
  const wanted = new Set([...ALWAYS_RUN, ...only, ...only.flatMap((name) => PREREQUISITES[name] ?? [])]);
  const harnessNames = HARNESS_OPERATIONS.filter((operation) => wanted.has(operation));
  if (harnessNames.some((operation) => !WITHOUT_FLOOR.includes(operation))) wanted.add('seedFloor');
  return MEASUREMENTS.filter((measurement) => wanted.has(measurement.name));
}
