import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

const JOB_POST =
  'Our lab needs a web app to track reagents and freezer inventory with barcode scanning. React front end, Node.js and PostgreSQL behind it. ' +
  'Accessible dashboards for the lab team are a plus.';

async function openNewProposalWithDemo(page: Page): Promise<void> {
  await openApp(page, '#/clients');
  await loadDemoDataFromClients(page);
  await goToArea(page, 'proposals');
  await page.getByRole('link', { name: 'New proposal' }).click();
  await page.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();
}

describe('evidence helper', () => {
  const session = useBrowserSession();

  it('ranks matching work with hours, rating and dates, and inserts a confidential client only by its alias', async () => {
    const page = session.page();
    await openNewProposalWithDemo(page);
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByText('Paste the job post').waitFor();

    await page.getByRole('textbox', { name: 'Job post' }).fill(JOB_POST);
    const labApp = evidence.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lab inventory web app' }) });
    await labApp.waitFor();
    // The best match comes first, with its facts; the client is shown by alias even to the owner here.
    expect(await evidence.getByRole('heading', { level: 4 }).first().innerText()).toBe('Lab inventory web app');
    const labText = await labApp.innerText();
    expect(labText).toContain('A European biotech company');
    expect(labText).toMatch(/\d+ hours/);
    expect(labText).toMatch(/[1-5]\.\d\/5/);
    expect(labText).toMatch(/[A-Z][a-z]{2,3} \d{4}/);
    expect(await evidence.innerText()).not.toContain('Helix');

    const coverLetter = page.getByRole('textbox', { name: 'Cover letter' });
    await coverLetter.fill('Hello,\nI have built exactly this before.');
    await evidence.getByRole('button', { name: 'Insert Lab inventory web app' }).click();
    const afterOne = await coverLetter.inputValue();
    expect(afterOne).toContain('Lab inventory web app for A European biotech company');
    expect(afterOne.startsWith('Hello,\nI have built exactly this before.\n\n')).toBe(true);

    // Every other piece of evidence on offer, too: none of it names the confidential client.
    const insertButtons = evidence.getByRole('button', { name: /^Insert / });
    for (let index = 0; index < (await insertButtons.count()); index += 1) await insertButtons.nth(index).click();
    const everything = await coverLetter.inputValue();
    expect(everything.length).toBeGreaterThan(afterOne.length);
    expect(everything).not.toMatch(/helix/i);

    await page.getByRole('textbox', { name: 'Title' }).fill('Lab inventory tracker');
    expect(await page.getByRole('checkbox', { name: 'New prospect', exact: true }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Prospect name' }).fill('Kestrel Labs');
    await page.getByRole('textbox', { name: 'Hourly rate' }).fill('110');
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lab inventory tracker' }).waitFor();
    const saved = await page.getByRole('main').innerText();
    expect(saved).toContain('A European biotech company');
    expect(saved).not.toMatch(/helix/i);
  });

  it('inserts at the cursor, and Undo takes the insertion back', async () => {
    const page = session.page();
    await openNewProposalWithDemo(page);
    await page.getByRole('textbox', { name: 'Job post' }).fill(JOB_POST);
    const evidence = page.getByRole('region', { name: 'Evidence' });
    const coverLetter = page.getByRole('textbox', { name: 'Cover letter' });
    await coverLetter.fill('Closing line.');
    await coverLetter.focus();
    await coverLetter.evaluate((element) => {
      if (element instanceof HTMLTextAreaElement) element.setSelectionRange(0, 0);
    });
    await evidence.getByRole('button', { name: /^Insert / }).first().click();
    const inserted = await coverLetter.inputValue();
    expect(inserted.endsWith(' Closing line.')).toBe(true);
    expect(inserted.length).toBeGreaterThan('Closing line.'.length + 20);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => coverLetter.inputValue()).toBe('Closing line.');
  });
});
