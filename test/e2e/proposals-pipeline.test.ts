import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeViolations, seriousAccessibilityViolations } from './axe';
import { areaLink, goToArea, loadDemoDataFromClients, openApp, useBrowserSession } from './browser';

const TITLE = 'Membership site with class booking';
const PROJECT_NAME = 'Harbourline membership site';

function column(page: Page, status: string): Locator {
  return page.getByRole('list', { name: status, exact: true });
}

function card(page: Page, status: string, title: string): Locator {
  return column(page, status).getByRole('listitem').filter({ hasText: title });
}

/** The first card of a column on the demo board, moved by its "Move" menu to `to`; returns the card's title. */
async function moveFirstDemoCard(page: Page, from: string, to: string): Promise<string> {
  const first = column(page, from).getByRole('listitem').first();
  const title = (await first.getByRole('link').innerText()).trim();
  await first.getByRole('button', { name: `Move ${title}` }).click();
  await page.getByRole('menuitem', { name: to }).click();
  return title;
}

/** A fresh session's demo data, on the proposals board. */
async function openDemoBoard(page: Page): Promise<void> {
  await openApp(page, '#/clients');
  await loadDemoDataFromClients(page);
  await goToArea(page, 'proposals');
}

/** What a field's aria-describedby points at: the message a screen reader reads with it. */
function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '')
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

const storedSchema = z.object({
  proposals: z.array(
    z.object({ id: z.string(), title: z.string(), status: z.string(), clientId: z.string().optional(), projectId: z.string().optional(), statusHistory: z.array(z.object({ status: z.string() })) }),
  ),
  projects: z.array(z.object({ id: z.string(), name: z.string(), clientId: z.string(), proposalId: z.string().optional() })),
  clients: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** Reads the stored records straight from IndexedDB, to check the links the screens are built on. */
async function storedLinks(page: Page, title: string) {
  const raw: unknown = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('repute');
        request.onerror = () => reject(new Error('Cannot open the database'));
        request.onsuccess = () => {
          const stores = ['proposals', 'projects', 'clients'];
          const transaction = request.result.transaction(stores, 'readonly');
          const reads = stores.map((store) => transaction.objectStore(store).getAll());
          transaction.oncomplete = () => {
            request.result.close();
            resolve({ proposals: reads[0]?.result, projects: reads[1]?.result, clients: reads[2]?.result });
          };
        };
      }),
  );
  const stored = storedSchema.parse(raw);
  const proposal = stored.proposals.find((candidate) => candidate.title === title);
  return {
    proposal,
    project: stored.projects.find((candidate) => candidate.id === proposal?.projectId),
    client: stored.clients.find((candidate) => candidate.id === proposal?.clientId),
  };
}

