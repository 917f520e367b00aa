import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibleDescription, areaHeading, mainNavigation, openApp, useBrowserSession } from './browser';

const INVALID_EMAIL_MESSAGE = 'Enter a valid email address, like name@example.com';

function emailField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Email', exact: true });
}

async function saveSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save settings' }).click();
}

describe('settings validation', () => {
  const session = useBrowserSession();

  it('saves a valid email, refuses an invalid one with a message at the field, and keeps the saved one', async () => {
    const page = session.page();
    await openApp(page, '#/settings');
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });

    await emailField(page).fill('hello@studio.example');
    await saveSettings(page);
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor({ state: 'visible' });
    expect(await emailField(page).getAttribute('aria-invalid')).not.toBe('true');

    await emailField(page).fill('not an email');
    await saveSettings(page);
    await expect.poll(() => emailField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(emailField(page))).toContain(INVALID_EMAIL_MESSAGE);
    await page.getByText(INVALID_EMAIL_MESSAGE, { exact: true }).waitFor({ state: 'visible' });

    // The refused value is kept as a draft through a reload; discarding it brings back the saved one.
    await page.reload();
    await mainNavigation(page).waitFor({ state: 'visible' });
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });
    expect(await emailField(page).inputValue()).toBe('not an email');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => emailField(page).inputValue()).toBe('hello@studio.example');
    expect(await emailField(page).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('shows every field error at once: an invalid email together with an unreadable idle threshold', async () => {
    const page = session.page();
    await openApp(page, '#/settings');
    await areaHeading(page, 'settings').waitFor({ state: 'visible' });
    const idleField = page.getByRole('textbox', { name: 'Idle after (minutes)' });

    await emailField(page).fill('not an email');
    await idleField.fill('0');
    await saveSettings(page);

    await expect.poll(() => idleField.getAttribute('aria-invalid')).toBe('true');
    expect(await emailField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(emailField(page))).toContain(INVALID_EMAIL_MESSAGE);
  });
});
