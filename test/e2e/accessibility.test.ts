import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';
import { describeViolations, seriousAccessibilityViolations } from './axe';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(describeViolations(violations), screen).toEqual([]);
}

/** The colour the page actually paints behind its content, to prove the scheme really switched. */
function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let element: Element | null = document.body; element !== null; element = element.parentElement) {
      const colour = getComputedStyle(element).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return 'rgba(0, 0, 0, 0)';
  });
}

describe('accessibility (axe-core)', () => {
  const session = useBrowserSession();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on Dashboard, Clients with demo data and Settings in the ${colorScheme} scheme`, async () => {
      // The app's CSP rightly refuses inline scripts, and axe-core arrives as one.
      const context = await session.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();

      await openApp(page);
      await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `Dashboard (${colorScheme})`);

      await loadDemoDataFromClients(page);
      await page.getByRole('table', { name: 'Clients' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `Clients with demo data (${colorScheme})`);

      await goToArea(page, 'settings');
      await expectNoSeriousViolations(page, `Settings (${colorScheme})`);
    });
  }

  it('follows the system colour scheme by default, so the two runs above check different colours', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme });
      const page = await context.newPage();
      await openApp(page);
      backgrounds.push(await pageBackground(page));
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });
});
