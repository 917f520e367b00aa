import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToArea, loadDemoDataFromClients, openApp, storedRecords, useBrowserSession } from './browser';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

function jobSuccess(page: Page) {
  return page.getByRole('region', { name: 'Job success', exact: true });
}

async function openReputationWithDemoData(page: Page): Promise<void> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  await openApp(page);
  await loadDemoDataFromClients(page);
  await goToArea(page, 'reputation');
  await jobSuccess(page).waitFor({ state: 'visible' });
}

describe('the Reputation overview', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('says what is missing on an empty database, and offers the demo', async () => {
    const page = session.page();
    await openApp(page, '#/reputation');
    const empty = page.getByRole('region', { name: 'No reputation yet', exact: true });
    await empty.waitFor({ state: 'visible' });
    await empty.getByRole('button', { name: 'Load demo data', exact: true }).waitFor({ state: 'visible' });
  });

  it('shows the score with every window, the contracts behind it, and how it is computed', async () => {
    const page = session.page();
    await openReputationWithDemoData(page);
    const section = jobSuccess(page);
    const score = section.getByLabel(/^Job success \d+\.\d out of 100$/);
    await score.waitFor({ state: 'visible' });
    const windows = section.getByRole('list', { name: 'Score by window' }).getByRole('listitem');
    expect(await windows.count()).toBe(3);
    await expect.poll(() => windows.filter({ hasText: 'Best: shown' }).count()).toBe(1);

    const contracts = section.getByRole('table', { name: 'Contracts behind the score' });
    const rows = contracts.getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await rows.count()).toBeGreaterThan(1);
    // Each contract links to its project.
    expect(await rows.first().getByRole('link').first().getAttribute('href')).toMatch(/^#\/projects\/.+/);

    await section.getByText('How is this computed?', { exact: true }).click();
    await section.getByText(/Score = \(successes − counted against\) ÷ everything counted/).waitFor({ state: 'visible' });

    const change = page.getByRole('region', { name: 'Why it changed', exact: true });
    await change.getByRole('status').filter({ hasText: / → / }).waitFor({ state: 'visible' });
  });

  it('counts a poor rating added through the feedback form against its contract, and explains the drop', async () => {
    const page = session.page();
    await openReputationWithDemoData(page);
    const section = jobSuccess(page);
    const score = section.getByLabel(/^Job success \d+\.\d out of 100$/);
    const scoreBefore = await score.getAttribute('aria-label');
    const contracts = section.getByRole('table', { name: 'Contracts behind the score' });
    const wellRated = contracts.getByRole('row').filter({ hasText: 'Rated 4.5 or more' }).first();
    const project = (await wellRated.getByRole('link').first().innerText()).trim();

    await page.getByRole('navigation', { name: 'Reputation sections', exact: true }).getByRole('link', { name: 'Feedback', exact: true }).click();
    await page.getByRole('button', { name: 'New feedback', exact: true }).click();
    const form = page.getByRole('form', { name: 'New feedback', exact: true });
    await form.getByRole('combobox', { name: 'Project', exact: true }).selectOption({ label: project });
    await form.getByRole('textbox', { name: 'Overall rating', exact: true }).fill('1.0');
    await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('Missed the launch date.');
    await form.getByRole('button', { name: 'Save feedback', exact: true }).click();
    await page.getByRole('status').filter({ hasText: new RegExp(`^Feedback of .+ on ${project} added$`) }).waitFor({ state: 'visible' });

    await page.getByRole('navigation', { name: 'Reputation sections', exact: true }).getByRole('link', { name: 'Overview', exact: true }).click();
    await section.waitFor({ state: 'visible' });
    await expect.poll(() => score.getAttribute('aria-label')).not.toBe(scoreBefore);
    const row = contracts.getByRole('row').filter({ has: page.getByRole('link', { name: project, exact: true }) });
    await row.filter({ hasText: 'Counts against' }).filter({ hasText: 'Rated below 3.0' }).waitFor({ state: 'visible' });
    expect(await row.getByRole('cell').last().innerText()).toMatch(/^−\d+\.\d$/);

    // The last three months' change lists the contract with the points it cost.
    const moved = page.getByRole('region', { name: 'Why it changed', exact: true }).getByRole('table', { name: 'What moved the score' });
    const movedRow = moved.getByRole('row').filter({ has: page.getByRole('link', { name: project, exact: true }) });
    expect(await movedRow.innerText()).toMatch(/Counts against \(weight [\d.]+\)/);
    expect(await movedRow.getByRole('cell').last().innerText()).toMatch(/^−\d+\.\d$/);
  });

  it('refuses a top-rated bar above 100 with a message, saves nothing, then saves a valid one', async () => {
    const page = session.page();
    await openReputationWithDemoData(page);
    const bar = page.getByRole('form', { name: 'Top-rated bar' });
    await bar.getByLabel('Score at least').fill('101');
    await bar.getByRole('button', { name: 'Save bar' }).click();
    await bar.getByRole('alert').filter({ hasText: 'Not saved. Score at least: At most 100.' }).waitFor({ state: 'visible' });
    const settingsBefore = (await storedRecords(page, 'settings')) as { topRatedBar?: unknown }[];
    expect(settingsBefore[0]?.topRatedBar).toBeUndefined();

    await bar.getByLabel('Score at least').fill('80');
    await bar.getByRole('button', { name: 'Save bar' }).click();
    await bar.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ state: 'visible' });
    await expect.poll(async () => ((await storedRecords(page, 'settings')) as { topRatedBar?: { minScore: number } }[])[0]?.topRatedBar?.minScore).toBe(80);
    const strip = page.getByRole('list', { name: 'Top-rated weeks' }).getByRole('listitem');
    expect(await strip.count()).toBe(16);
    expect(await strip.last().getAttribute('aria-label')).toMatch(/^Week ending .+: (top rated|not top rated: .+)$/);
  });
});
