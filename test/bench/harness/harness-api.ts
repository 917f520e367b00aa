import type { BenchSizes } from '../dataset/bench-sizes';

/** What the harness page is told once, before any operation runs. */
export interface HarnessConfig {
  seed: number;
  sizes: BenchSizes;
  /** The day the history stops before, `YYYY-MM-DD` in timeZone. */
  endDay: string;
  timeZone: string;
  /** Records per transaction when seeding, for the app and the floor alike. */
  batchSize: number;
  /** Rows of the Toggl CSV the import figures read. */
  importRows: number;
  /** Projects to create with no time on them, for the app pages' first start on a project never used before. */
  freshProjects: number;
  /**
   * Measured repetitions of each kind of operation, after `warmup` unmeasured ones (one for imports and backup
   * exports, which are long enough that one warms every cache; none for restores, whose export part is warm by then).
   */
  runs: { reads: number; queries: number; writes: number; imports: number; backups: number; warmup: number };
}

/** Milliseconds (or other units) per sample, keyed by sample name, and facts worth keeping beside them. */
export interface OperationResult {
  samples: Record<string, number[]>;
  facts: Record<string, number | string>;
}

/**
 * The operations that set the databases up, before the app's pages are measured: the dataset, both databases seeded,
 * and the projects with no time on them that the first starts on a new project need.
 */
export const SETUP_OPERATIONS = ['generate', 'seedApp', 'seedFloor', 'freshProjects'] as const;

/**
 * The harness's own figures, after the app's pages are measured, in the order they run. The backups go last: a
 * restore rewrites the whole app database and leaves it compacting for minutes after, which no floor database goes
 * through, so a figure measured after it would be set against a floor that had it easier. For the same reason the
 * app's pages are measured before all of these: a user's clicks meet a database at rest, not one a 20,000-row import
 * and two whole-database restores were just written into.
 */
export const FIGURE_OPERATIONS = ['readAll', 'yearRange', 'timeScreenQueries', 'reputationData', 'timerWrites', 'importCsv', 'backupExport', 'backupRestore'] as const;

export const HARNESS_OPERATIONS = [...SETUP_OPERATIONS, ...FIGURE_OPERATIONS] as const;
export type HarnessOperation = (typeof HARNESS_OPERATIONS)[number];

/** What the harness page exposes to the runner on `window.reputeBench`. */
export interface BenchHarness {
  configure(config: HarnessConfig): void;
  /**
   * Takes up the databases the set-up left, in a harness page opened again after the app's pages: the dataset
   * generated again (the same seed gives the same records) and both databases opened as they are.
   */
  reattach(): Promise<void>;
  run(operation: HarnessOperation): Promise<OperationResult>;
}

declare global {
  interface Window {
    reputeBench?: BenchHarness;
  }
}
