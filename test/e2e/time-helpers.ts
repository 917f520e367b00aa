import type { Locator, Page } from 'playwright-core';
import { areaHeading, openApp } from './browser';

/** Every time test reads times in one zone and locale, so "10:00" and "Monday 23 November" mean the same everywhere. */
export const TIME_TEST_CONTEXT = { locale: 'en-GB', timezoneId: 'Europe/Berlin' } as const;

/** Monday 23 November 2026, 10:00 in Berlin (09:00 UTC): the fake clock's start in tests that move time. */
export const MONDAY_TEN_BERLIN = Date.UTC(2026, 10, 23, 9, 0);

export const MINUTE_MS = 60_000;

export function timerRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Timer' });
}

export function elapsedTime(page: Page): Locator {
  return timerRegion(page).getByRole('timer', { name: 'Elapsed time' });
}

export function dayList(page: Page): Locator {
  return page.getByRole('list', { name: 'Time entries' });
}

/** The day list's row for an entry, found by its description (not by another row naming it as an overlap). */
export function entryRow(page: Page, description: string): Locator {
  return dayList(page).getByRole('listitem').filter({ has: page.getByText(description, { exact: true }) });
}

/** Opens the Time screen and fills the empty database with the demo freelancer from its empty state. */
export async function openTimeWithDemoData(page: Page): Promise<void> {
  await openApp(page, '#/time');
  await areaHeading(page, 'time').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Demo data loaded' }).waitFor({ state: 'visible' });
  await dayList(page).waitFor({ state: 'visible' });
}

/** Picks a project in the timer bar by typing part of its name and choosing the match. */
export async function chooseTimerProject(page: Page, projectName: string): Promise<void> {
  const picker = timerRegion(page).getByRole('combobox', { name: 'Project' });
  await picker.click();
  await picker.fill(projectName);
  await page.getByRole('listbox', { name: 'Projects' }).getByRole('option', { name: new RegExp(`^${projectName}`) }).first().click();
}

/** Starts a timer from the header with a description and project, and waits until it runs. */
export async function startTimerFromHeader(page: Page, description: string, projectName: string): Promise<void> {
  await timerRegion(page).getByRole('textbox', { name: 'What are you working on?' }).fill(description);
  await chooseTimerProject(page, projectName);
  await timerRegion(page).getByRole('button', { name: 'Start timer' }).click();
  await timerRegion(page).getByRole('button', { name: 'Stop timer' }).waitFor({ state: 'visible' });
}

/**
 * Collects what the page throws or leaves unhandled, so a test can insist on none: a write that lost its transaction
 * surfaces only as an unhandled rejection.
 */
export async function collectPageErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => console.error(`Unhandled rejection: ${String(event.reason)}`));
  });
  return errors;
}

/** Well under the default idle threshold of ten minutes, so time passed this way is never idle time. */
const ACTIVE_STEP_MS = 5 * MINUTE_MS;

/**
 * Moves the fake clock on while the user keeps working: the mouse moves every few minutes, as real use would, so the
 * idle watch sees activity and asks nothing. Use page.clock.fastForward alone to model time away.
 */
export async function workFor(page: Page, ms: number): Promise<void> {
  for (let passed = 0, step = 0; passed < ms; step += 1) {
    const advance = Math.min(ACTIVE_STEP_MS, ms - passed);
    await page.clock.fastForward(advance);
    passed += advance;
    await page.mouse.move(720 + (step % 2) * 24, 300);
  }
}

/** "1:05:09" as seconds. */
export function clockSeconds(text: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = text.trim().split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/** "12h 30m" as minutes. */
export function hoursMinutes(text: string): number {
  const match = /(\d+)h\s+(\d+)m/.exec(text);
  if (match === null) throw new Error(`"${text}" is not a duration like 12h 30m`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface StoredEntry {
  id: string;
  start: number;
  end: number | null;
  description: string;
  projectId: string;
  deletedAt?: number;
}

/** The live time entries as stored in the app's IndexedDB, read without the app, oldest start first. */
export async function storedEntries(page: Page): Promise<StoredEntry[]> {
  const entries = await page.evaluate(
    () =>
      new Promise<StoredEntry[]>((resolve, reject) => {
        const request = indexedDB.open('repute');
        request.onerror = () => reject(new Error('The app database did not open'));
        request.onsuccess = () => {
          const database = request.result;
          const read = database.transaction('timeEntries', 'readonly').objectStore('timeEntries').getAll();
          read.onerror = () => reject(new Error('The time entries could not be read'));
          read.onsuccess = () => {
            const all: StoredEntry[] = read.result;
            database.close();
            resolve(all);
          };
        };
      }),
  );
  return entries.filter((entry) => entry.deletedAt === undefined).sort((a, b) => a.start - b.start);
}

/** The stored entries that are running: there must never be more than one. */
export async function runningEntries(page: Page): Promise<StoredEntry[]> {
  return (await storedEntries(page)).filter((entry) => entry.end === null);
}
