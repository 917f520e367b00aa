import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaHeading, loadDemoDataFromClients, openApp, storedRecords, useBrowserSession } from './browser';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const badgeFixture = (name: string) => path.resolve(projectRoot, 'test/fixtures/credentials', name);

function credentialsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Credentials', exact: true });
}

function credentialRows(page: Page): Locator {
  return credentialsTable(page).getByRole('row').filter({ has: page.getByRole('cell') });
}

function credentialRow(page: Page, name: string): Locator {
  return credentialRows(page).filter({ has: page.getByRole('cell', { name, exact: true }) });
}

function status(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

async function openCredentials(page: Page, withDemoData = false): Promise<void> {
  await page.clock.install({ time: MONDAY_TEN_BERLIN });
  if (withDemoData) {
    await openApp(page);
    await loadDemoDataFromClients(page);
  }
  await openApp(page, '#/reputation/credentials');
  await areaHeading(page, 'reputation').waitFor({ state: 'visible' });
}

async function chooseBadgeFile(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Import Open Badge', exact: true }).first().click();
  await page.getByLabel('Choose an Open Badge file').setInputFiles(badgeFixture(name));
}

async function storedCount(page: Page, store: string): Promise<number> {
  const records = await storedRecords(page, store);
  return Array.isArray(records) ? records.length : -1;
}

describe('credentials in the Reputation area', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('adds a credential through the form, refusing an empty form and an expiry before the issue date, and lists it as expired; edited without an expiry, it never expires', async () => {
    const page = session.page();
    await openCredentials(page);
    await page.getByRole('region', { name: 'No credentials yet', exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: 'Add credential', exact: true }).click();

    const form = page.getByRole('form', { name: 'New credential', exact: true });
    // Saved empty, the form names every field it needs at once, not one per try.
    await form.getByRole('button', { name: 'Save credential', exact: true }).click();
    for (const message of ['Name is required', 'Issuer is required', 'Choose the day it was issued']) {
      await form.getByText(message, { exact: true }).waitFor({ state: 'visible' });
    }

    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Professional Scrum Master I');
    await form.getByRole('textbox', { name: 'Issuer', exact: true }).fill('Scrum.org');
    await form.getByLabel('Issued', { exact: true }).fill('2021-05-02');
    await form.getByLabel('Expires', { exact: true }).fill('2020-05-02');
    await form.getByRole('textbox', { name: 'Link', exact: true }).fill('https://www.scrum.org/certificates/12345');
    const skills = form.getByRole('combobox', { name: 'Skills', exact: true });
    await skills.fill('Scrum');
    await skills.press('Enter');
    await form.getByRole('textbox', { name: 'Description', exact: true }).fill('Facilitation and the Scrum framework, assessed online.');
    await form.getByRole('button', { name: 'Save credential', exact: true }).click();

    await status(page, 'Credential not saved').waitFor({ state: 'visible' });
    await form.getByText('Expires before it was issued', { exact: true }).waitFor({ state: 'visible' });
    expect(await storedCount(page, 'credentials')).toBe(0);
    expect(await form.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Professional Scrum Master I');

    await form.getByLabel('Expires', { exact: true }).fill('2023-05-02');
    await form.getByRole('button', { name: 'Save credential', exact: true }).click();
    await status(page, 'Professional Scrum Master I added').waitFor({ state: 'visible' });

    const row = credentialRow(page, 'Professional Scrum Master I');
    await row.waitFor({ state: 'visible' });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining(['Scrum.org', '2 May 2021', 'Scrum']));
    // Expired on 2 May 2023; the clock says November 2026.
    expect(cells.some((cell) => cell.includes('2 May 2023') && cell.includes('Expired'))).toBe(true);
    await row.getByRole('link', { name: /^scrum\.org/ }).waitFor({ state: 'visible' });

    // Edited, with the expiry cleared, it no longer expires.
    await row.getByRole('link', { name: 'Edit Professional Scrum Master I', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Edit credential', exact: true });
    expect(await edit.getByLabel('Expires', { exact: true }).inputValue()).toBe('2023-05-02');
    await edit.getByLabel('Expires', { exact: true }).fill('');
    await edit.getByRole('button', { name: 'Save credential', exact: true }).click();
    await status(page, 'Professional Scrum Master I saved').waitFor({ state: 'visible' });
    await credentialRow(page, 'Professional Scrum Master I').getByRole('cell', { name: 'Never', exact: true }).waitFor({ state: 'visible' });
  });

  it('imports an Open Badges JSON file: previews what will be added, then lists it with its issuer and dates and keeps the file', async () => {
    const page = session.page();
    await openCredentials(page);
    await chooseBadgeFile(page, 'accessible-interfaces.json');

    const preview = page.getByRole('region', { name: 'Import preview', exact: true });
    await preview.waitFor({ state: 'visible' });
    await preview.getByText('Harbourline Academy', { exact: true }).waitFor({ state: 'visible' });
    await preview.getByText('14 Mar 2025', { exact: true }).waitFor({ state: 'visible' });
    await preview.getByText('14 Mar 2028', { exact: true }).waitFor({ state: 'visible' });
    await preview.getByText('Imported as given; the signature is not checked.', { exact: false }).waitFor({ state: 'visible' });
    expect(await storedCount(page, 'credentials')).toBe(0);

    await preview.getByRole('button', { name: 'Add this credential', exact: true }).click();
    await status(page, 'Accessible Web Interfaces added').waitFor({ state: 'visible' });
    const row = credentialRow(page, 'Accessible Web Interfaces');
    await row.waitFor({ state: 'visible' });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['Harbourline Academy', '14 Mar 2025', '14 Mar 2028']));

    const [credential] = (await storedRecords(page, 'credentials')) as { id: string; attachmentId?: string }[];
    const attachments = (await storedRecords(page, 'attachments')) as { id: string; ownerId: string; name: string; mime: string }[];
    expect(attachments).toEqual([expect.objectContaining({ ownerId: credential?.id, name: 'accessible-interfaces.json', mime: 'application/json' })]);
    expect(credential?.attachmentId).toBe(attachments[0]?.id);
  });

  it('keeps the preview and says nothing was added when the write fails, and adds the badge on the next try', async () => {
    const page = session.page();
    await openCredentials(page);
    await chooseBadgeFile(page, 'accessible-interfaces.json');
    const preview = page.getByRole('region', { name: 'Import preview', exact: true });
    await preview.waitFor({ state: 'visible' });

    // The disk is full: every add to the database fails, as IndexedDB reports a quota error.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.add;
      Object.assign(window, { restoreAdd: () => void (IDBObjectStore.prototype.add = original) });
      IDBObjectStore.prototype.add = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
    });
    await preview.getByRole('button', { name: 'Add this credential', exact: true }).click();
    await preview.getByRole('alert').getByText(/^Nothing was added: [\s\S]+ The file is still here; try again\.$/).waitFor({ state: 'visible' });
    await status(page, 'Accessible Web Interfaces not added').waitFor({ state: 'visible' });
    expect(await storedCount(page, 'credentials')).toBe(0);
    expect(await storedCount(page, 'attachments')).toBe(0);

    await page.evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());
    await preview.getByRole('button', { name: 'Add this credential', exact: true }).click();
    await status(page, 'Accessible Web Interfaces added').waitFor({ state: 'visible' });
    await credentialRow(page, 'Accessible Web Interfaces').waitFor({ state: 'visible' });
    expect(await storedCount(page, 'attachments')).toBe(1);
  });

  it('refuses a file that is not an Open Badge with a message saying why, and adds nothing', async () => {
    const page = session.page();
    await openCredentials(page);
    await chooseBadgeFile(page, 'not-a-badge.json');
    const alert = page.getByRole('alert');
    await alert.getByText('This file is not an Open Badge: it has no @context', { exact: false }).waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain('no credentialSubject.achievement');
    expect(await page.getByRole('region', { name: 'Import preview', exact: true }).count()).toBe(0);

    await page.getByLabel('Choose an Open Badge file').setInputFiles(badgeFixture('meeting-notes.txt'));
    await alert.getByText('This file is not an Open Badge: it is not JSON and not a JWT.', { exact: true }).waitFor({ state: 'visible' });
    expect(await storedCount(page, 'credentials')).toBe(0);
    expect(await storedCount(page, 'attachments')).toBe(0);
  });

  it('deletes a credential, and Undo brings it back', async () => {
    const page = session.page();
    await openCredentials(page, true);
    await credentialsTable(page).waitFor({ state: 'visible' });
    const before = await credentialRows(page).count();
    expect(before).toBeGreaterThan(0);
    const firstRow = credentialRows(page).first();
    const rowText = await firstRow.innerText();
    const name = (await firstRow.getByRole('cell').first().innerText()).trim();

    await firstRow.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await status(page, `${name} deleted`).waitFor({ state: 'visible' });
    await expect.poll(() => credentialRows(page).count()).toBe(before - 1);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await status(page, `${name} restored`).waitFor({ state: 'visible' });
    await expect.poll(() => credentialRows(page).count()).toBe(before);
    expect(await credentialRows(page).first().innerText()).toBe(rowText);
  });
});
