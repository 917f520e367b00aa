import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, openApp, useBrowserSession } from './browser';

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Command palette' });
}

function isFocused(page: Page) {
  return page.getByRole('combobox', { name: 'Search commands' }).evaluate((element) => element === document.activeElement);
}

describe('command palette', () => {
  const session = useBrowserSession();

  it('opens with the keyboard shortcut and goes to the area typed', async () => {
    const page = session.page();
    await openApp(page);
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });

    await page.keyboard.press('ControlOrMeta+K');
    await palette(page).waitFor({ state: 'visible' });
    await expect.poll(() => isFocused(page)).toBe(true);

    await page.keyboard.type('clients');
    await palette(page).getByRole('option', { name: 'Go to Clients' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');

    await areaHeading(page, 'clients').waitFor({ state: 'visible' });
    await palette(page).waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/clients');
  });

  it('narrows the options to those matching what is typed', async () => {
    const page = session.page();
    await openApp(page);

    await page.keyboard.press('ControlOrMeta+K');
    const options = palette(page).getByRole('listbox').getByRole('option');
    await options.first().waitFor({ state: 'visible' });
    const allCount = await options.count();
    await page.keyboard.type('clients');
    await expect.poll(() => options.count()).toBeLessThan(allCount);
    expect(await palette(page).getByRole('option', { name: 'Go to Clients' }).count()).toBe(1);
    expect(await palette(page).getByRole('option', { name: 'Go to Invoices' }).count()).toBe(0);
  });

  it('closes with Escape, from the shortcut and from the header button, without navigating', async () => {
    const page = session.page();
    await openApp(page);
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });

    await page.keyboard.press('ControlOrMeta+K');
    await palette(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Open command palette' }).click();
    await palette(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });

    expect(await areaHeading(page, 'dashboard').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/dashboard');
  });
});
