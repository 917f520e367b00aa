import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { areaHeading, openApp, useBrowserSession } from './browser';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const TOGGL = path.resolve(projectRoot, 'test/fixtures/import/toggl_detailed.csv');

describe('backups on the Data screen', () => {
  const session = useBrowserSession({ acceptDownloads: true, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  let folder = '';

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'repute-backup-e2e-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('downloads a backup and restores it after showing what it holds and asking first', async () => {
    const page = session.page();
    await openApp(page, '#/data');
    await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Demo data loaded' }).waitFor({ state: 'visible' });
    await page.getByRole('navigation', { name: 'Data sections' }).getByRole('link', { name: 'Backups' }).click();
    await areaHeading(page, 'data').waitFor({ state: 'visible' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Repute backup \d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = path.join(folder, download.suggestedFilename());
    await download.saveAs(backupPath);

    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    const contents = page.getByRole('table', { name: 'Records in the backup' });
    await contents.waitFor({ state: 'visible' });
    expect(await contents.getByRole('row', { name: /^Clients/ }).textContent()).toMatch(/Clients\d+/);

    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Replace all data?' });
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.textContent()).toContain('A safety backup of the current data is saved first');

    const [safety] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Replace all data' }).click()]);
    expect(safety.suggestedFilename()).toMatch(/^Repute safety backup \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.json$/);
    await page.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor({ state: 'visible' });
    expect(await confirm.isVisible()).toBe(false);
  });

  it('refuses a file that is not a backup, with the reason, and changes nothing', async () => {
    const page = session.page();
    await openApp(page, '#/data/backups');
    await page.getByLabel('Choose a backup file').setInputFiles(TOGGL);
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain('not a Repute backup');
    expect(await page.getByRole('button', { name: 'Restore this backup…' }).count()).toBe(0);
  });

  it('says in the browser that automatic backups run in the desktop app', async () => {
    const page = session.page();
    await openApp(page, '#/data/backups');
    await page.getByText('Automatic backups run in the desktop app', { exact: false }).waitFor({ state: 'visible' });
  });
});
