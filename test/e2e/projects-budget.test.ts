import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

async function openProject(page: Page, name: string): Promise<void> {
  await goToArea(page, 'projects');
  await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

describe('projects', () => {
  const session = useBrowserSession();

  it('starts from the client’s rate, suggests skills already used, and shows the budget burn as a meter', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await page.getByRole('link', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor({ state: 'visible' });

    expect(await page.getByRole('combobox', { name: 'Client' }).inputValue()).not.toBe('');
    const rate = page.getByRole('textbox', { name: 'Hourly rate' });
    expect(await rate.inputValue()).toBe('95.00');
    await rate.fill('120');

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Churn forecast');
    await page.getByRole('textbox', { name: 'Budget (hours)' }).fill('30');
    const skills = page.getByRole('combobox', { name: 'Skills' });
    await skills.fill('typ');
    await page.getByRole('listbox', { name: 'Suggested skills' }).getByRole('option', { name: 'TypeScript' }).click();
    await skills.fill('Forecasting');
    await skills.press('Enter');
    expect(await page.getByRole('list', { name: 'Chosen skills' }).innerText()).toMatch(/TypeScript[\s\S]*Forecasting/);

    await page.getByRole('button', { name: 'Save project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Churn forecast' }).waitFor({ state: 'visible' });
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.innerText()).toContain('€120.00');
    expect(await details.innerText()).toContain('Forecasting');
    const meter = page.getByRole('meter', { name: 'Hours budget' });
    expect(await meter.getAttribute('aria-valuetext')).toBe('0 % used, 0h 00m of 30h 00m. Within budget.');
  });

  it('raises an alert once a project’s tracked time passes its budget', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openProject(page, 'Analytics dashboard retainer');

    const meter = page.getByRole('meter', { name: 'Hours budget' });
    const valueText = (await meter.getAttribute('aria-valuetext')) ?? '';
    const percent = Number(/^(\d+) % used/.exec(valueText)?.[1]);
    expect(percent).toBeGreaterThanOrEqual(100);
    expect(valueText).toContain('Alert: 100 % or more used');
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBe(Number(await meter.getAttribute('aria-valuemax')));
    expect(await page.getByRole('region', { name: 'Budget' }).innerText()).toContain('over budget');
  });

  it('refuses a negative budget under its field and keeps the project as it was', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openProject(page, 'Store locator');
    await page.getByRole('button', { name: 'Edit project' }).click();
    const budget = page.getByRole('textbox', { name: 'Budget (amount)' });
    await budget.fill('-100');
    await page.getByRole('button', { name: 'Save project' }).click();
    await expect.poll(() => budget.getAttribute('aria-invalid')).toBe('true');
    expect(await budget.evaluate((element) => element.closest('.field')?.querySelector('.field-error')?.textContent)).toBe('Must not be negative');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Store locator' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('meter').count()).toBe(0);
  });
});
