import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { AREA_LABELS } from '../../src/platform/contract';
import type { AreaId } from '../../src/platform/contract';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Long enough for a cold IndexedDB open on a slow CI machine, short enough that a missing element fails quickly. */
const ACTION_TIMEOUT_MS = 15_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

/** The origin serving the built app, e.g. http://127.0.0.1:41234 */
export function appOrigin(): string {
  return inject('appOrigin');
}

/** The app's address, optionally at an area route such as `#/clients`. */
export function appUrl(hash = ''): string {
  return `${appOrigin()}/${hash}`;
}

export interface BrowserSession {
  readonly browser: () => Browser;
  /** A fresh context per test, so every test starts with empty IndexedDB and localStorage. */
  readonly context: () => BrowserContext;
  readonly page: () => Page;
  /** Another isolated context in the same browser, closed with the test; for checks that need different options. */
  readonly newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/** Registers the hooks for one browser per test file and a fresh context and page per test. */
export function useBrowserSession(contextOptions: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const extraContexts: BrowserContext[] = [];

  const newContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
    const created = await required(browser, 'browser').newContext({ ...contextOptions, ...options });
    created.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return created;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  beforeEach(async () => {
    context = await newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await Promise.all(extraContexts.splice(0).map((extra) => extra.close()));
    await context?.close();
    context = undefined;
    page = undefined;
  });

  return {
    browser: () => required(browser, 'browser'),
    context: () => required(context, 'browser context'),
    page: () => required(page, 'page'),
    newContext: async (options) => {
      const created = await newContext(options);
      extraContexts.push(created);
      return created;
    },
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}: use it inside a test, after useBrowserSession() has run its hooks.`);
  return value;
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

export function areaLink(page: Page, area: AreaId): Locator {
  return mainNavigation(page).getByRole('link', { name: AREA_LABELS[area], exact: true });
}

export function areaHeading(page: Page, area: AreaId): Locator {
  return page.getByRole('heading', { level: 1, name: AREA_LABELS[area], exact: true });
}

/** Opens the app (at `hash`, e.g. `#/clients`, or its root) and waits until the main navigation is on screen. */
export async function openApp(page: Page, hash = ''): Promise<Locator> {
  await page.goto(appUrl(hash));
  const navigation = mainNavigation(page);
  await navigation.waitFor({ state: 'visible' });
  return navigation;
}

/** Clicks an area's link in the main navigation and waits for that screen's heading. */
export async function goToArea(page: Page, area: AreaId): Promise<void> {
  await areaLink(page, area).click();
  await areaHeading(page, area).waitFor({ state: 'visible' });
}

/** Loads the demo data from the Clients screen's empty state and waits for the confirmation. */
export async function loadDemoDataFromClients(page: Page): Promise<void> {
  await goToArea(page, 'clients');
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Demo data loaded' }).waitFor({ state: 'visible' });
}

/** The text of the elements aria-describedby points at: what a screen reader reads after the field's name. */
export function accessibleDescription(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '')
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim(),
  );
}

/** Every record of one IndexedDB store as stored, read past the app, so a test sees codes and not their display. */
export function storedRecords(page: Page, store: string): Promise<unknown> {
  return page.evaluate(
    (storeName) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('repute');
        request.onerror = () => reject(new Error('The app database did not open'));
        request.onsuccess = () => {
          const read = request.result.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result);
          };
        };
      }),
    store,
  );
}
