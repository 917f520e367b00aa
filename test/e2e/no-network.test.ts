import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/platform/contract';
import { appOrigin, goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

/** data: and blob: URLs never leave the machine; everything else must come from the app's own origin. */
function leavesTheApp(url: string, ownOrigin: string): boolean {
  const parsed = new URL(url);
  // A blob: URL's origin is the origin that created it, so only data: needs its own rule.
  return parsed.protocol !== 'data:' && parsed.origin !== ownOrigin;
}

describe('network', () => {
  const session = useBrowserSession();

  it('requests nothing outside its own origin while every area is visited with demo data loaded', async () => {
    const context = session.context();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));

    const page = session.page();
    await openApp(page);
    await loadDemoDataFromClients(page);
    for (const area of AREA_IDS) {
      await goToArea(page, area);
    }
    await page.reload();
    await goToArea(page, 'dashboard');
    await page.waitForLoadState('networkidle');

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => leavesTheApp(url, appOrigin()))).toEqual([]);
  });
});
