import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mainNavigation, openApp } from './browser';
import { clockSeconds, elapsedTime, openTimeWithDemoData, runningEntries, startTimerFromHeader, TIME_TEST_CONTEXT, timerRegion } from './time-helpers';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function launchWithProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS, ...TIME_TEST_CONTEXT });
}

/**
 * The browser's own process: the one started with this profile folder that is not one of its helpers (renderers,
 * GPU and utility processes carry a --type flag). A persistent context does not hand out its browser, so the process
 * table is asked.
 */
function browserProcessId(userDataDir: string): number {
  const matches = readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      const ownsProfile = commandLine.some((argument) => argument === `--user-data-dir=${userDataDir}`);
      const isHelper = commandLine.some((argument) => argument.startsWith('--type='));
      return ownsProfile && !isHelper ? [Number(name)] : [];
    } catch {
      return [];
    }
  });
  const [pid] = matches;
  if (pid === undefined || matches.length > 1) throw new Error(`Expected one browser process for ${userDataDir}, found ${matches.length}`);
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a running timer and a hard kill', () => {
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
    for (const profile of profiles.splice(0)) rmSync(profile, { recursive: true, force: true });
  });

  it('still runs, from the same start, after the browser process is killed and relaunched on the same profile', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'repute-crash-'));
    profiles.push(profile);

    const first = await launchWithProfile(profile);
    contexts.push(first);
    const page = first.pages()[0] ?? (await first.newPage());
    await openTimeWithDemoData(page);
    await startTimerFromHeader(page, 'Survives a crash', 'Analytics dashboard retainer');
    const [running] = await runningEntries(page);
    if (running === undefined) throw new Error('No timer was stored as running');

    const pid = browserProcessId(profile);
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => isAlive(pid), { timeout: 10_000 }).toBe(false);

    const second = await launchWithProfile(profile);
    contexts.push(second);
    const reopened = second.pages()[0] ?? (await second.newPage());
    await openApp(reopened, '#/time');
    await mainNavigation(reopened).waitFor({ state: 'visible' });
    await timerRegion(reopened).getByRole('button', { name: 'Stop timer' }).waitFor({ state: 'visible' });
    expect(await timerRegion(reopened).getByRole('textbox', { name: 'What are you working on?' }).inputValue()).toBe('Survives a crash');

    const afterCrash = await runningEntries(reopened);
    expect(afterCrash).toHaveLength(1);
    expect(afterCrash[0]?.id).toBe(running.id);
    expect(afterCrash[0]?.start).toBe(running.start);
    const shownSeconds = clockSeconds(await elapsedTime(reopened).innerText());
    expect(Math.abs(shownSeconds - Math.floor((Date.now() - running.start) / 1000))).toBeLessThanOrEqual(3);
  });
});
