import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApp, storedRecords, useBrowserSession } from './browser';

const storedClientsSchema = z.array(z.object({ name: z.string(), country: z.string().optional() }));

/** The clients as IndexedDB holds them, so the test sees the stored code and not its display. */
async function storedClients(page: Page): Promise<z.infer<typeof storedClientsSchema>> {
  return storedClientsSchema.parse(await storedRecords(page, 'clients'));
}

async function newClientNamed(page: Page, name: string): Promise<void> {
  await openApp(page, '#/clients/new');
  await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor({ state: 'visible' });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
}

describe('client country', () => {
  const session = useBrowserSession({ locale: 'en-GB' });

  it('is chosen by name from a list the typing filters, shown by name, and stored as its ISO code', async () => {
    const page = session.page();
    await newClientNamed(page, 'Hanse Logistik');

    const country = page.getByRole('combobox', { name: 'Country', exact: true });
    await country.fill('Ge');
    const list = page.getByRole('listbox', { name: 'Countries' });
    await list.getByRole('option', { name: 'Georgia', exact: true }).waitFor({ state: 'visible' });
    await country.pressSequentially('rm');
    expect(await list.getByRole('option', { name: 'Georgia', exact: true }).count()).toBe(0);
    await list.getByRole('option', { name: 'Germany', exact: true }).click();
    expect(await country.inputValue()).toBe('Germany');
    expect(await country.getAttribute('aria-expanded')).toBe('false');

    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanse Logistik' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('region', { name: 'Details' }).innerText()).toContain('Germany');
    expect((await storedClients(page)).find((client) => client.name === 'Hanse Logistik')?.country).toBe('DE');

    await page.getByRole('button', { name: 'Edit client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Hanse Logistik' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('combobox', { name: 'Country', exact: true }).inputValue()).toBe('Germany');
  });

  it('chooses with the keyboard, and refuses a bare code with a message under the field, storing nothing', async () => {
    const page = session.page();
    await newClientNamed(page, 'Tbilisi Print');

    const country = page.getByRole('combobox', { name: 'Country', exact: true });
    await country.fill('GE');
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('“GE” is the code of Georgia: choose the country by its name from the list').isVisible()).toBe(true);
    expect(await storedClients(page)).toEqual([]);

    await country.fill('georg');
    await country.press('ArrowDown');
    expect(await page.getByRole('option', { name: 'Georgia', exact: true }).getAttribute('aria-selected')).toBe('true');
    await country.press('Enter');
    expect(await country.inputValue()).toBe('Georgia');
    await page.getByRole('button', { name: 'Save client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tbilisi Print' }).waitFor({ state: 'visible' });
    expect((await storedClients(page))[0]?.country).toBe('GE');
  });
});
