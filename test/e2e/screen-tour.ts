import type { Locator, Page } from 'playwright-core';
import type { AreaId } from '../../src/platform/contract';
import { areaHeading, goToArea, loadDemoDataFromClients, openApp } from './browser';
import { dayList } from './time-helpers';

/** Two passes over about forty screens, with a check on each, take far longer than one ordinary test. */
export const TOUR_TIMEOUT_MS = 300_000;

/** What shows once a screen has its records, found by role: a check runs only on a screen that finished loading. */
type Ready = (page: Page) => Locator;

const region = (name: string): Ready => (page) => page.getByRole('region', { name, exact: true });
const table = (name: string): Ready => (page) => page.getByRole('table', { name, exact: true });
const form = (name: string): Ready => (page) => page.getByRole('form', { name, exact: true });
/** The invoice document's title inside the preview frame: the frame has loaded its document, styles and all. */
const previewTitle: Ready = (page) => page.frameLocator('iframe[title="Invoice preview"]').getByRole('heading', { level: 1 });

/** Every area in the sidebar, in its order, with what its screen shows on an empty database and with demo data. */
const AREAS: readonly { area: AreaId; empty: Ready; demo: Ready }[] = [
  { area: 'dashboard', empty: region('Welcome to Repute'), demo: (page) => page.getByRole('group', { name: 'Tracked this month', exact: true }) },
  { area: 'time', empty: region('No time tracked yet'), demo: (page) => dayList(page) },
  { area: 'clients', empty: region('No clients yet'), demo: table('Clients') },
  { area: 'projects', empty: region('No projects yet'), demo: table('Projects') },
  { area: 'proposals', empty: region('No proposals yet'), demo: region('Board') },
  { area: 'invoices', empty: region('No invoices yet'), demo: table('Invoices') },
  { area: 'payments', empty: region('No payments yet'), demo: table('Payments') },
  { area: 'reputation', empty: region('No reputation yet'), demo: region('Job success') },
  { area: 'portfolio', empty: region('Nothing to show yet'), demo: (page) => page.getByRole('list', { name: 'Projects in the portfolio', exact: true }) },
  { area: 'data', empty: region('Your database is empty'), demo: table('Record counts') },
  { area: 'settings', empty: form('Settings'), demo: form('Settings') },
];

/** The Data screen's sections, each a link in its own navigation. */
const DATA_SECTIONS: readonly { link: string; ready: Ready }[] = [
  { link: 'Import', ready: region('Import time, payments or feedback') },
  { link: 'Backups', ready: region('Back up everything') },
  { link: 'Exports', ready: region('Export to CSV') },
];

/** The Reputation screen's sections, each a link in its own navigation. */
const REPUTATION_SECTIONS: readonly { link: string; empty: Ready; demo: Ready }[] = [
  { link: 'Feedback', empty: region('No feedback yet'), demo: table('Feedback') },
  { link: 'Credentials', empty: region('No credentials yet'), demo: table('Credentials') },
];

/** The forms that create a record; without clients, most of them say to add one first. */
const NEW_FORMS: readonly { hash: string; heading: string; empty: Ready; demo: Ready }[] = [
  { hash: '#/clients/new', heading: 'New client', empty: form('New client'), demo: form('New client') },
  { hash: '#/projects/new', heading: 'New project', empty: region('Add a client first'), demo: form('New project') },
  {
    hash: '#/proposals/new',
    heading: 'New proposal',
    empty: (page) => page.getByRole('textbox', { name: 'Title', exact: true }),
    demo: (page) => page.getByRole('textbox', { name: 'Title', exact: true }),
  },
  { hash: '#/invoices/new', heading: 'New invoice', empty: region('Add a client first'), demo: region('Client and period') },
  { hash: '#/payments/new', heading: 'Record payment', empty: region('Add a client first'), demo: form('Record payment') },
  { hash: '#/reputation/credentials/new', heading: 'Reputation', empty: form('New credential'), demo: form('New credential') },
  { hash: '#/reputation/feedback/new', heading: 'Reputation', empty: region('Add a project first'), demo: form('New feedback') },
];

/** A detail page's way to its edit form: a button or link by name, and what the form shows once it has the record. */
interface EditForm {
  readonly role: 'button' | 'link';
  readonly name: string;
  readonly ready: Ready;
}

/**
 * Detail pages, each opened from its list (shown by the `view` button, where the screen has several) by the first
 * row's link, or the first of those named like `link`; `ready` is what the detail page shows once its record loaded.
 * An invoice's page is ready once its preview has loaded the document.
 */
