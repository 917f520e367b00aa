import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser';
import { openFirstPaidInvoice, openInvoicesWithDemoData } from './invoices-helpers';
import { MONDAY_TEN_BERLIN, TIME_TEST_CONTEXT } from './time-helpers';

/**
 * Counts the print dialogs the page opens instead of opening them: the app prints from a frame of its own, so the
 * frame's window gets the counting print as the app reaches for it.
 */
const COUNT_PRINTS = `
  window.__printsShown = 0;
  const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const frameWindow = contentWindow.get.call(this);
      if (frameWindow !== null) frameWindow.print = () => { window.__printsShown += 1; };
      return frameWindow;
    },
  });
`;

describe('Save PDF in the browser', () => {
  const session = useBrowserSession(TIME_TEST_CONTEXT);

  it('opens the print dialog and says so, without claiming a file was saved', async () => {
    const page = session.page();
    await page.addInitScript(COUNT_PRINTS);
    await page.clock.install({ time: MONDAY_TEN_BERLIN });
    await openInvoicesWithDemoData(page);
    await openFirstPaidInvoice(page);
    const title = await page.getByRole('heading', { level: 1, name: /^Invoice \d{4}-\d{4}$/ }).innerText();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));

    await page.getByRole('button', { name: 'Save PDF' }).click();

    const status = page.getByRole('status');
    await status.filter({ hasText: `Opened the print dialog for ${title}: choose “Save as PDF” there to keep a file` }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => Reflect.get(window, '__printsShown'))).toBe(1);
    expect(await status.innerText()).not.toMatch(/saved/i);
    expect(downloads).toEqual([]);
  });
});
