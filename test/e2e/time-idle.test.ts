import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { MINUTE_MS, MONDAY_TEN_BERLIN, openTimeWithDemoData, runningEntries, startTimerFromHeader, storedEntries, TIME_TEST_CONTEXT, timerRegion, type StoredEntry } from './time-helpers';

const DESCRIPTION = 'Idle check';
/** The default idle threshold is 10 minutes; 25 minutes away is well past it. */
const AWAY_MS = 25 * MINUTE_MS;

function idleDialog(page: Page) {
  return page.getByRole('alertdialog', { name: 'You were idle' });
}

/**
 * Starts a timer, lets 25 minutes pass with no input (the fake clock jumps, firing the page's idle check), then moves
 * the mouse: the return that the dialog asks about. Resolves the timer as stored before the answer.
 */
async function comeBackAfterIdling(page: Page): Promise<StoredEntry> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  await openTimeWithDemoData(page);
  await startTimerFromHeader(page, DESCRIPTION, 'Analytics dashboard retainer');
  const [timer] = await runningEntries(page);
  if (timer === undefined) throw new Error('No timer was stored as running');

  await page.clock.fastForward(AWAY_MS);
  await page.mouse.move(640, 420);
  await page.mouse.move(660, 440);
  await idleDialog(page).waitFor({ state: 'visible' });
  for (const choice of ['Keep the idle time', 'Discard the idle time', 'Discard and stop', 'Move to a new entry']) {
    expect(await idleDialog(page).getByRole('button', { name: choice, exact: true }).isVisible()).toBe(true);
  }
  return timer;
}

async function answer(page: Page, choice: string): Promise<void> {
  await idleDialog(page).getByRole('button', { name: choice, exact: true }).click();
  await idleDialog(page).waitFor({ state: 'hidden' });
}

function entriesAfter(entries: readonly StoredEntry[], start: number): StoredEntry[] {
  return entries.filter((entry) => entry.start >= start);
}

describe('coming back after idling with a timer running', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('says when the idle time began and ended', async () => {
    const page = session.page();
    const timer = await comeBackAfterIdling(page);
    const text = await idleDialog(page).innerText();
    expect(text).toContain('No activity from 10:00 to 10:25');
    expect(text).toContain(`“${DESCRIPTION}” on Analytics dashboard retainer`);
    expect(timer.end).toBeNull();
  });

  it('keeps the idle time: the timer runs on from its start, unchanged', async () => {
    const page = session.page();
    const timer = await comeBackAfterIdling(page);
    await answer(page, 'Keep the idle time');

    const entries = entriesAfter(await storedEntries(page), timer.start);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: timer.id, start: timer.start, end: null, description: DESCRIPTION });
  });

  it('discards the idle time: the entry ends when idling began and a new one with the same details starts at the return', async () => {
    const page = session.page();
    const timer = await comeBackAfterIdling(page);
    await answer(page, 'Discard the idle time');

    const entries = entriesAfter(await storedEntries(page), timer.start);
    expect(entries).toHaveLength(2);
    const ended = entries.find((entry) => entry.id === timer.id);
    const resumed = entries.find((entry) => entry.id !== timer.id);
    expect(ended).toMatchObject({ start: timer.start, description: DESCRIPTION });
    expect(resumed).toMatchObject({ end: null, description: DESCRIPTION, projectId: timer.projectId });
    if (ended?.end === null || ended?.end === undefined || resumed === undefined) throw new Error('The idle time was not cut out');
    // The idle stretch, from the last input before leaving to the return, is in neither entry.
    expect(ended.end - ended.start).toBeLessThan(MINUTE_MS);
    expect(resumed.start - ended.end).toBeGreaterThanOrEqual(AWAY_MS - MINUTE_MS);
    expect(await timerRegion(page).getByRole('button', { name: 'Stop timer' }).isVisible()).toBe(true);
  });

  it('discards and stops: the entry ends when idling began and no timer runs', async () => {
    const page = session.page();
    const timer = await comeBackAfterIdling(page);
    await answer(page, 'Discard and stop');

    const entries = entriesAfter(await storedEntries(page), timer.start);
    expect(entries).toHaveLength(1);
    const [ended] = entries;
    expect(ended?.id).toBe(timer.id);
    expect(ended?.end).not.toBeNull();
    expect((ended?.end ?? 0) - timer.start).toBeLessThan(MINUTE_MS);
    expect(await runningEntries(page)).toEqual([]);
    await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible' });
  });

  it('moves the idle time to a new entry: the entry ends when idling began and a new, undescribed one runs from there', async () => {
    const page = session.page();
    const timer = await comeBackAfterIdling(page);
    await answer(page, 'Move to a new entry');

    const entries = entriesAfter(await storedEntries(page), timer.start);
    expect(entries).toHaveLength(2);
    // Idling began with the click that started the timer, so the two may share a start: tell them apart by id.
    const ended = entries.find((entry) => entry.id === timer.id);
    const moved = entries.find((entry) => entry.id !== timer.id);
    expect(ended).toMatchObject({ description: DESCRIPTION });
    expect(moved).toMatchObject({ end: null, description: '', projectId: timer.projectId });
    expect(moved?.start).toBe(ended?.end);
    expect((ended?.end ?? 0) - timer.start).toBeLessThan(MINUTE_MS);
    expect(await timerRegion(page).getByRole('textbox', { name: 'What are you working on?' }).inputValue()).toBe('');
  });
});
