import type { BrowserContext } from 'playwright-core';
import type { OperationResult } from '../harness/harness-api';

declare global {
  interface Window {
    reputeDashboardShownAt?: number;
  }
}

/** The label of the Dashboard card whose value appears once the figures are read from the database. */
const FIRST_FIGURE_LABEL = 'Tracked this month';
const LOAD_TIMEOUT_MS = 60_000;

/**
 * Runs in the page before its own scripts: notes the time (from navigation start) at which the Dashboard's first
 * figure card gets its value, watching every DOM change until then. Self-contained, as it is sent to the page as
 * source.
 */
function noteWhenFiguresShow(label: string): void {
  const shown = (): boolean => {
    for (const card of document.querySelectorAll('[role="group"][aria-labelledby]')) {
      const labelId = card.getAttribute('aria-labelledby') ?? '';
      if (document.getElementById(labelId)?.textContent?.trim() === label && card.querySelector('time') !== null) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.reputeDashboardShownAt === undefined && shown()) {
      window.reputeDashboardShownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Opens the app at the Dashboard in a new page per run, so the browser's own start is not counted: the page's
 * timeline starts at its navigation. Each run records when the first figure shows and, after a full garbage
 * collection, how much JavaScript heap the renderer holds with the Dashboard on screen.
 */
export async function measureDashboardLoads(context: BrowserContext, origin: string, loads: { runs: number; warmup: number }): Promise<OperationResult> {
  const interactive: number[] = [];
  const domContentLoaded: number[] = [];
  const heapBytes: number[] = [];
  for (let run = -loads.warmup; run < loads.runs; run += 1) {
    const page = await context.newPage();
    try {
      await page.addInitScript(noteWhenFiguresShow, FIRST_FIGURE_LABEL);
      await page.goto(`${origin}/#/dashboard`);
      await page.waitForFunction(() => window.reputeDashboardShownAt !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS });
      const timings = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation');
        return {
          shownAt: window.reputeDashboardShownAt ?? Number.NaN,
          domContentLoaded: navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : Number.NaN,
        };
      });
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
  }
  return { samples: { 'load.interactive': interactive, 'load.domContentLoaded': domContentLoaded, 'load.heapBytes': heapBytes }, facts: {} };
}
