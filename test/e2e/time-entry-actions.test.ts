import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { dayList, entryRow, MINUTE_MS, MONDAY_TEN_BERLIN, openTimeWithDemoData, startTimerFromHeader, storedEntries, TIME_TEST_CONTEXT, timerRegion, workFor } from './time-helpers';

const PROJECT = 'Editorial CMS maintenance';

/** Tracks an entry on PROJECT with the timer; one without a description is listed under the project's name. */
async function stoppedEntry(page: Page, description: string, minutes = 60): Promise<void> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  await openTimeWithDemoData(page);
  await startTimerFromHeader(page, description, PROJECT);
  await workFor(page, minutes * MINUTE_MS);
  await timerRegion(page).getByRole('button', { name: 'Stop timer' }).click();
  await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible' });
  await entryRow(page, description === '' ? PROJECT : description).first().waitFor({ state: 'visible' });
}

async function chooseAction(page: Page, description: string, action: string): Promise<void> {
  await entryRow(page, description).first().getByRole('button', { name: `More actions for ${description}` }).click();
  await page.getByRole('menu', { name: `More actions for ${description}` }).getByRole('menuitem', { name: action }).click();
}

describe('acting on entries in the day list', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('deletes an entry and brings it back with Undo', async () => {
    const page = session.page();
    await stoppedEntry(page, 'Delete me');
    await chooseAction(page, 'Delete me', 'Delete');
    await page.getByRole('status').filter({ hasText: 'Deleted “Delete me”' }).waitFor({ state: 'visible' });
    await expect.poll(() => entryRow(page, 'Delete me').count()).toBe(0);
    expect((await storedEntries(page)).some((entry) => entry.description === 'Delete me')).toBe(false);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await entryRow(page, 'Delete me').waitFor({ state: 'visible' });
    expect((await storedEntries(page)).filter((entry) => entry.description === 'Delete me')).toHaveLength(1);
  });

  it('names a deleted entry without a description as an entry on its project, not as the project', async () => {
    const page = session.page();
    await stoppedEntry(page, '', 90);
    const before = await storedEntries(page);

    await chooseAction(page, PROJECT, 'Delete');
    await page.getByRole('status').filter({ hasText: 'Deleted 1h 30m on Editorial CMS maintenance' }).waitFor({ state: 'visible' });
    expect(await storedEntries(page)).toHaveLength(before.length - 1);
  });

  it('splits an entry in two at a chosen time, and duplicates one right after itself', async () => {
    const page = session.page();
    await stoppedEntry(page, 'Split me');
    await chooseAction(page, 'Split me', 'Split…');
    const dialog = page.getByRole('dialog', { name: 'Split time entry' });
    await dialog.getByLabel('Split at', { exact: true }).fill('10:20');
    await dialog.getByRole('button', { name: 'Split entry' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const parts = (await storedEntries(page)).filter((entry) => entry.description === 'Split me');
    expect(parts).toHaveLength(2);
    // 10:20 in Berlin on the fake clock's Monday.
    expect(parts[0]?.end).toBe(MONDAY_TEN_BERLIN + 20 * MINUTE_MS);
    expect(parts[1]?.start).toBe(parts[0]?.end);
    expect((parts[1]?.end ?? 0) - (parts[0]?.start ?? 0)).toBeGreaterThanOrEqual(60 * MINUTE_MS);

    await chooseAction(page, 'Split me', 'Duplicate');
    await page.getByRole('status').filter({ hasText: 'Duplicated “Split me”' }).waitFor({ state: 'visible' });
    expect((await storedEntries(page)).filter((entry) => entry.description === 'Split me')).toHaveLength(3);
  });

  it('shows an invoiced entry as locked, with the reason, and offers no way to change it', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openTimeWithDemoData(page);
    await page.getByLabel('Invoiced', { exact: true }).selectOption('yes');
    const firstMenu = dayList(page).getByRole('button', { name: /^More actions for / }).first();
    await firstMenu.click();
    const menu = page.getByRole('menu').filter({ hasText: 'Delete' });
    await menu.waitFor({ state: 'visible' });
    expect(await menu.innerText()).toMatch(/This entry is on (invoice \S+|a draft invoice) and cannot change/);
    for (const action of ['Edit…', 'Split…', 'Delete']) {
      expect(await menu.getByRole('menuitem', { name: action }).getAttribute('aria-disabled')).toBe('true');
    }
    const before = await storedEntries(page);
    // The item is disabled; a click that gets through anyway must still change nothing.
    await menu.getByRole('menuitem', { name: 'Delete' }).click({ force: true });
    expect(await storedEntries(page)).toEqual(before);
  });

  it('exports the filtered entries as CSV with a byte order mark and the stable columns', async () => {
    const page = session.page();
    await stoppedEntry(page, '=SUM(A1:A9) looks like a formula');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export time entries' });
    await dialog.getByLabel('Period', { exact: true }).selectOption('thisWeek');
    await dialog.getByText(/entr(y|ies) will be exported/).waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('repute-time-2026-11-23-to-2026-11-29.csv');
    const path = await download.path();
    const content = await readFile(path, 'utf8');
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.slice(1).split(/\r?\n/)[0]).toBe('Date,Start,End,Duration (h),Duration,Client,Project,Description,Tags,Billable,Invoiced');
    expect(content).toMatch(/2026-11-23,10:00,11:00,1.00,1:00:0\d,Bramble & Finch Ltd,Editorial CMS maintenance/);
    expect(content).not.toContain(',=SUM(A1:A9) looks like a formula');
    expect(content).toContain("'=SUM(A1:A9) looks like a formula");
  });
});
