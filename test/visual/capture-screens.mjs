#!/usr/bin/env node
// Screenshots every screen of a built renderer, light and dark, empty and with demo data, at a fixed clock, so two
// builds can be compared pixel by pixel (compare-screens.mjs). Usage:
//   node test/visual/capture-screens.mjs <dist-dir> <out-dir> [name-filter]
// With a name filter (a regular expression), only the screens whose names match are taken; VIEWPORT_HEIGHT=3000
// makes the window tall enough for a long screen in one picture.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const [distArg, outArg, filterArg] = process.argv.slice(2);
const wanted = filterArg === undefined ? () => true : (name) => new RegExp(filterArg).test(name);
if (distArg === undefined || outArg === undefined) {
  console.error('usage: capture-screens.mjs <dist-dir> <out-dir>');
  process.exit(2);
}
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const distDir = path.resolve(distArg);
const outDir = path.resolve(outArg);
mkdirSync(outDir, { recursive: true });

// A fixed instant and zone: demo data and "today" are computed from the clock, so both runs must see the same one.
const FIXED_NOW = new Date('2026-11-18T10:30:00+01:00');

const LIST_ROUTES = [
  ['dashboard', '#/dashboard'],
  ['time', '#/time'],
  ['clients', '#/clients'],
  ['client-new', '#/clients/new'],
  ['projects', '#/projects'],
  ['project-new', '#/projects/new'],
  ['proposals', '#/proposals'],
  ['proposal-new', '#/proposals/new'],
  ['invoices', '#/invoices'],
  ['invoice-new', '#/invoices/new'],
  ['payments', '#/payments'],
  ['payment-new', '#/payments/new'],
  ['reputation', '#/reputation'],
  ['reputation-feedback', '#/reputation/feedback'],
  ['reputation-credentials', '#/reputation/credentials'],
  ['credential-new', '#/reputation/credentials/new'],
  ['credential-import', '#/reputation/credentials/import'],
  ['portfolio', '#/portfolio'],
  ['data', '#/data'],
  ['data-import', '#/data/import'],
  ['data-backups', '#/data/backups'],
  ['data-exports', '#/data/exports'],
  ['settings', '#/settings'],
];

// Detail pages exist only with records: the first record link on each list opens one.
const DETAIL_ROUTES = [
  ['client-detail', '#/clients', /^#\/clients\/(?!new)[^/]+$/],
  ['project-detail', '#/projects', /^#\/projects\/(?!new)[^/]+$/],
  ['proposal-detail', '#/proposals', /^#\/proposals\/(?!new)[^/]+$/],
  ['invoice-detail', '#/invoices', /^#\/invoices\/(?!new)[^/]+$/],
];

const server = await preview({
  configFile: path.join(projectRoot, 'vite.config.ts'),
  logLevel: 'silent',
  build: { outDir: distDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
});
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
});

async function settle(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.waitForTimeout(700);
}

async function shoot(page, name) {
  await settle(page);
  await page.screenshot({ path: path.join(outDir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

async function visit(page, hash) {
  await page.goto(`${origin}/${hash}`);
}

try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 1280, height: Number(process.env.VIEWPORT_HEIGHT ?? 860) },
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(FIXED_NOW);

    for (const [name, hash] of LIST_ROUTES.filter(([name]) => wanted(name))) {
      await visit(page, hash);
      await shoot(page, `empty-${scheme}-${name}`);
    }

    await visit(page, '#/clients');
    await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
    const loaded = page.getByRole('status').filter({ hasText: 'Demo data loaded' });
    await loaded.waitFor({ state: 'visible', timeout: 60_000 });
    // A reload clears the confirmation toast, so no shot depends on how fast the machine was while it showed.
    await page.reload();

    for (const [name, hash] of LIST_ROUTES.filter(([name]) => wanted(name))) {
      await visit(page, hash);
      await shoot(page, `demo-${scheme}-${name}`);
    }
    for (const [name, listHash, pattern] of DETAIL_ROUTES.filter(([name]) => wanted(name))) {
      await visit(page, listHash);
      await settle(page);
      const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const detail = hrefs.map((href) => href.slice(href.indexOf('#'))).find((href) => pattern.test(href));
      if (detail === undefined) throw new Error(`No ${name} link on ${listHash}`);
      await visit(page, detail);
      await shoot(page, `demo-${scheme}-${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}`);
