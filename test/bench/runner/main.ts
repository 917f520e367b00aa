import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { localDayKey } from '../../../src/domain/time';
import { findChromium } from '../../e2e/chromium-path';
import type { HarnessConfig, HarnessOperation, OperationResult } from '../harness/harness-api';
import { BENCH_SEED, BENCH_TIME_ZONE, requestFromArguments, type BenchMode } from './bench-modes';
import { benchPaths, buildForBench, type BenchPaths } from './build-for-bench';
import { allBudgetsPass, evaluateFigures, measuredFigures } from './evaluate-figures';
import { FIGURES } from './figures';
import { isHarnessPhase, PHASE_ORDER, selectMeasurements, type MeasureContext, type Measurement } from './measurements';
import { waitForMachineAtRest, type RestPlan } from './machine-at-rest';
import { formatTable } from './report';
import { startStaticServer } from './static-server';

/*
 * The browser's own omnibox popup is a web page of its own: headless Chromium builds one in a renderer beside each new
 * page, loading a few hundred modules while the page under measurement loads, on a machine of two cores. The desktop
 * app's window has no omnibox, so the runner switches those popups off.
 */
const NO_OMNIBOX_POPUP = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', NO_OMNIBOX_POPUP];
const HARNESS_READY_TIMEOUT_MS = 30_000;
/** Four quiet seconds with at least 85 % of the processors idle, waited for at most five minutes. */
const REST_BEFORE_APP_PAGES: RestPlan = { minIdleShare: 0.85, quietWindows: 4, windowMs: 1000, timeoutMs: 300_000 };

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function openHarness(browser: BrowserContext, origin: string, config: HarnessConfig): Promise<Page> {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => window.reputeBench !== undefined, undefined, { timeout: HARNESS_READY_TIMEOUT_MS });
  await page.evaluate((harnessConfig) => {
    window.reputeBench?.configure(harnessConfig);
  }, config);
  return page;
}

function runInHarness(page: Page | undefined, operation: HarnessOperation): Promise<OperationResult> {
  if (page === undefined) return Promise.reject(new Error(`The harness page is closed; "${operation}" must be a set-up or harness-phase measurement`));
  return page.evaluate((name) => {
    const harness = window.reputeBench;
    if (harness === undefined) throw new Error('The harness page did not start');
    return harness.run(name);
  }, operation);
}

async function reattachHarness(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const harness = window.reputeBench;
    if (harness === undefined) throw new Error('The harness page did not start');
    await harness.reattach();
  });
}

interface Collected {
  samples: Record<string, number[]>;
  facts: Record<string, number | string>;
  userAgent: string;
  /** Whether the pages were cross-origin isolated, which gives their clocks microsecond resolution. */
  crossOriginIsolated: boolean;
}

async function measureAll(
  mode: BenchMode,
  measurements: readonly Measurement[],
  paths: BenchPaths,
  origin: string,
  browser: BrowserContext,
  config: HarnessConfig,
): Promise<Collected> {
  let harnessPage: Page | undefined = await openHarness(browser, origin, config);
  let harnessClosed = false;
  const page = await harnessPage.evaluate(() => ({ userAgent: navigator.userAgent, crossOriginIsolated: window.crossOriginIsolated }));
  const collected: Collected = { samples: {}, facts: {}, ...page };
  const context: MeasureContext = { mode, paths, origin, browser, harness: (operation) => runInHarness(harnessPage, operation), facts: collected.facts };
  for (const phase of PHASE_ORDER) {
    const inPhase = measurements.filter((candidate) => candidate.phase === phase);
    if (inPhase.length === 0) continue;
    if (!isHarnessPhase(phase) && harnessPage !== undefined) {
      await harnessPage.close();
      harnessPage = undefined;
      harnessClosed = true;
    }
    if (phase === 'app') {
      const rest = await waitForMachineAtRest(REST_BEFORE_APP_PAGES);
      collected.facts.restBeforeAppPagesMs = rest.waitedMs;
      collected.facts.restBeforeAppPages = rest.rested ? 'at rest' : 'timed out, measured while busy';
      log(rest.rested ? `the machine was at rest after ${seconds(rest.waitedMs)}` : `the machine was still busy after ${seconds(rest.waitedMs)}; measuring anyway`);
    }
    if (isHarnessPhase(phase) && harnessPage === undefined) {
      harnessPage = await openHarness(browser, origin, config);
      if (harnessClosed) await reattachHarness(harnessPage);
    }
    for (const measurement of inPhase) {
      const started = performance.now();
      const result = await measurement.run(context);
      Object.assign(collected.samples, result.samples);
      Object.assign(collected.facts, result.facts);
      log(`${measurement.name} done in ${seconds(performance.now() - started)}`);
    }
  }
  if (harnessPage !== undefined) await harnessPage.close();
  return collected;
}