const DETAILS: readonly { area: AreaId; view?: string; list: Ready; link?: RegExp; ready: Ready; edit?: EditForm }[] = [
  { area: 'clients', list: table('Clients'), ready: region('Details'), edit: { role: 'button', name: 'Edit client', ready: form('Edit client') } },
  { area: 'projects', list: table('Projects'), ready: region('Details'), edit: { role: 'button', name: 'Edit project', ready: form('Edit project') } },
  {
    area: 'proposals',
    view: 'Table',
    list: table('Proposals'),
    ready: (page) => page.getByRole('heading', { level: 2, name: 'Status history', exact: true }),
    edit: { role: 'link', name: 'Edit', ready: region('Evidence') },
  },
  {
    area: 'invoices',
    list: table('Invoices'),
    ready: previewTitle,
    // The draft's lines arrive after the form: a line's tax rate field shows they have.
    edit: { role: 'link', name: 'Edit draft', ready: (page) => table('Invoice lines')(page).getByRole('textbox', { name: /^Tax rate for / }) },
  },
  { area: 'invoices', list: table('Invoices'), link: /^Invoice \d{4}-\d{4}$/, ready: previewTitle },
];

/** What the tour does on each screen once it shows `ready`; `screen` names the screen in any message. */
export interface ScreenCheck {
  check(screen: string, ready: Locator): Promise<void>;
}

function dataSections(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Data sections', exact: true });
}

/** Every area through the sidebar, the Data screen's sections, and the forms for new records. */
async function visitScreens(page: Page, audit: ScreenCheck, data: 'empty' | 'demo'): Promise<void> {
  for (const area of AREAS) {
    await goToArea(page, area.area);
    await audit.check(`${area.area}, ${data}`, area[data](page));
  }
  for (const section of DATA_SECTIONS) {
    await goToArea(page, 'data');
    await dataSections(page).getByRole('link', { name: section.link, exact: true }).click();
    await audit.check(`data ${section.link}, ${data}`, section.ready(page));
  }
  for (const section of REPUTATION_SECTIONS) {
    await goToArea(page, 'reputation');
    await page.getByRole('navigation', { name: 'Reputation sections', exact: true }).getByRole('link', { name: section.link, exact: true }).click();
    await audit.check(`reputation ${section.link}, ${data}`, section[data](page));
  }
  for (const newForm of NEW_FORMS) {
    await openApp(page, newForm.hash);
    await page.getByRole('heading', { level: 1, name: newForm.heading, exact: true }).waitFor({ state: 'visible' });
    await audit.check(`${newForm.hash}, ${data}`, newForm[data](page));
  }
}

/** The views inside screens that only exist with records: the Time week (the day list is the area's own) and the proposals table. */
async function visitViews(page: Page, audit: ScreenCheck): Promise<void> {
  await goToArea(page, 'time');
  await page.getByRole('tab', { name: 'Week', exact: true }).click();
  await audit.check('time week, demo', page.getByRole('table', { name: 'Week timesheet', exact: true }));

  await goToArea(page, 'proposals');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await audit.check('proposals table, demo', table('Proposals')(page));
}

/** The first record's detail page in each list, and its edit form where it has one. */
async function visitDetails(page: Page, audit: ScreenCheck): Promise<void> {
  for (const detail of DETAILS) {
    await goToArea(page, detail.area);
    if (detail.view !== undefined) await page.getByRole('button', { name: detail.view, exact: true }).click();
    const list = detail.list(page);
    await list.waitFor({ state: 'visible' });
    const link = (detail.link === undefined ? list.getByRole('link') : list.getByRole('link', { name: detail.link })).first();
    const name = (await link.innerText()).trim();
    await link.click();
    // The list's own heading gives way to the record's, which carries the link's text.
    await areaHeading(page, detail.area).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
    await audit.check(`${detail.area} detail "${name}"`, detail.ready(page));
    if (detail.edit === undefined) continue;
    await page.getByRole(detail.edit.role, { name: detail.edit.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Edit / }).waitFor({ state: 'visible' });
    await audit.check(`${detail.area} edit "${name}"`, detail.edit.ready(page));
  }
}

/**
 * Every screen of the app, first on an empty database, then with the demo data: each area, the Data sections, the
 * forms for new records, the views that need records, and a detail page and edit form of each kind, `check` run on each.
 */
export async function tourEveryScreen(page: Page, screens: ScreenCheck): Promise<void> {
  await openApp(page);
  await visitScreens(page, screens, 'empty');
  await loadDemoDataFromClients(page);
  await visitScreens(page, screens, 'demo');
  await visitViews(page, screens);
  await visitDetails(page, screens);
}
