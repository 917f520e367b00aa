import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

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

describe('starting the timer from the palette with no project chosen', () => {
  const session = useBrowserSession();

  function projectPicker(page: Page) {
    return page.getByRole('region', { name: 'Timer' }).getByRole('combobox', { name: 'Project' });
  }

  function projectList(page: Page) {
    return page.getByRole('listbox', { name: 'Projects' });
  }

  async function askToStartWithoutProject(page: Page): Promise<void> {
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });
    await page.keyboard.press('ControlOrMeta+K');
    await palette(page).waitFor({ state: 'visible' });
    await page.keyboard.type('start');
    await palette(page).getByRole('option', { name: 'Start timer' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'hidden' });
    await projectList(page).waitFor({ state: 'visible' });
  }

  it('moves focus into the project picker, and Escape closes it with focus on the start button', async () => {
    const page = session.page();
    await openApp(page);
    await askToStartWithoutProject(page);
    await expect.poll(() => projectPicker(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await projectPicker(page).getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('Escape');
    await projectList(page).waitFor({ state: 'hidden' });
    expect(await projectPicker(page).getAttribute('aria-expanded')).toBe('false');
    const startButton = page.getByRole('region', { name: 'Timer' }).getByRole('button', { name: 'Start timer' });
    await expect.poll(() => startButton.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('moves through the projects with the arrow keys, and Enter picks the highlighted one', async () => {
    const page = session.page();
    await openApp(page);
    await loadDemoDataFromClients(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await askToStartWithoutProject(page);
    const options = projectList(page).getByRole('option');
    const firstId = await options.nth(0).getAttribute('id');
    const secondId = await options.nth(1).getAttribute('id');
    const secondName = await options.nth(1).locator('span').nth(1).innerText();
    expect(await projectPicker(page).getAttribute('aria-activedescendant')).toBe(firstId);

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => projectPicker(page).getAttribute('aria-activedescendant')).toBe(secondId);
    await page.keyboard.press('Enter');
    await projectList(page).waitFor({ state: 'hidden' });
    expect(await projectPicker(page).inputValue()).toBe(secondName);
  });

  it('closes when the user clicks elsewhere on the page', async () => {
    const page = session.page();
    await openApp(page);
    await askToStartWithoutProject(page);
    await areaHeading(page, 'dashboard').click();
    await projectList(page).waitFor({ state: 'hidden' });
    expect(await projectPicker(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes when the user goes to another screen', async () => {
    const page = session.page();
    await openApp(page);
    await askToStartWithoutProject(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
    await areaHeading(page, 'clients').waitFor({ state: 'visible' });
    await projectList(page).waitFor({ state: 'hidden' });
  });
});

describe('creating and finding records from the palette', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  async function runFromPalette(page: Page, typed: string, option: string): Promise<void> {
    await page.keyboard.press('ControlOrMeta+K');
    await palette(page).waitFor({ state: 'visible' });
    await page.keyboard.type(typed);
    await palette(page).getByRole('option', { name: option, exact: true }).waitFor({ state: 'visible' });
    expect(await palette(page).getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    expect(await palette(page).getByRole('option').first().innerText()).toContain(option);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'hidden' });
  }

  it('opens the New client form and the Add time entry dialog from "New …" commands', async () => {
    const page = session.page();
    await openApp(page);
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });

    await runFromPalette(page, 'New client', 'New client');
    await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('#/clients/new');

    await runFromPalette(page, 'new time entry', 'New time entry');
    await page.getByRole('dialog', { name: 'Add time entry' }).waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('#/time');
  });

  it('finds an invoice by its number and a project by its name, and opens each', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openApp(page);
    await loadDemoDataFromClients(page);

    await runFromPalette(page, '2026-0005', 'Invoice 2026-0005');
    await page.getByRole('heading', { level: 1, name: 'Invoice 2026-0005' }).waitFor({ state: 'visible' });

    await runFromPalette(page, 'editorial cms', 'Editorial CMS maintenance');
    await page.getByRole('heading', { level: 1, name: 'Editorial CMS maintenance' }).waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toMatch(/^#\/projects\/[\w-]+$/);
  });
});
