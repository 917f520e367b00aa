import type { BrowserContext, Page } from 'playwright-core';
import type { OperationResult } from '../harness/harness-api';
import { clickToPaint, installClickProbe, timedClick } from './page-probes';

const READY_TIMEOUT_MS = 60_000;
/** A pause on the Dashboard before each timed click, so its own queries have answered and the click finds it at rest. */
const SETTLE_MS = 300;
/** The Dashboard card whose value shows once its figures are read. */
const FIRST_FIGURE_LABEL = 'Tracked this month';

function sidebarLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('[role="group"][aria-labelledby]')].some(
        (card) => document.getElementById(card.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === label && card.querySelector('time') !== null,
      ),
    FIRST_FIGURE_LABEL,
    { timeout: READY_TIMEOUT_MS },
  );
}

/**
 * Navigation to the Time screen as a person does it, in the built app on the seeded database: from the Dashboard, a
 * real click on Time in the sidebar, timed in the page until the day list's first entry rows have been painted.
 * Between runs the sidebar takes the page back to the Dashboard (untimed), so each run mounts the Time screen anew.
 */
export async function measureTimeScreenNavigation(context: BrowserContext, origin: string, runs: { runs: number; warmup: number }): Promise<OperationResult> {
  const page = await context.newPage();
  const samples: number[] = [];
  try {
    await page.addInitScript(installClickProbe);
    await page.goto(`${origin}/#/dashboard`);
    await page.bringToFront();
    for (let run = -runs.warmup; run < runs.runs; run += 1) {
      await waitForDashboard(page);
      await page.waitForTimeout(SETTLE_MS);
      const timing = await timedClick(page, sidebarLink(page, 'Time'), { kind: 'timeRows', text: '' });
      if (run >= 0) samples.push(clickToPaint(timing));
      await sidebarLink(page, 'Dashboard').click();
    }
  } finally {
    await page.close();
  }
  return { samples: { 'navigation.timeRows': samples }, facts: {} };
}
