import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { OperationResult } from '../harness/harness-api';
import { benchTimerDescription, freshProjectName } from '../common/bench-names';
import { clickToPaint, installClickProbe, timedClick, type ProbeTarget } from './page-probes';

export interface TimerClickPlan {
  /** Measured starts, and as many stops; each pair of them is set beside two clicks on the floor page. */
  clicks: number;
  /** Start and stop pairs before the measured ones. */
  warmup: number;
  /** Starts right after a reload, and as many starts on projects never used before. */
  coldStarts: number;
  /** The warm timer's project: the one the harness's timer writes ran on. */
  projectName: string;
}

const READY_TIMEOUT_MS = 60_000;
/**
 * The pause before each timed click, as between a person's clicks: the live queries the last click set off have
 * answered, so each click is timed from a page at rest.
 */
const SETTLE_MS = 150;

function timerRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Timer' });
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
}

/** The Time screen is ready once the timer can start and the day list shows entries. */
async function waitForTimeScreen(page: Page): Promise<void> {
  await timerRegion(page).getByRole('button', { name: 'Start timer' }).waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
  await page.getByRole('list', { name: 'Time entries' }).getByRole('button', { name: /^Continue / }).first().waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
}

/** Types the description and picks the project in the header timer, as a person does before pressing Start. */
async function prepareTimer(page: Page, description: string, projectName: string): Promise<void> {
  const region = timerRegion(page);
  await region.getByRole('textbox', { name: 'What are you working on?' }).fill(description);
  const picker = region.getByRole('combobox', { name: 'Project' });
  await picker.click();
  await picker.fill(projectName);
  await page.getByRole('listbox', { name: 'Projects' }).getByRole('option').filter({ has: page.getByText(projectName, { exact: true }) }).first().click();
  await page.waitForFunction(
    ({ name }) => {
      const field = document.querySelector('section[aria-label="Timer"] input[role="combobox"][aria-label="Project"]');
      return field instanceof HTMLInputElement && field.value === name;
    },
    { name: projectName },
    { timeout: READY_TIMEOUT_MS },
  );
}

function startButton(page: Page): Locator {
  return timerRegion(page).getByRole('button', { name: 'Start timer' });
}

function stopButton(page: Page): Locator {
  return timerRegion(page).getByRole('button', { name: 'Stop timer' });
}

/** Prepares and starts a timer, timing the click on Start until the header shows it running. */
async function timedStart(page: Page, description: string, projectName: string): Promise<number> {
  await prepareTimer(page, description, projectName);
  await settle(page);
  return clickToPaint(await timedClick(page, startButton(page), { kind: 'timerRunning', text: description }));
}

/** Stops the running timer, timing the click on Stop until the day list shows the entry stopped. */
async function timedStop(page: Page, description: string): Promise<number> {
  await settle(page);
  return clickToPaint(await timedClick(page, stopButton(page), { kind: 'entryStopped', text: description }));
}

async function untimedStop(page: Page): Promise<void> {
  await settle(page);
  await stopButton(page).click();
  await startButton(page).waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
}

async function openProbedPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(installClickProbe);
  await page.goto(url);
  return page;
}

/** The floor page's button, clicked until its count shows: a click that only changes React state. */
class FloorButton {
  private count = 0;

  constructor(private readonly page: Page) {}

  async click(): Promise<number> {
    await this.page.bringToFront();
    await settle(this.page);
    this.count += 1;
    const awaited: ProbeTarget = { kind: 'buttonText', text: `Clicked ${String(this.count)} times` };
    return clickToPaint(await timedClick(this.page, this.page.getByRole('button'), awaited));
  }
}

/**
 * The timer as a person uses it, in the built app on the seeded database: on the Time screen, a description typed and
 * a project picked in the header timer, then a real click on Start, timed until the header shows the timer running,
 * and a real click on Stop, timed until the day list shows the entry stopped. Each start and stop is followed by a
 * click on the floor page's plain React button in another tab of the same browser, so both are measured under the
 * same conditions. Then the cold starts: the first start after each reload of the app, and the first start on each
 * of the projects the harness created with no time on them (stopped again untimed).
 */
export async function measureTimerClicks(context: BrowserContext, origin: string, plan: TimerClickPlan): Promise<OperationResult> {
  const samples: Record<'click.start' | 'click.stop' | 'click.floor' | 'click.coldReload' | 'click.coldProject', number[]> = {
    'click.start': [],
    'click.stop': [],
    'click.floor': [],
    'click.coldReload': [],
    'click.coldProject': [],
  };
  const app = await openProbedPage(context, `${origin}/#/time`);
  const floorPage = await openProbedPage(context, `${origin}/bench/click-floor.html`);
  try {
    await floorPage.getByRole('button', { name: 'Clicked 0 times' }).waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    const floor = new FloorButton(floorPage);
    await app.bringToFront();
    await waitForTimeScreen(app);

    for (let run = -plan.warmup; run < plan.clicks; run += 1) {
      const description = benchTimerDescription('warm', run + plan.warmup);
      await app.bringToFront();
      const started = await timedStart(app, description, plan.projectName);
      const stopped = await timedStop(app, description);
      const floorClicks = [await floor.click(), await floor.click()];
      if (run < 0) continue;
      samples['click.start'].push(started);
      samples['click.stop'].push(stopped);
      samples['click.floor'].push(...floorClicks);
    }

    await app.bringToFront();
    for (let run = 0; run < plan.coldStarts; run += 1) {
      await app.reload();
      await waitForTimeScreen(app);
      samples['click.coldReload'].push(await timedStart(app, benchTimerDescription('reload', run), plan.projectName));
      await untimedStop(app);
    }
    for (let run = 0; run < plan.coldStarts; run += 1) {
      samples['click.coldProject'].push(await timedStart(app, benchTimerDescription('new-project', run), freshProjectName(run)));
      await untimedStop(app);
    }
  } finally {
    await floorPage.close();
    await app.close();
  }
  return { samples, facts: { timerClickProject: plan.projectName } };
}
