import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accessibleDescription, goToArea, loadDemoDataFromClients, openApp, storedRecords, useBrowserSession } from './browser';

/** A demo project that is still running, so it has no feedback yet. */
const PROJECT = 'Dispatch dashboard';
const RANGE_MESSAGE = 'Overall rating must be between 1.0 and 5.0 stars';

const storedFeedbackSchema = z.array(z.object({ comment: z.string(), ratingTenths: z.number(), privateNote: z.string().optional(), deletedAt: z.number().optional() }));

/** The feedback as IndexedDB holds it, deleted records too. */
async function storedFeedback(page: Page): Promise<z.infer<typeof storedFeedbackSchema>> {
  return storedFeedbackSchema.parse(await storedRecords(page, 'feedback'));
}

function feedbackTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Feedback', exact: true });
}

function feedbackRows(page: Page): Locator {
  return feedbackTable(page).getByRole('row').filter({ has: page.getByRole('cell') });
}

/** Loads the demo data and opens the Feedback section of the Reputation page. */
async function openFeedbackWithDemoData(page: Page): Promise<void> {
  await openApp(page, '#/clients');
  await loadDemoDataFromClients(page);
  await goToArea(page, 'reputation');
  await page.getByRole('navigation', { name: 'Reputation sections', exact: true }).getByRole('link', { name: 'Feedback', exact: true }).click();
  await feedbackTable(page).waitFor({ state: 'visible' });
}

function feedbackForm(page: Page, name: 'New feedback' | 'Edit feedback'): Locator {
  return page.getByRole('form', { name, exact: true });
}

/** Saves the form with this overall rating and checks it was refused under the field, with nothing stored. */
async function expectRatingRefused(page: Page, rating: string, storedBefore: number): Promise<void> {
  const form = feedbackForm(page, 'New feedback');
  const field = form.getByRole('textbox', { name: 'Overall rating', exact: true });
  await field.fill(rating);
  await form.getByRole('button', { name: 'Save feedback', exact: true }).click();
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  expect(await accessibleDescription(field)).toContain(RANGE_MESSAGE);
  await page.getByRole('status').filter({ hasText: 'Feedback not saved: correct the marked fields' }).waitFor({ state: 'visible' });
  expect(await storedFeedback(page)).toHaveLength(storedBefore);
  expect(await field.inputValue()).toBe(rating);
}

