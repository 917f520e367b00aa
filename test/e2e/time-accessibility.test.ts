import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { useBrowserSession } from './browser';
import { MINUTE_MS, MONDAY_TEN_BERLIN, openTimeWithDemoData, startTimerFromHeader, TIME_TEST_CONTEXT } from './time-helpers';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(describeViolations(violations), screen).toEqual([]);
}

describe('time tracking accessibility (axe-core)', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations in the day list, week grid and dialogs in the ${colorScheme} scheme`, async () => {
      // The app's CSP rightly refuses inline scripts, and axe-core arrives as one. Without motion, no dialog is caught
      // halfway through fading in, when its colours are not yet its own.
      const context = await session.newContext({ ...TIME_TEST_CONTEXT, colorScheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.clock.install({ time: MONDAY_TEN_BERLIN });
      await openTimeWithDemoData(page);
      await expectNoSeriousViolations(page, `Day list (${colorScheme})`);

      await startTimerFromHeader(page, 'Accessible timer', 'Analytics dashboard retainer');
      await expectNoSeriousViolations(page, `Running timer (${colorScheme})`);

      await page.getByRole('tab', { name: 'Week' }).click();
      await page.getByRole('table', { name: 'Week timesheet' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `Week grid (${colorScheme})`);

      await page.getByRole('button', { name: 'Add time entry' }).click();
      await page.getByRole('dialog', { name: 'Add time entry' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `Add time entry (${colorScheme})`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Add time entry' }).waitFor({ state: 'hidden' });

      await page.clock.fastForward(15 * MINUTE_MS);
      await page.mouse.move(500, 400);
      await page.getByRole('alertdialog', { name: 'You were idle' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `Idle dialog (${colorScheme})`);
    });
  }
});
