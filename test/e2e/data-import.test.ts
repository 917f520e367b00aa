import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToArea, useBrowserSession } from './browser';
import { chooseImportFile, importFixture, openImport, statValue, tableCells, undoImportFromHistory } from './import-helpers';
import { TIME_TEST_CONTEXT, dayList } from './time-helpers';

const TOGGL = importFixture('toggl_detailed.csv');
const WRONG_HEADER = importFixture('bad_wrong_header.csv');

/** Sunday 31 March 2024, 12:00 in Berlin: the fixture's month is "this month" for the Dashboard and the Time screen. */
const END_OF_MARCH_2024 = Date.UTC(2024, 2, 31, 10, 0);

async function openImportInMarch2024(page: Page): Promise<void> {
  await page.clock.install({ time: END_OF_MARCH_2024 });
  await openImport(page);
}

async function tableRowNames(page: Page, table: string): Promise<string[]> {
  return (await tableCells(page, table)).map((cells) => cells[0] ?? '');
}

describe('importing a Toggl export from the Data screen', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('previews, imports, recognises the file again and undoes the import', async () => {
    const page = session.page();
    await openImportInMarch2024(page);
    await chooseImportFile(page, TOGGL);

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.waitFor({ state: 'visible' });
    await preview.getByText('toggl_detailed.csv', { exact: true }).waitFor({ state: 'visible' });
    expect(await statValue(page, 'Rows in the file').textContent()).toContain('30');
    expect(await statValue(page, 'New time entries').textContent()).toContain('30');
    expect(await statValue(page, 'Tracked').textContent()).toContain('94h 38m');
    const clients = await tableRowNames(page, 'Clients in the file');
    expect(clients).toEqual(expect.arrayContaining(['Acme Widgets, Inc.', 'Café Olé GmbH', '株式会社サクラ・デザイン']));
    const projects = await tableRowNames(page, 'Projects in the file');
    expect(projects.some((name) => name.startsWith('Checkout redesign'))).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Repute client for Acme Widgets, Inc.' }).inputValue()).toBe('new');

    await page.getByRole('button', { name: 'Import 30 entries', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Import finished' });
    await summary.waitFor({ state: 'visible' });
    // Found by its whole text rather than a class name, which CSS Modules rename.
    await summary.getByText(`Imported 30 time entries, ${clients.length} clients, ${projects.length} projects`, { exact: true }).waitFor({ state: 'visible' });

    await goToArea(page, 'dashboard');
    await expect.poll(() => statValue(page, 'Tracked this month').textContent()).toContain('94h 38m');
    await goToArea(page, 'time');
    await dayList(page).getByText('Go-live support', { exact: true }).waitFor({ state: 'visible' });

    await goToArea(page, 'data');
    await page.getByRole('navigation', { name: 'Data sections' }).getByRole('link', { name: 'Import' }).click();
    await chooseImportFile(page, TOGGL);
    await preview.getByText('Nothing new to import: every row is already in Repute.').waitFor({ state: 'visible' });
    expect(await preview.getByRole('button', { name: 'Import 0 entries' }).isDisabled()).toBe(true);
    await preview.getByRole('button', { name: 'Cancel', exact: true }).click();

    await undoImportFromHistory(page, 'toggl_detailed.csv', `Import undone: removed 30 time entries, ${clients.length} clients, ${projects.length} projects`);

    await goToArea(page, 'time');
    await page.getByRole('region', { name: 'No time tracked yet' }).waitFor({ state: 'visible' });
    expect(await page.getByText('Go-live support', { exact: true }).count()).toBe(0);
  });

  it('names the problem with a file of the wrong kind and imports nothing', async () => {
    const page = session.page();
    await openImportInMarch2024(page);
    await chooseImportFile(page, WRONG_HEADER);

    const alert = page.getByRole('alert').filter({ hasText: 'bad_wrong_header.csv' });
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain('Not a Clockify detailed time report');
    expect(await page.getByRole('region', { name: 'Preview' }).count()).toBe(0);
    await page.getByRole('table', { name: 'Import history' }).getByText('No imports yet', { exact: false }).waitFor({ state: 'visible' });
  });
});
