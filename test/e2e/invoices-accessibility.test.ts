import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { openApp, useBrowserSession } from './browser';
import { unbilledTime } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  // Colours are judged at rest: the pointer leaves the button it last clicked, and fades settle.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  expect(describeViolations(await seriousAccessibilityViolations(page)), screen).toEqual([]);
}

describe('accessibility of invoicing and payments (axe-core)', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on the invoice and payment screens in the ${colorScheme} scheme`, async () => {
      // The app's CSP rightly refuses inline scripts, and axe-core arrives as one.
      const context = await session.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.clock.install({ time: MONDAY_TEN_BERLIN });
      await openApp(page, '#/invoices');
      await expectNoSeriousViolations(page, `empty invoice list (${colorScheme})`);
      await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
      await page.getByRole('table', { name: 'Invoices' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `invoice list (${colorScheme})`);

      await page.getByRole('link', { name: 'New invoice' }).click();
      await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Northwind Analytics' });
      await unbilledTime(page).getByRole('checkbox').first().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Add line' }).click();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('complementary', { name: 'Invoice total' }).getByRole('alert').waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `invoice builder with errors (${colorScheme})`);

      await page.goto(page.url().replace(/#.*$/, '#/invoices?status=overdue'));
      await page.getByRole('table', { name: 'Invoices' }).getByRole('link').first().click();
      await page.getByTitle('Invoice preview').waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `invoice page (${colorScheme})`);
      await page.getByRole('button', { name: 'Record payment' }).click();
      await page.getByRole('dialog', { name: 'Record payment' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `record payment dialog (${colorScheme})`);
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: 'Payments', exact: true }).click();
      await page.getByRole('table', { name: 'Payments' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `payment list (${colorScheme})`);
      await page.getByRole('link', { name: 'Record payment' }).click();
      await page.getByRole('form', { name: 'Record payment' }).waitFor({ state: 'visible' });
      await expectNoSeriousViolations(page, `record payment page (${colorScheme})`);
    });
  }
});
