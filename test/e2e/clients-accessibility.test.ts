import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { areaHeading, areaLink, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  // Colours are judged at rest: the pointer leaves the button it last clicked, and fades settle.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  expect(describeViolations(await seriousAccessibilityViolations(page)), screen).toEqual([]);
}

describe('accessibility of the client and project pages (axe-core)', () => {
  const session = useBrowserSession();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on client and project pages and forms in the ${colorScheme} scheme`, async () => {
      // The app's CSP rightly refuses inline scripts, and axe-core arrives as one.
      const context = await session.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await openApp(page, '#/clients');
      await loadDemoDataFromClients(page);

      await page.getByRole('link', { name: 'Helix Biotech GmbH', exact: true }).click();
      await page.getByRole('region', { name: 'Public view' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `client page (${colorScheme})`);

      await page.getByRole('button', { name: 'Edit client' }).click();
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not an email');
      await page.getByRole('button', { name: 'Save client' }).click();
      await page.getByText('Enter a valid email address, like name@example.com').waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `client form with an error (${colorScheme})`);

      // The refused edit is still unsaved, so leaving the form asks first.
      await areaLink(page, 'projects').click();
      await page.getByRole('alertdialog', { name: 'Leave with unsaved changes?' }).getByRole('button', { name: 'Leave', exact: true }).click();
      await areaHeading(page, 'projects').waitFor({ state: 'visible' });
      await page.getByRole('table', { name: 'Projects' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `project list (${colorScheme})`);

      await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name: 'Analytics dashboard retainer', exact: true }).click();
      await page.getByRole('meter', { name: 'Hours budget', exact: true }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `project page (${colorScheme})`);

      await page.getByRole('button', { name: 'Edit project' }).click();
      await page.getByRole('combobox', { name: 'Skills' }).fill('fig');
      await page.getByRole('listbox', { name: 'Suggested skills' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `project form with suggestions (${colorScheme})`);
    });
  }
});
