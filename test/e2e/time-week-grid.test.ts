import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNavigation, useBrowserSession } from './browser';
import { hoursMinutes, MONDAY_TEN_BERLIN, openTimeWithDemoData, storedEntries, TIME_TEST_CONTEXT } from './time-helpers';

const PROJECT = 'Analytics dashboard retainer';
/** Tuesday of the fake clock's week: past on its Saturday, ahead on its Monday. */
const TUESDAY = 'Tuesday 24 November';

function weekGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Week timesheet' });
}

function cell(page: Page, projectName: string, day: string): Locator {
  return weekGrid(page).getByRole('textbox', { name: `${projectName}, ${day}`, exact: true });
}

async function minutesIn(locator: Locator): Promise<number> {
  return hoursMinutes(await locator.innerText());
}

interface Totals {
  row: number;
  column: number;
  week: number;
}

async function totals(page: Page, projectName: string, day: string): Promise<Totals> {
  return {
    row: await minutesIn(weekGrid(page).getByRole('cell', { name: `${projectName}, week total`, exact: true })),
    column: await minutesIn(weekGrid(page).getByRole('cell', { name: `${day}, total`, exact: true })),
    week: await minutesIn(weekGrid(page).getByRole('cell', { name: 'Week total', exact: true })),
  };
}

/** Saturday 28 November 2026, 10:00 in Berlin: the same week, with its Tuesday in the past. */
const SATURDAY_TEN_BERLIN = MONDAY_TEN_BERLIN + 5 * 24 * 3_600_000;

/** Opens the week grid for the fake clock's week, with a row for the project (added if the demo gave it no time). */
async function openWeekWithRow(page: Page, projectName: string, now = SATURDAY_TEN_BERLIN): Promise<void> {
  await page.clock.install({ time: now });
  await openTimeWithDemoData(page);
  await page.getByRole('tab', { name: 'Week' }).click();
  await weekGrid(page).waitFor({ state: 'visible' });
  if ((await cell(page, projectName, TUESDAY).count()) === 0) {
    const adder = page.getByRole('combobox', { name: 'Add a project row' });
    await adder.click();
    await adder.fill(projectName);
    await page.getByRole('listbox', { name: 'Projects' }).getByRole('option', { name: new RegExp(`^${projectName}`) }).first().click();
  }
  await cell(page, projectName, TUESDAY).waitFor({ state: 'visible' });
}

describe('the week timesheet', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('sets a day’s time from a typed duration, and the row, column and week totals follow', async () => {
    const page = session.page();
    await openWeekWithRow(page, PROJECT);
    const target = cell(page, PROJECT, TUESDAY);
    expect(await target.inputValue()).toBe('');
    const before = await totals(page, PROJECT, TUESDAY);

    await target.fill('1:30');
    await target.press('Enter');
    await expect.poll(() => target.inputValue()).toBe('1:30');
    await expect.poll(() => totals(page, PROJECT, TUESDAY)).toEqual({ row: before.row + 90, column: before.column + 90, week: before.week + 90 });

    await target.fill('45m');
    await target.press('Tab');
    await expect.poll(() => target.inputValue()).toBe('0:45');
    await expect.poll(() => totals(page, PROJECT, TUESDAY)).toEqual({ row: before.row + 45, column: before.column + 45, week: before.week + 45 });
  });

  it('refuses what is not a duration with a message at the grid, and saves nothing', async () => {
    const page = session.page();
    await openWeekWithRow(page, PROJECT);
    const target = cell(page, PROJECT, TUESDAY);
    const before = await totals(page, PROJECT, TUESDAY);
    const entriesBefore = await storedEntries(page);

    await target.fill('lots');
    await target.press('Enter');
    const message = page.getByRole('alert').filter({ hasText: '"lots" is not a duration. Use a duration like 1:30, 1h30 or 90m' });
    await message.waitFor({ state: 'visible' });
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await target.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('is not a duration');
    expect(await totals(page, PROJECT, TUESDAY)).toEqual(before);
    expect(await storedEntries(page)).toEqual(entriesBefore);

    await page.reload();
    await mainNavigation(page).waitFor({ state: 'visible' });
    await weekGrid(page).waitFor({ state: 'visible' });
    expect(await storedEntries(page)).toEqual(entriesBefore);
  });

  it('asks before giving a day more time than has passed in it, and Keep editing saves nothing', async () => {
    const page = session.page();
    await openWeekWithRow(page, PROJECT, MONDAY_TEN_BERLIN);
    const target = cell(page, PROJECT, TUESDAY);
    const entriesBefore = await storedEntries(page);
    const before = await totals(page, PROJECT, TUESDAY);
    const confirm = page.getByRole('alertdialog', { name: 'Save time in the future?' });

    await target.fill('2:00');
    await target.press('Enter');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.innerText()).toContain('2h 00m on Tuesday 24 November is more time than has passed that day, so some of it would end in the future. Save it anyway?');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await target.inputValue()).toBe('2:00');
    expect(await storedEntries(page)).toEqual(entriesBefore);

    await target.press('Enter');
    await confirm.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => totals(page, PROJECT, TUESDAY)).toEqual({ row: before.row + 120, column: before.column + 120, week: before.week + 120 });
  });
});