describe('proposal pipeline', () => {
  const session = useBrowserSession();

  it('refuses a proposal with a missing title and an unreadable rate, with messages beside both fields, and saves nothing', async () => {
    const page = session.page();
    await openApp(page, '#/proposals/new');
    await page.getByRole('textbox', { name: 'Prospect name' }).fill('Harbourline Fitness');
    await page.getByRole('textbox', { name: 'Hourly rate' }).fill('eighty');
    await page.getByRole('button', { name: 'Save proposal' }).click();

    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await description(title)).toContain('Title is required');
    expect(await description(page.getByRole('textbox', { name: 'Hourly rate' }))).toContain('An amount has no letters');

    // Leaving the refused form asks first; throwing its changes away leaves nothing behind.
    await areaLink(page, 'proposals').click();
    await page.getByRole('alertdialog', { name: 'Leave with unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'No proposals yet' }).waitFor();
  });

  it('creates a proposal for a new prospect, moves it by keyboard, drag and menu to won, and links the new client and project', async () => {
    const page = session.page();
    await openApp(page, '#/proposals');
    await page.getByRole('link', { name: 'New proposal' }).first().click();

    await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    expect(await page.getByRole('checkbox', { name: 'New prospect', exact: true }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Prospect name' }).fill('Harbourline Fitness');
    await page.getByRole('combobox', { name: 'Platform' }).selectOption('upwork');
    await page.getByRole('textbox', { name: 'Job link' }).fill('https://www.upwork.com/jobs/membership-site');
    await page.getByRole('textbox', { name: 'Job post' }).fill('Membership site with class booking and payments.');
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('USD');
    await page.getByRole('combobox', { name: 'Bid type' }).selectOption('hourly');
    await page.getByRole('textbox', { name: 'Hourly rate' }).fill('85');
    await page.getByRole('textbox', { name: 'Estimated hours' }).fill('40');
    await page.getByRole('textbox', { name: 'Connects spent' }).fill('12');
    await page.getByRole('textbox', { name: 'Connects cost' }).fill('1.80');
    await page.getByRole('textbox', { name: 'Cover letter' }).fill('I would start from the booking flow.');
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await page.getByRole('link', { name: 'Proposals', exact: true }).first().click();
    await card(page, 'Draft', TITLE).waitFor();

    // Keyboard: Alt+Right moves the focused card one column on, and focus follows it.
    await card(page, 'Draft', TITLE).getByRole('link', { name: TITLE }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await card(page, 'Submitted', TITLE).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(TITLE);

    // Drag and drop: from Submitted to Viewed.
    await card(page, 'Submitted', TITLE).dragTo(page.getByRole('region', { name: 'Viewed', exact: true }));
    await card(page, 'Viewed', TITLE).waitFor();

    // The "Move" menu: Won asks to confirm the new project and client.
    await card(page, 'Viewed', TITLE).getByRole('button', { name: `Move ${TITLE}` }).click();
    await page.getByRole('menuitem', { name: 'Won' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark as won' });
    await dialog.getByRole('textbox', { name: 'Project name' }).fill(PROJECT_NAME);
    expect(await dialog.getByRole('textbox', { name: 'Client name' }).inputValue()).toBe('Harbourline Fitness');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('status').filter({ hasText: `created the project “${PROJECT_NAME}” and the client “Harbourline Fitness”` }).waitFor();
    await card(page, 'Won', TITLE).waitFor();

    // Stored: linked both ways, with every move in the history.
    const links = await storedLinks(page, TITLE);
    expect(links.proposal?.status).toBe('won');
    expect(links.proposal?.statusHistory.map((step) => step.status)).toEqual(['draft', 'submitted', 'viewed', 'won']);
    expect(links.project).toMatchObject({ name: PROJECT_NAME, proposalId: links.proposal?.id, clientId: links.client?.id });
    expect(links.client?.name).toBe('Harbourline Fitness');

    // The proposal shows its project and client.
    await card(page, 'Won', TITLE).getByRole('link', { name: TITLE }).click();
    const banner = page.getByRole('region', { name: 'Became a project' });
    expect(await banner.getByRole('link', { name: PROJECT_NAME }).getAttribute('href')).toBe(`#/projects/${links.project?.id ?? ''}`);
    expect(await banner.getByRole('link', { name: 'Harbourline Fitness' }).getAttribute('href')).toBe(`#/clients/${links.client?.id ?? ''}`);
    const history = page.getByRole('list', { name: 'Status history' });
    expect((await history.getByRole('listitem').allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(['Draft', 'Submitted', 'Viewed', 'Won']);

    // And the client and project lists show them.
    await goToArea(page, 'clients');
    await page.getByRole('main').getByText('Harbourline Fitness', { exact: true }).first().waitFor();
    await goToArea(page, 'projects');
    await page.getByRole('main').getByText(PROJECT_NAME, { exact: true }).first().waitFor();
  });

  it('asks for a reason when a proposal is lost and keeps it', async () => {
    const page = session.page();
    await openDemoBoard(page);
    const title = await moveFirstDemoCard(page, 'Submitted', 'Lost');
    const dialog = page.getByRole('dialog', { name: 'Mark as lost' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Went with an agency.');
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await card(page, 'Lost', title).getByRole('link', { name: title }).click();
    await page.getByRole('region', { name: 'Lost' }).getByText(/Went with an agency\./).waitFor();
  });

  it('counts a draft moved straight to won in "How your bids are doing" at once, without a reload', async () => {
    const page = session.page();
    await openDemoBoard(page);
    const winRateHint = page.getByRole('group', { name: 'Win rate', exact: true }).getByRole('paragraph').last();
    const before = /^(\d+) won of (\d+) decided$/.exec(await winRateHint.innerText());
    expect(before).not.toBeNull();
    const [won, decided] = [Number(before?.[1]), Number(before?.[2])];

    const title = await moveFirstDemoCard(page, 'Draft', 'Won');
    await page.getByRole('dialog', { name: 'Mark as won' }).getByRole('button', { name: 'Create project' }).click();
    await card(page, 'Won', title).waitFor();

    await expect.poll(() => winRateHint.innerText()).toBe(`${won + 1} won of ${decided + 1} decided`);
  });

  it('gives focus back to the card when "Mark as won" is cancelled with Escape', async () => {
    const page = session.page();
    await openDemoBoard(page);
    const title = await moveFirstDemoCard(page, 'Submitted', 'Won');
    const dialog = page.getByRole('dialog', { name: 'Mark as won' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(title);
    expect(await card(page, 'Submitted', title).count()).toBe(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violations on the board, the table and the form (${colorScheme})`, async () => {
      const context = await session.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await openApp(page, '#/clients');
      await loadDemoDataFromClients(page);
      await goToArea(page, 'proposals');
      await column(page, 'Won').getByRole('listitem').first().waitFor();
      expect(describeViolations(await seriousAccessibilityViolations(page))).toEqual([]);

      await page.getByRole('button', { name: 'Table' }).click();
      await page.getByRole('table', { name: 'Proposals' }).waitFor();
      expect(describeViolations(await seriousAccessibilityViolations(page))).toEqual([]);

      await page.getByRole('link', { name: 'New proposal' }).click();
      await page.getByRole('textbox', { name: 'Job post' }).fill('React dashboard with charts and PostgreSQL');
      await page.getByRole('region', { name: 'Evidence' }).getByRole('button', { name: /^Insert / }).first().waitFor();
      expect(describeViolations(await seriousAccessibilityViolations(page))).toEqual([]);
    });
  }
});