/** Runs the whole suite and resolves the process exit status: 0 when every budget holds, 1 when any fails. */
export async function runBench(root: string, args: readonly string[]): Promise<number> {
  const { mode, only } = requestFromArguments(args);
  const measurements = selectMeasurements(only);
  const suiteStarted = performance.now();
  const startedAt = new Date().toISOString();
  const paths = benchPaths(root);
  const endDay = localDayKey(Date.now(), BENCH_TIME_ZONE);
  log(`${mode.name} mode: ${String(mode.sizes.timeEntries)} time entries over ${String(mode.sizes.years)} years ending ${endDay}`);
  if (only !== undefined) log(`only ${measurements.map((measurement) => measurement.name).join(', ')}: a partial run, not the suite's verdict`);

  const buildStarted = performance.now();
  await buildForBench(paths);
  log(`built the app and the harness in ${seconds(performance.now() - buildStarted)}`);

  const server = await startStaticServer([
    { prefix: '/bench/', directory: paths.harnessDir },
    { prefix: '/', directory: paths.appDir },
  ]);
  const profile = await mkdtemp(join(tmpdir(), 'repute-bench-profile-'));
  let collected: Collected;
  try {
    const browser = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    try {
      const config: HarnessConfig = {
        seed: BENCH_SEED,
        sizes: mode.sizes,
        endDay,
        timeZone: BENCH_TIME_ZONE,
        batchSize: mode.batchSize,
        importRows: mode.importRows,
        freshProjects: mode.clicks.coldStarts,
        runs: mode.runs,
      };
      collected = await measureAll(mode, measurements, paths, server.origin, browser, config);
    } finally {
      await browser.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }

  // A partial run reports the figures it measured, each with its floor when that was measured too.
  const measured = only === undefined ? FIGURES : measuredFigures(FIGURES, collected.samples);
  const figures = evaluateFigures(measured, collected.samples);
  const passed = allBudgetsPass(figures);
  console.log(`\nRepute benchmark, ${mode.name} mode (${String(mode.sizes.timeEntries)} time entries), ${startedAt}\n`);
  console.log(formatTable(figures));
  const failed = figures.filter((figure) => figure.verdict === 'FAIL').map((figure) => `${figure.label} (${figure.statistic})`);
  const verdict = passed ? 'Every budget holds.' : `Over budget: ${failed.join('; ')}.`;
  console.log(`\n${only === undefined ? verdict : `Partial run, not the suite's verdict. ${verdict}`}`);

  const results = {
    mode: mode.name,
    only,
    startedAt,
    durationMs: Math.round(performance.now() - suiteStarted),
    passed,
    environment: { node: process.version, platform: process.platform, cpus: cpus().length, userAgent: collected.userAgent, crossOriginIsolated: collected.crossOriginIsolated },
    dataset: { seed: BENCH_SEED, endDay, timeZone: BENCH_TIME_ZONE, sizes: mode.sizes },
    facts: collected.facts,
    figures,
    samples: collected.samples,
  };
  await writeFile(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote bench-results.json; the suite took ${seconds(performance.now() - suiteStarted)}`);
  return passed ? 0 : 1;
}