describe('feedback in the Reputation area', () => {
  const session = useBrowserSession();

  it('refuses an overall rating of 0 and of 6 under the field, storing nothing, then adds valid feedback to the table', async () => {
    const page = session.page();
    await openFeedbackWithDemoData(page);
    const rowsBefore = await feedbackRows(page).count();
    const storedBefore = (await storedFeedback(page)).length;

    await page.getByRole('button', { name: 'New feedback', exact: true }).click();
    const form = feedbackForm(page, 'New feedback');
    await form.waitFor({ state: 'visible' });
    await form.getByRole('combobox', { name: 'Project', exact: true }).selectOption({ label: PROJECT });
    expect(await accessibleDescription(form.getByRole('combobox', { name: 'Project', exact: true }))).toContain('From Tidewater Freight Systems');
    await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('Dispatchers stopped keeping their own spreadsheets.');
    await form.getByRole('textbox', { name: 'Communication', exact: true }).fill('4.5');
    await form.getByRole('textbox', { name: 'Private note', exact: true }).fill('Asked twice for the invoice address.');

    await expectRatingRefused(page, '0', storedBefore);
    await expectRatingRefused(page, '6', storedBefore);

    await form.getByRole('textbox', { name: 'Overall rating', exact: true }).fill('4.7');
    await form.getByRole('checkbox', { name: 'Client allowed quoting', exact: true }).check();
    await form.getByRole('button', { name: 'Save feedback', exact: true }).click();

    await page.getByRole('status').filter({ hasText: new RegExp(`^Feedback of .+ on ${PROJECT} added$`) }).waitFor({ state: 'visible' });
    await expect.poll(() => feedbackRows(page).count()).toBe(rowsBefore + 1);
    const row = feedbackRows(page).filter({ hasText: PROJECT });
    expect(await row.innerText()).toContain('Dispatchers stopped keeping their own spreadsheets.');
    expect(await row.getByRole('img', { name: '4.7 out of 5', exact: true }).count()).toBe(1);
    expect(await row.innerText()).toContain('Can quote');
    expect(await row.innerText()).not.toContain('invoice address');
    expect((await storedFeedback(page)).filter((item) => item.privateNote === 'Asked twice for the invoice address.')).toHaveLength(1);
  });

  it('edits a review from the table, then deletes it, and Undo brings it back', async () => {
    const page = session.page();
    await openFeedbackWithDemoData(page);
    const rowsBefore = await feedbackRows(page).count();

    const edit = feedbackRows(page).first().getByRole('link', { name: /^Edit feedback of .+ on / });
    const label = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit f/, 'F');
    await edit.click();
    const form = feedbackForm(page, 'Edit feedback');
    await form.waitFor({ state: 'visible' });
    expect(await form.getByRole('textbox', { name: 'Overall rating', exact: true }).inputValue()).toMatch(/^\d\.\d$/);
    await form.getByRole('textbox', { name: 'Overall rating', exact: true }).fill('4.2');
    await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('Solid work, a week late.');
    await form.getByRole('button', { name: 'Save feedback', exact: true }).click();

    await page.getByRole('status').filter({ hasText: `${label} saved` }).waitFor({ state: 'visible' });
    const edited = feedbackRows(page).filter({ hasText: 'Solid work, a week late.' });
    await edited.waitFor({ state: 'visible' });
    expect(await edited.getByRole('img', { name: '4.2 out of 5', exact: true }).count()).toBe(1);
    expect(await feedbackRows(page).count()).toBe(rowsBefore);

    await edited.getByRole('button', { name: `Delete ${label.replace(/^F/, 'f')}`, exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${label} deleted` }).waitFor({ state: 'visible' });
    await expect.poll(() => feedbackRows(page).count()).toBe(rowsBefore - 1);
    expect(await feedbackRows(page).filter({ hasText: 'Solid work, a week late.' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${label} restored` }).waitFor({ state: 'visible' });
    await expect.poll(() => feedbackRows(page).count()).toBe(rowsBefore);
    await feedbackRows(page).filter({ hasText: 'Solid work, a week late.' }).waitFor({ state: 'visible' });
  });

  it('adds feedback from a project’s page with that project chosen, and edits it from there', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await goToArea(page, 'projects');
    await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name: PROJECT, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor({ state: 'visible' });
    const card = page.getByRole('region', { name: 'Feedback', exact: true });
    expect(await card.innerText()).toContain('No ratings or comments yet.');

    await card.getByRole('link', { name: 'Add feedback', exact: true }).click();
    const form = feedbackForm(page, 'New feedback');
    await form.waitFor({ state: 'visible' });
    const project = form.getByRole('combobox', { name: 'Project', exact: true });
    expect(await project.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(PROJECT);
    await form.getByRole('textbox', { name: 'Overall rating', exact: true }).fill('5');
    await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('Exactly what our dispatchers needed.');
    await form.getByRole('button', { name: 'Save feedback', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor({ state: 'visible' });
    await card.getByText('Exactly what our dispatchers needed.').waitFor({ state: 'visible' });
    expect(await card.getByRole('img', { name: '5.0 out of 5', exact: true }).count()).toBeGreaterThan(0);

    await card.getByRole('link', { name: new RegExp(`^Edit feedback of .+ on ${PROJECT}$`) }).click();
    const editForm = feedbackForm(page, 'Edit feedback');
    await editForm.waitFor({ state: 'visible' });
    await editForm.getByRole('textbox', { name: 'Overall rating', exact: true }).fill('4.5');
    await editForm.getByRole('button', { name: 'Save feedback', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor({ state: 'visible' });
    await card.getByRole('img', { name: '4.5 out of 5', exact: true }).first().waitFor({ state: 'visible' });
  });
});
