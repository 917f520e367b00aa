import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { TOUR_TIMEOUT_MS, tourEveryScreen, type ScreenCheck } from './screen-tour';
import { TIME_TEST_CONTEXT } from './time-helpers';

/**
 * Collects what the page reports as wrong: console errors, which include every CSP violation (Chromium logs each
 * refused style or script as one, the sandboxed preview frame's too, where no script of ours could listen for the
 * violation event), and uncaught exceptions. Each is charged to the screen being checked when it arrived: a screen's
 * errors come while it loads, before it shows ready.
 */
class ConsoleWatch implements ScreenCheck {
  readonly errors: string[] = [];
  private pending: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly scheme: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.pending.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => this.pending.push(`uncaught ${error.name}: ${error.message}`));
  }

  async check(screen: string, ready: Locator): Promise<void> {
    await ready.first().waitFor({ state: 'visible' });
    // A round trip to the page: whatever it reported before answering has reached the listeners by now.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    for (const error of this.pending.splice(0)) this.errors.push(`${screen} (${this.scheme}): ${error}`);
  }
}

describe('the console on every screen', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `stays free of errors and CSP violations on every screen, empty and with demo data, in the ${colorScheme} scheme`,
      async () => {
        // Unlike the axe tour, the page keeps its CSP: a refused style is exactly what this tour looks for.
        const context = await session.newContext({ colorScheme });
        const page = await context.newPage();
        // No fake clock here: Playwright's clock is a script injected into every frame, and the preview's sandboxed
        // frame, which runs no script, would log refusing it. The tour runs on today's date instead.
        const watch = new ConsoleWatch(page, colorScheme);

        await tourEveryScreen(page, watch);

        expect(watch.errors).toEqual([]);
      },
      TOUR_TIMEOUT_MS,
    );
  }
});
