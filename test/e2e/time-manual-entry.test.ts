import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { entryRow, MONDAY_TEN_BERLIN, openTimeWithDemoData, storedEntries, TIME_TEST_CONTEXT } from './time-helpers';

function entryDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Add time entry' });
}

async function openAddEntry(page: Page): Promise<void> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  await openTimeWithDemoData(page);
  await page.getByRole('button', { name: 'Add time entry' }).click();
  await entryDialog(page).waitFor({ state: 'visible' });
}

async function chooseProject(page: Page, projectName: string): Promise<void> {
  const picker = entryDialog(page).getByRole('combobox', { name: 'Project' });
  await picker.click();
  await picker.fill(projectName);
  await page.getByRole('listbox', { name: 'Projects' }).getByRole('option', { name: new RegExp(`^${projectName}`) }).first().click();
}

describe('adding time by hand', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('refuses a duration it cannot read, with the message under Duration, and saves nothing', async () => {
    const page = session.page();
    await openAddEntry(page);
    const before = await storedEntries(page);
    const duration = entryDialog(page).getByRole('textbox', { name: 'Duration' });

    await chooseProject(page, 'Editorial CMS maintenance');
    await entryDialog(page).getByRole('textbox', { name: 'Description' }).fill('Never saved');
    await duration.fill('an hour or so');
    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();

    await entryDialog(page).getByText('"an hour or so" is not a duration. Use a duration like 1:30, 1h30 or 90m').waitFor({ state: 'visible' });
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => duration.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await entryDialog(page).isVisible()).toBe(true);
    expect(await storedEntries(page)).toEqual(before);

    await duration.fill('1h 61m');
    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();
    await entryDialog(page).getByText('Minutes after the hours go up to 59', { exact: false }).waitFor({ state: 'visible' });
    expect(await storedEntries(page)).toEqual(before);
  });

  it('adds an entry from a start and a typed duration, and lists it under its day', async () => {
    const page = session.page();
    await openAddEntry(page);
    await chooseProject(page, 'Editorial CMS maintenance');
    await entryDialog(page).getByLabel('Date', { exact: true }).fill('2026-11-20');
    await entryDialog(page).getByLabel('Start', { exact: true }).fill('14:15');
    await entryDialog(page).getByRole('textbox', { name: 'Duration' }).fill('1h30');
    expect(await entryDialog(page).getByLabel('End', { exact: true }).inputValue()).toBe('15:45');
    await entryDialog(page).getByRole('textbox', { name: 'Description' }).fill('Typed by hand');
    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();
    await entryDialog(page).waitFor({ state: 'hidden' });

    const row = entryRow(page, 'Typed by hand');
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain('14:15 – 15:45');
    expect(await row.innerText()).toContain('1h 30m');
    const stored = (await storedEntries(page)).find((entry) => entry.description === 'Typed by hand');
    expect(stored).toMatchObject({ start: Date.UTC(2026, 10, 20, 13, 15), end: Date.UTC(2026, 10, 20, 14, 45) });
  });
});

describe('an entry longer than a day or ending in the future', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  function unusualConfirm(page: Page) {
    return page.getByRole('alertdialog', { name: 'Save an unusual entry?' });
  }

  it('asks before adding "99h" from this morning, Cancel keeps what was typed, and Save anyway adds it', async () => {
    const page = session.page();
    await openAddEntry(page);
    const before = await storedEntries(page);
    await chooseProject(page, 'Editorial CMS maintenance');
    await entryDialog(page).getByLabel('Start', { exact: true }).fill('09:00');
    const duration = entryDialog(page).getByRole('textbox', { name: 'Duration' });
    await duration.fill('99h');
    await entryDialog(page).getByRole('textbox', { name: 'Description' }).fill('Far too long');
    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();

    await unusualConfirm(page).waitFor({ state: 'visible' });
    expect(await unusualConfirm(page).innerText()).toContain('This entry is 99h 00m long and ends on Friday 27 Nov at 12:00, in the future. Save it anyway?');
    expect(await storedEntries(page)).toEqual(before);

    await unusualConfirm(page).getByRole('button', { name: 'Keep editing' }).click();
    await unusualConfirm(page).waitFor({ state: 'hidden' });
    expect(await entryDialog(page).isVisible()).toBe(true);
    expect(await duration.inputValue()).toBe('99h');
    expect(await storedEntries(page)).toEqual(before);

    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();
    await unusualConfirm(page).getByRole('button', { name: 'Save anyway' }).click();
    await entryDialog(page).waitFor({ state: 'hidden' });
    const stored = (await storedEntries(page)).find((entry) => entry.description === 'Far too long');
    expect(stored).toMatchObject({ start: Date.UTC(2026, 10, 23, 8, 0), end: Date.UTC(2026, 10, 27, 11, 0) });
  });

  it('asks before an edit makes a past entry longer than a day, and saves nothing on Keep editing', async () => {
    const page = session.page();
    await openAddEntry(page);
    await chooseProject(page, 'Editorial CMS maintenance');
    await entryDialog(page).getByLabel('Start', { exact: true }).fill('07:00');
    await entryDialog(page).getByRole('textbox', { name: 'Duration' }).fill('2h');
    await entryDialog(page).getByRole('textbox', { name: 'Description' }).fill('Edited later');
    await entryDialog(page).getByRole('button', { name: 'Add entry' }).click();
    await entryDialog(page).waitFor({ state: 'hidden' });
    expect(await unusualConfirm(page).isVisible()).toBe(false);

    await entryRow(page, 'Edited later').getByRole('button', { name: 'More actions for Edited later' }).click();
    await page.getByRole('menu', { name: 'More actions for Edited later' }).getByRole('menuitem', { name: 'Edit…' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Edit time entry' });
    await editDialog.getByLabel('Date', { exact: true }).fill('2026-11-20');
    await editDialog.getByRole('textbox', { name: 'Duration' }).fill('30h');
    const before = await storedEntries(page);
    await editDialog.getByRole('button', { name: 'Save changes' }).click();

    await unusualConfirm(page).waitFor({ state: 'visible' });
    expect(await unusualConfirm(page).innerText()).toContain('This entry is 30h 00m long, more than a day. Save it anyway?');
    await unusualConfirm(page).getByRole('button', { name: 'Keep editing' }).click();
    await unusualConfirm(page).waitFor({ state: 'hidden' });
    expect(await editDialog.isVisible()).toBe(true);
    expect(await editDialog.getByRole('textbox', { name: 'Duration' }).inputValue()).toBe('30h');
    expect(await storedEntries(page)).toEqual(before);
  });
});
