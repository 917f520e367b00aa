import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { WEB_SHORTCUT_MESSAGE, type SystemActivityEvent } from '../../../src/platform/contract';
import { createWebHost, type WebHostEnvironment } from '../../../src/platform/web';
import { fakePage } from './fake-page';

function fakeBrowser() {
  const opened: string[] = [];
  const downloads: Array<{ name: string; content: string; mimeType: string }> = [];
  const printed: Array<{ html: string; title: string }> = [];
  const page = fakePage(1_000_000);
  const environment: WebHostEnvironment = {
    origin: () => 'http://127.0.0.1:5173',
    platform: () => 'Linux x86_64',
    openInNewTab: (url) => {
      opened.push(url);
    },
    activityPage: () => page.page,
    downloadFile: (name, content, mimeType) => {
      downloads.push({ name, content, mimeType });
    },
    printDocument: (html, title) => {
      printed.push({ html, title });
      return Promise.resolve();
    },
  };
  return { ...environment, opened, downloads, printed, page };
}

describe('createWebHost', () => {
  it('describes itself as the web app storing in IndexedDB for its origin', async () => {
    await expect(createWebHost(fakeBrowser()).getAppInfo()).resolves.toEqual({
      name: 'Repute',
      version: packageJson.version,
      platform: 'Linux x86_64',
      host: 'web',
      dataLocation: "This browser's storage (IndexedDB) for http://127.0.0.1:5173",
    });
  });

  it.each(['https://example.com/portfolio', 'http://example.org/', 'mailto:client@example.com'])(
    'opens %s in a new tab',
    async (url) => {
      const browser = fakeBrowser();
      await expect(createWebHost(browser).openExternal(url)).resolves.toBe(true);
      expect(browser.opened).toEqual([url]);
    },
  );

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'https://a:b@example.com/', 'nonsense'])(
    'refuses %s without opening anything',
    async (url) => {
      const browser = fakeBrowser();
      await expect(createWebHost(browser).openExternal(url)).resolves.toBe(false);
      expect(browser.opened).toEqual([]);
    },
  );

  it('accepts a theme source and returns an unsubscribe for navigation', async () => {
    const host = createWebHost(fakeBrowser());
    await expect(host.setThemeSource('dark')).resolves.toBeUndefined();
    const unsubscribe = host.onNavigate(() => {
      throw new Error('a browser has no native menu to navigate from');
    });
    expect(typeof unsubscribe).toBe('function');
    expect(unsubscribe()).toBeUndefined();
  });

  it('watches idle time through input in the page', () => {
    const browser = fakeBrowser();
    const events: SystemActivityEvent[] = [];
    const stop = createWebHost(browser).watchSystemActivity(1, (event) => events.push(event));
    browser.page.advance(60_000);
    expect(events).toEqual([{ kind: 'idle', since: 1_000_000 }]);
    stop();
  });

  it('has no tray, timer commands, global shortcut or notifications, and says so', async () => {
    const host = createWebHost(fakeBrowser());
    await expect(host.setTrayState({ running: null, recentProjects: [] })).resolves.toBeUndefined();
    const unsubscribe = host.onTimerCommand(() => {
      throw new Error('a browser has no tray to send commands from');
    });
    expect(unsubscribe()).toBeUndefined();
    await expect(host.setTimerShortcut('CommandOrControl+Shift+T')).resolves.toEqual({ ok: false, error: WEB_SHORTCUT_MESSAGE });
    await expect(host.notify({ title: 'Time to track', body: 'No timer is running.' })).resolves.toBe(false);
  });

  it('saves a text file through a download', async () => {
    const browser = fakeBrowser();
    await expect(createWebHost(browser).saveTextFile({ suggestedName: 'time-2026-03.csv', content: '\uFEFFDate', mimeType: 'text/csv' })).resolves.toEqual({
      saved: true,
    });
    expect(browser.downloads).toEqual([{ name: 'time-2026-03.csv', content: '\uFEFFDate', mimeType: 'text/csv' }]);
  });

  it.each(['../secrets.csv', 'exports/time.csv', '', 'C:time.csv'])('refuses to download a file named %j', async (suggestedName) => {
    const browser = fakeBrowser();
    await expect(createWebHost(browser).saveTextFile({ suggestedName, content: 'x', mimeType: 'text/csv' })).rejects.toThrow(/could not save/);
    expect(browser.downloads).toEqual([]);
  });
});

describe('saving an invoice PDF in the browser', () => {
  const invoicePdf = { html: '<!doctype html><title>x</title><p>Invoice 2026-0007</p>', fileName: 'Invoice 2026-0007 Northwind.pdf' };

  it('opens the print dialog on the document, titled as the file, and does not claim a file was saved', async () => {
    const browser = fakeBrowser();
    await expect(createWebHost(browser).saveInvoicePdf(invoicePdf)).resolves.toEqual({ saved: false, printDialogShown: true });
    expect(browser.printed).toEqual([{ html: invoicePdf.html, title: 'Invoice 2026-0007 Northwind' }]);
  });

  it('says nothing was shown when the print dialog could not be opened', async () => {
    const browser = fakeBrowser();
    const host = createWebHost({ ...browser, printDocument: () => Promise.reject(new Error('Repute could not prepare the document for printing')) });
    await expect(host.saveInvoicePdf(invoicePdf)).rejects.toThrow('could not prepare the document');
  });
});
