import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { areaHeading, openApp } from './browser';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A file of test/fixtures/import, by name. */
export function importFixture(name: string): string {
  return path.resolve(projectRoot, 'test/fixtures/import', name);
}

/** Opens Data > Import and waits for the Data screen's heading. */
export async function openImport(page: Page): Promise<void> {
  await openApp(page, '#/data/import');
  await areaHeading(page, 'data').waitFor({ state: 'visible' });
}

export async function chooseImportFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Choose a file to import').setInputFiles(file);
}

/** One of the preview's figures, by its label. */
export function statValue(page: Page, label: string): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

/** Each body row of a table, named `table`, as the text of its cells. */
export function tableCells(page: Page, table: string): Promise<string[][]> {
  return page
    .getByRole('table', { name: table, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Undoes the import of `fileName` from the history, confirming it, and waits for the answer that names what went. */
export async function undoImportFromHistory(page: Page, fileName: string, answer: string): Promise<void> {
  const history = page.getByRole('table', { name: 'Import history' });
  await history.getByRole('button', { name: `Undo import of ${fileName}` }).click();
  await page.getByRole('alertdialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: answer }).waitFor({ state: 'visible' });
  await history.getByText('Undone', { exact: true }).waitFor({ state: 'visible' });
}
