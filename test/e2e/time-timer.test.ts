import { describe, expect, it } from 'vitest';
import { mainNavigation, useBrowserSession } from './browser';
import {
  clockSeconds,
  collectPageErrors,
  elapsedTime,
  entryRow,
  MINUTE_MS,
  MONDAY_TEN_BERLIN,
  openTimeWithDemoData,
  runningEntries,
  startTimerFromHeader,
  storedEntries,
  TIME_TEST_CONTEXT,
  timerRegion,
  workFor,
} from './time-helpers';

describe('the timer', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('keeps running through a reload, from its original start', async () => {
    const page = session.page();
    await openTimeWithDemoData(page);
    await startTimerFromHeader(page, 'Reload check', 'Analytics dashboard retainer');
    const [running] = await runningEntries(page);
    if (running === undefined) throw new Error('No timer was stored as running');

    await expect.poll(async () => clockSeconds(await elapsedTime(page).innerText()), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const beforeReload = clockSeconds(await elapsedTime(page).innerText());

    await page.reload();
    await mainNavigation(page).waitFor({ state: 'visible' });
    await timerRegion(page).getByRole('button', { name: 'Stop timer' }).waitFor({ state: 'visible' });
    expect(await timerRegion(page).getByRole('textbox', { name: 'What are you working on?' }).inputValue()).toBe('Reload check');
    await expect.poll(async () => clockSeconds(await elapsedTime(page).innerText()), { timeout: 10_000 }).toBeGreaterThanOrEqual(beforeReload);

    const afterReload = await runningEntries(page);
    expect(afterReload).toHaveLength(1);
    expect(afterReload[0]?.id).toBe(running.id);
    expect(afterReload[0]?.start).toBe(running.start);
    // The elapsed time counts from the stored start, not from the reload.
    const shownSeconds = clockSeconds(await elapsedTime(page).innerText());
    const storedSeconds = Math.floor((Date.now() - running.start) / 1000);
    expect(Math.abs(shownSeconds - storedSeconds)).toBeLessThanOrEqual(3);
  });

  it('stops into an entry in the day list with the time it ran', async () => {
    const page = session.page();
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openTimeWithDemoData(page);
    await startTimerFromHeader(page, 'Stop check', 'Editorial CMS maintenance');

    await workFor(page, 90 * MINUTE_MS);
    await expect.poll(async () => clockSeconds(await elapsedTime(page).innerText()), { timeout: 10_000 }).toBeGreaterThanOrEqual(90 * 60);
    await timerRegion(page).getByRole('button', { name: 'Stop timer' }).click();
    await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible' });
    expect(await elapsedTime(page).innerText()).toBe('0:00:00');

    const row = entryRow(page, 'Stop check');
    await row.waitFor({ state: 'visible' });
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('1h 30m');
    expect(await row.innerText()).toContain('10:00 – 11:30');
    expect(await row.innerText()).toContain('Editorial CMS maintenance');
    expect(await runningEntries(page)).toEqual([]);
    const stopped = (await storedEntries(page)).find((entry) => entry.description === 'Stop check');
    expect(stopped?.end !== null && stopped !== undefined && stopped.end - stopped.start).toBeGreaterThanOrEqual(90 * MINUTE_MS);
  });

  it('shows a second start and stop on the same project as promptly as the first', async () => {
    // The second start and stop on a project write straight to IndexedDB; the screen must still follow them.
    const page = session.page();
    const pageErrors = await collectPageErrors(page);
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openTimeWithDemoData(page);
    for (const [description, minutes, shown] of [
      ['First stretch', 25, '0h 25m'],
      ['Second stretch', 40, '0h 40m'],
    ] as const) {
      await startTimerFromHeader(page, description, 'Editorial CMS maintenance');
      await timerRegion(page).getByRole('button', { name: 'Stop timer' }).waitFor({ state: 'visible' });
      await workFor(page, minutes * MINUTE_MS);
      await timerRegion(page).getByRole('button', { name: 'Stop timer' }).click();
      await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible' });
      await expect.poll(() => entryRow(page, description).innerText(), { timeout: 10_000 }).toContain(shown);
    }
    expect(await runningEntries(page)).toEqual([]);
    expect(await elapsedTime(page).innerText()).toBe('0:00:00');
    expect(pageErrors).toEqual([]);
  });

  it('stops the running timer when another starts, so only one ever runs', async () => {
    const page = session.page();
    const pageErrors = await collectPageErrors(page);
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openTimeWithDemoData(page);
    await startTimerFromHeader(page, 'Older work', 'Editorial CMS maintenance');
    await workFor(page, 10 * MINUTE_MS);
    await timerRegion(page).getByRole('button', { name: 'Stop timer' }).click();
    await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible' });

    await startTimerFromHeader(page, 'Second timer', 'Analytics dashboard retainer');
    await workFor(page, 20 * MINUTE_MS);
    // Continue starts another timer like an older entry while this one runs: this one must stop at that instant.
    await entryRow(page, 'Older work').getByRole('button', { name: 'Continue Older work' }).click();
    await page.getByRole('status').filter({ hasText: 'Switched timer to Older work' }).waitFor({ state: 'visible' });

    const running = await runningEntries(page);
    expect(running).toHaveLength(1);
    expect(running[0]?.description).toBe('Older work');
    const second = (await storedEntries(page)).find((entry) => entry.description === 'Second timer');
    expect(second?.end).not.toBeNull();
    expect(second?.end).toBe(running[0]?.start);
    expect(await timerRegion(page).getByRole('textbox', { name: 'What are you working on?' }).inputValue()).toBe('Older work');
    await expect.poll(() => entryRow(page, 'Second timer').innerText(), { timeout: 10_000 }).toContain('0h 20m');
    expect(pageErrors).toEqual([]);
  });
});
