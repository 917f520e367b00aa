import { FULL_BENCH_SIZES, QUICK_BENCH_SIZES, type BenchSizes } from '../dataset/bench-sizes';
import type { HarnessConfig } from '../harness/harness-api';

export interface BenchMode {
  name: 'full' | 'quick';
  sizes: BenchSizes;
  batchSize: number;
  importRows: number;
  runs: HarnessConfig['runs'];
  /** App page loads: each in a new page; warm-up loads are not counted. */
  loads: { runs: number; warmup: number };
  /**
   * Real clicks in the app's pages: timer starts and stops (each beside two floor clicks), cold starts (after a reload,
   * and on as many projects never used before), and navigations to the Time screen.
   */
  clicks: { timer: number; warmup: number; coldStarts: number; navigations: number };
}

/** Any fixed seed gives the same dataset for the same day. */
export const BENCH_SEED = 20_260_301;
/** The zone the dataset's freelancer works in, and the one their settings name. */
export const BENCH_TIME_ZONE = 'Europe/Berlin';

/*
 * The timer's write latencies, now information only, are reported at p95. Over 100 writes that is the fifth slowest, and a burst of the database's own
 * background work decides it: four back-to-back runs of the same build put the timer start at 1.05× to 1.61× the
 * floor. Over 400 writes it is the twentieth slowest, and the same runs agree within a few tenths.
 */
export const FULL_MODE: BenchMode = {
  name: 'full',
  sizes: FULL_BENCH_SIZES,
  batchSize: 10_000,
  importRows: 20_000,
  runs: { reads: 5, queries: 41, writes: 400, imports: 3, backups: 2, warmup: 5 },
  // One load of the same build takes from 0.8 to 1.5 times its median, so the median of 9 moved by more than the
  // app-load budget's margin from one run to the next; 25 loads of each page take half a minute more.
  loads: { runs: 25, warmup: 1 },
  clicks: { timer: 100, warmup: 3, coldStarts: 10, navigations: 20 },
};

export const QUICK_MODE: BenchMode = {
  name: 'quick',
  sizes: QUICK_BENCH_SIZES,
  batchSize: 5_000,
  importRows: 2_000,
  runs: { reads: 5, queries: 21, writes: 100, imports: 5, backups: 3, warmup: 3 },
  loads: { runs: 5, warmup: 1 },
  clicks: { timer: 20, warmup: 2, coldStarts: 5, navigations: 10 },
};

export interface BenchRequest {
  mode: BenchMode;
  /**
   * The measurements to run (by name, see measurements.ts), with the dataset seeded first, when a person looks into
   * one figure; every measurement when undefined. A partial run's figures are not the suite's verdict.
   */
  only: readonly string[] | undefined;
}

const ONLY_OPTION = '--only=';

/**
 * What the command line asks for: `--quick` for the small dataset, the full suite without it, and `--only=a,b` for
 * some measurements alone. Unknown options are refused.
 */
export function requestFromArguments(args: readonly string[]): BenchRequest {
  const unknown = args.filter((arg) => arg !== '--quick' && !arg.startsWith(ONLY_OPTION));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}; the options are --quick and --only=<measurement>[,<measurement>…]`);
  const onlyArgument = args.find((arg) => arg.startsWith(ONLY_OPTION));
  const only = onlyArgument?.slice(ONLY_OPTION.length).split(',').filter((name) => name !== '');
  return { mode: args.includes('--quick') ? QUICK_MODE : FULL_MODE, only };
}
