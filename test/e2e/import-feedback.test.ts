import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { areaHeading, goToArea, useBrowserSession } from './browser';
import { chooseImportFile, importFixture, openImport, statValue, tableCells, undoImportFromHistory } from './import-helpers';
import { TIME_TEST_CONTEXT } from './time-helpers';

const REVIEWS = importFixture('feedback_reviews.csv');
const BAD_ROWS = importFixture('feedback_bad_rows.csv');

async function openFeedbackSection(page: Page): Promise<void> {
  await goToArea(page, 'reputation');
  await page.getByRole('navigation', { name: 'Reputation sections' }).getByRole('link', { name: 'Feedback', exact: true }).click();
}

describe('importing feedback from a CSV on the Data screen', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('previews the file, imports it into Reputation > Feedback, and undoes the import', async () => {
    const page = session.page();
    await openImport(page);
    await chooseImportFile(page, REVIEWS);

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.waitFor({ state: 'visible' });
    await preview.getByText('Repute feedback CSV', { exact: true }).waitFor({ state: 'visible' });
    expect(await statValue(page, 'Rows in the file').textContent()).toContain('6');
    expect(await statValue(page, 'New feedback').textContent()).toContain('6');
    // (50 + 45 + 47 + 30 + 40 + 50) / 6 = 43.7 tenths, 4.4 stars to the nearest tenth.
    expect(await statValue(page, 'Average rating').textContent()).toContain('4.4 out of 5');
    expect(await statValue(page, 'Quotable').textContent()).toContain('4 of 6');
    expect(await preview.getByRole('combobox', { name: 'Time zone of the export' }).count()).toBe(0);

    const rows = await tableCells(page, 'Feedback in the file');
    expect(rows.map((cells) => cells[0])).toEqual(['2', '3', '4', '5', '6', '7']);
    const fileTable = page.getByRole('table', { name: 'Feedback in the file', exact: true });
    await fileTable.getByRole('img', { name: '4.7 out of 5', exact: true }).waitFor({ state: 'visible' });
    await fileTable.getByRole('img', { name: '4.5 out of 5', exact: true }).waitFor({ state: 'visible' });
    expect((await tableCells(page, 'Clients in the file')).map((cells) => cells[0])).toEqual(['Acme Widgets', 'Café Olé GmbH', 'Nørdisk Design', 'Bright Labs']);

    await preview.getByRole('button', { name: 'Import 6 reviews', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Import finished' });
    await summary.getByText('Imported 6 reviews, 4 clients, 4 projects', { exact: true }).waitFor({ state: 'visible' });

    await summary.getByRole('link', { name: 'Open Feedback', exact: true }).click();
    await areaHeading(page, 'reputation').waitFor({ state: 'visible' });
    const feedback = page.getByRole('table', { name: 'Feedback', exact: true });
    await feedback.getByText('Rebuilt our ETL in two weeks. Highly recommended.', { exact: true }).waitFor({ state: 'visible' });
    expect(await feedback.locator('tbody tr').count()).toBe(6);
    await feedback.getByRole('img', { name: '4.7 out of 5', exact: true }).waitFor({ state: 'visible' });

    await goToArea(page, 'data');
    await page.getByRole('navigation', { name: 'Data sections' }).getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('table', { name: 'Import history' }).getByText('6 reviews, 4 clients, 4 projects', { exact: true }).waitFor({ state: 'visible' });
    await undoImportFromHistory(page, 'feedback_reviews.csv', 'Import undone: removed 6 reviews, 4 clients, 4 projects');

    await openFeedbackSection(page);
    await page.getByRole('region', { name: 'No feedback yet', exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('table', { name: 'Feedback', exact: true }).count()).toBe(0);
  });

  it('shows each bad row of a feedback file by line and field, and offers to import the rest', async () => {
    const page = session.page();
    await openImport(page);
    await chooseImportFile(page, BAD_ROWS);

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.waitFor({ state: 'visible' });
    expect(await tableCells(page, 'Problems')).toEqual([
      ['3', 'Rating', '0 is less than 1, the lowest rating'],
      ['4', 'Rating', '6 is more than 5, the highest rating'],
      ['5', 'Date', '"2024-02-30" is not a date that exists'],
      ['6', 'Quotable', '"maybe" is neither Yes nor No'],
      ['7', 'Project', 'The project is empty; every piece of feedback belongs to a project'],
    ]);
    expect((await tableCells(page, 'Feedback in the file')).map((cells) => cells[0])).toEqual(['2']);
    await preview.getByRole('button', { name: 'Import 1 review', exact: true }).waitFor({ state: 'visible' });
  });

  it('downloads the feedback template, which imports as it is', async () => {
    const page = session.page();
    await openImport(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the feedback template', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Repute feedback template.csv');
    const saved = await download.path();
    const text = await readFile(saved, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Date,Client,Project,Rating,Comment,Quotable,Source');

    await chooseImportFile(page, saved);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('button', { name: 'Import 1 review', exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('table', { name: 'Problems' }).count()).toBe(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical accessibility violations in the preview of a feedback file with problems, ${colorScheme}`, async () => {
      // The app's CSP rightly refuses inline scripts, and axe-core arrives as one.
      const context = await session.newContext({ ...TIME_TEST_CONTEXT, colorScheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await openImport(page);
      await chooseImportFile(page, BAD_ROWS);
      await page.getByRole('table', { name: 'Problems' }).waitFor({ state: 'visible' });
      expect(describeViolations(await seriousAccessibilityViolations(page))).toEqual([]);
    });
  }
});
