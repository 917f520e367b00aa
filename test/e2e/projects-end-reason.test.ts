import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibleDescription, goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

async function editProject(page: Page, name: string): Promise<void> {
  await goToArea(page, 'projects');
  await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Edit project', exact: true }).click();
  await page.getByRole('form', { name: 'Edit project', exact: true }).waitFor({ state: 'visible' });
}

describe('why a project ended', () => {
  const session = useBrowserSession();

  it('is asked once work is finished, with the job-success promise beside it, and shown on the project’s page', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await editProject(page, 'Dispatch dashboard');
    const form = page.getByRole('form', { name: 'Edit project', exact: true });
    const reason = form.getByRole('combobox', { name: 'Why it ended', exact: true });
    expect(await reason.count()).toBe(0);

    await form.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Cancelled' });
    expect(await accessibleDescription(reason)).toBe('What a client did never counts against you in job success.');
    await reason.selectOption({ label: 'Cancelled by the client before any work' });
    await form.getByRole('button', { name: 'Save project', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Dispatch dashboard' }).waitFor({ state: 'visible' });
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await details.getByText('Cancelled by the client before any work', { exact: true }).waitFor({ state: 'visible' });
    expect(await details.getByRole('term').allInnerTexts()).toContain('Why it ended');
  });
});
