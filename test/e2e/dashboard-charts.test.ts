import { describe, expect, it } from 'vitest';
import { areaHeading, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

/** "12.50 h" → 12.5 */
function hours(text: string): number {
  const value = Number(text.replace(/\s*h$/, '').trim());
  if (!Number.isFinite(value)) throw new Error(`Not an hours figure: "${text}"`);
  return value;
}

describe('the Dashboard’s hours chart', () => {
  const session = useBrowserSession();

  it('draws the last 12 weeks with demo data, and "Show as table" gives the same weeks with totals that add up', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openApp(page, '#/dashboard');
    await areaHeading(page, 'dashboard').waitFor({ state: 'visible' });

    const panel = page.getByRole('region', { name: 'Hours, last 12 weeks' });
    await panel.waitFor({ state: 'visible' });
    const chart = panel.getByRole('figure');
    const sentence = (await chart.getAttribute('aria-label')) ?? '';
    const inAll = /^Hours tracked each week since .+, billable and not; (\d+)h (\d\d)m in all\.$/.exec(sentence);
    expect(inAll, sentence).not.toBeNull();
    await chart.locator('svg.recharts-surface').waitFor({ state: 'visible' });
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);

    await panel.getByRole('button', { name: 'Show as table' }).click();
    const table = panel.getByRole('table', { name: 'Hours, last 12 weeks' });
    await table.waitFor({ state: 'visible' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toHaveLength(12);
    let tracked = 0;
    for (const [period, billable, other, total] of rows) {
      expect(period).toMatch(/^Week of /);
      // Each figure is rounded to a hundredth of an hour on its own, so the parts may miss the total by two of them.
      expect(Math.abs(hours(total ?? '') - hours(billable ?? '') - hours(other ?? ''))).toBeLessThanOrEqual(0.0101);
      tracked += hours(total ?? '');
    }
    // The demo's last quarter holds tracked time, and the chart's sentence names the same total (twelve rows rounded
    // to a hundredth of an hour, against a sentence in whole minutes: at most 0.06 h + 1 min apart).
    expect(tracked).toBeGreaterThan(0);
    expect(Math.abs(tracked - (Number(inAll?.[1]) + Number(inAll?.[2]) / 60))).toBeLessThanOrEqual(0.06 + 1 / 60);
    expect(await panel.getByRole('button', { name: 'Show as chart' }).count()).toBe(1);
  });

  it('lists what is owed, the longest overdue first, each linking to its invoice, and the year’s payments month by month', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openApp(page, '#/dashboard');

    const received = page.getByRole('region', { name: 'Received, last 12 months' });
    await received.waitFor({ state: 'visible' });
    await received.locator('svg.recharts-surface').waitFor({ state: 'visible' });
    await received.getByRole('button', { name: 'Show as table' }).click();
    const months = await received.getByRole('table', { name: 'Received, last 12 months' }).locator('tbody tr').count();
    expect(months).toBe(12);

    const owed = page.getByRole('region', { name: 'Owed to you' });
    await owed.waitFor({ state: 'visible' });
    const table = owed.getByRole('table', { name: 'Owed to you' });
    const overdueDays = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const found = /(\d+) days? overdue/.exec(tr.textContent ?? '');
        return found === null ? 0 : Number(found[1]);
      }),
    );
    expect(overdueDays.length).toBeGreaterThan(0);
    // Oldest due first: overdue days only fall down the list, and what is not due yet comes after.
    expect([...overdueDays].sort((a, b) => b - a)).toEqual(overdueDays);

    const first = table.getByRole('link').first();
    const number = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: number }).waitFor({ state: 'visible' });
  });

  it('sets this week and this month beside the same point of the last, each card linking to the screen behind it', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    await openApp(page, '#/dashboard');

    const week = page.getByRole('table', { name: 'This week against last week' });
    await week.waitFor({ state: 'visible' });
    expect(await week.getByRole('rowheader').allTextContents()).toEqual(['Hours', 'Billable share', 'Invoiced', 'Received']);
    expect(await week.getByRole('columnheader').nth(1).textContent()).toMatch(/^This week\S/);
    expect(await week.getByRole('columnheader').nth(2).textContent()).toMatch(/^Last week\S/);

    const tracked = page.getByRole('group', { name: 'Tracked this month', exact: true });
    await expect.poll(() => tracked.innerText()).toMatch(/To the \d+(st|nd|rd|th) last month: \d+h \d\dm/);
    await tracked.getByRole('link', { name: 'Time' }).click();
    await areaHeading(page, 'time').waitFor({ state: 'visible' });
  });

  it('says there is nothing to draw instead of an empty axis when the weeks hold no time', async () => {
    const page = session.page();
    await openApp(page, '#/clients');
    await loadDemoDataFromClients(page);
    // Twelve weeks long before the demo's history: the app's clock is moved back three years.
    await page.clock.setFixedTime(new Date('2023-06-14T10:00:00Z'));
    await openApp(page, '#/dashboard');
    const panel = page.getByRole('region', { name: 'Hours, last 12 weeks' });
    await panel.waitFor({ state: 'visible' });
    expect(await panel.getByText('No time tracked in the last 12 weeks.').count()).toBe(1);
    expect(await panel.locator('svg').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Show as table' }).count()).toBe(0);
  });
});
