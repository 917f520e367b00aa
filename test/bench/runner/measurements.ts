import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { HARNESS_OPERATIONS, type HarnessOperation, type OperationResult } from '../harness/harness-api';
import type { BenchPaths } from './build-for-bench';
import type { BenchMode } from './bench-modes';
import { localMonthKey } from '../../../src/domain/time';
import { BENCH_TIME_ZONE } from './bench-modes';
import { measureDashboardLoads } from './dashboard-loads';
import { measureInitialJavaScript } from './initial-javascript';
import { measureTimeScreenNavigation } from './time-screen-navigation';
import { measureTimerClicks } from './timer-clicks';

/**
 * When a measurement runs: 'harness' ones in the harness page, in list order (the dataset is generated and seeded
 * first); 'app' ones after the harness page is closed, so its memory and connections are gone; 'build' ones read
 * the built files.
 */
export type MeasurementPhase = 'harness' | 'app' | 'build';

export const PHASE_ORDER: readonly MeasurementPhase[] = ['harness', 'app', 'build'];

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
  ...HARNESS_OPERATIONS.map((operation): Measurement => ({ name: operation, phase: 'harness', run: (context) => context.harness(operation) })),
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
