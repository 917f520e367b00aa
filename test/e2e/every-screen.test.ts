import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { useBrowserSession } from './browser';
import { TOUR_TIMEOUT_MS, tourEveryScreen, type ScreenCheck } from './screen-tour';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

/** Runs axe-core on each screen it is shown and keeps every serious or critical violation, named by screen. */
class ScreenAudit implements ScreenCheck {
  readonly violations: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly scheme: string,
  ) {}

  async check(screen: string, ready: Locator): Promise<void> {
    await ready.first().waitFor({ state: 'visible' });
    const name = `${screen} (${this.scheme})`;
    for (const line of describeViolations(await seriousAccessibilityViolations(this.page))) this.violations.push(`${name}: ${line}`);
  }
}

describe('every screen', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no serious or critical axe violation on any screen, empty and with demo data, in the ${colorScheme} scheme`,
      async () => {
        // The app's CSP rightly refuses inline scripts, and axe-core arrives as one.
        const context = await session.newContext({ colorScheme, bypassCSP: true });
        const page = await context.newPage();
        await page.clock.install({ time: MONDAY_TEN_BERLIN });
        const audit = new ScreenAudit(page, colorScheme);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');

        await tourEveryScreen(page, audit);

        expect(audit.violations).toEqual([]);
      },
      TOUR_TIMEOUT_MS,
    );
  }
});
