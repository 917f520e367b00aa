import type { BrowserContext, Page } from 'playwright-core';
import type { OperationResult } from '../harness/harness-api';
import { noteWhenShown } from './page-probes';

/** The label of the Dashboard card whose value appears once the figures are read from the database. */
const FIRST_FIGURE_LABEL = 'Tracked this month';
const LOAD_TIMEOUT_MS = 60_000;

interface LoadTimings {
  shownAt: number;
  domContentLoaded: number;
}

/** Opens the URL in a new page and resolves when, from the page's navigation start, the awaited figure showed. */
async function timedLoad(context: BrowserContext, url: string, kind: 'dashboard' | 'floor'): Promise<{ page: Page; timings: LoadTimings }> {
  const page = await context.newPage();
  await page.addInitScript(noteWhenShown, { kind, label: FIRST_FIGURE_LABEL });
  await page.goto(url);
  await page.waitForFunction(() => window.reputeShownAt !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS });
  const timings = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return {
      shownAt: window.reputeShownAt ?? Number.NaN,
      domContentLoaded: navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : Number.NaN,
    };
  });
  return { page, timings };
}

/**
 * Opens the app at the Dashboard in a new page per run, so the browser's own start is not counted: the page's
 * timeline starts at its navigation. Each run records when the first figure shows and, after a full garbage
 * collection, how much JavaScript heap the renderer holds with the Dashboard on screen. Beside each app load, in the
 * same browser, the load floor page (same origin, so the same database) is opened the same way and timed until its
 * one number from that database shows; the two take turns going first.
 */
export async function measureDashboardLoads(
  context: BrowserContext,
  origin: string,
  loads: { runs: number; warmup: number },
  month: string,
): Promise<OperationResult> {
  const interactive: number[] = [];
  const domContentLoaded: number[] = [];
  const heapBytes: number[] = [];
  const floor: number[] = [];
  const loadApp = async (run: number) => {
    const { page, timings } = await timedLoad(context, `${origin}/#/dashboard`, 'dashboard');
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      if (run >= 0) {
        interactive.push(timings.shownAt);
        domContentLoaded.push(timings.domContentLoaded);
        heapBytes.push(heap.usedSize);
      }
    } finally {
      await page.close();
    }
  };
  const loadFloor = async (run: number) => {
    const { page, timings } = await timedLoad(context, `${origin}/bench/dashboard-floor.html?month=${encodeURIComponent(month)}`, 'floor');
    await page.close();
    if (run >= 0) floor.push(timings.shownAt);
  };
  for (let run = -loads.warmup; run < loads.runs; run += 1) {
    if (run % 2 === 0) {
      await loadApp(run);
      await loadFloor(run);
    } else {
      await loadFloor(run);
      await loadApp(run);
    }
  }
  return {
    samples: { 'load.interactive': interactive, 'load.domContentLoaded': domContentLoaded, 'load.heapBytes': heapBytes, 'load.floor': floor },
    facts: { loadFloorMonth: month },
  };
}
