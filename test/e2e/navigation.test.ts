import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/platform/contract';
import { areaHeading, areaLink, openApp, useBrowserSession } from './browser';

describe('main navigation', () => {
  const session = useBrowserSession();

  it('holds exactly one link per area, named by its label', async () => {
    const page = session.page();
    const navigation = await openApp(page);

    expect(await navigation.getByRole('link').count()).toBe(AREA_IDS.length);
    for (const area of AREA_IDS) {
      expect(await areaLink(page, area).count(), area).toBe(1);
    }
  });

  it('reaches every area through its link, showing its heading at its own address', async () => {
    const page = session.page();
    await openApp(page);

    for (const area of AREA_IDS) {
      await areaLink(page, area).click();
      await areaHeading(page, area).waitFor({ state: 'visible' });

      expect(new URL(page.url()).hash, area).toBe(`#/${area}`);
      expect(await page.getByRole('heading', { level: 1 }).count(), area).toBe(1);
      const currentMarks = await Promise.all(AREA_IDS.map((other) => areaLink(page, other).getAttribute('aria-current')));
      expect(currentMarks, area).toEqual(AREA_IDS.map((other) => (other === area ? 'page' : null)));
    }
  });
});
