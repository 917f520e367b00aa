import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux and macOS, tried in this order after CHROME_PATH. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class ChromiumNotFoundError extends Error {
  constructor(triedPaths: readonly string[]) {
    super(
      [
        'The end-to-end tests need a Chromium or Chrome browser, and none was found.',
        `Looked at: ${triedPaths.join(', ')}.`,
        'Install one (on Debian or Ubuntu: `sudo apt-get install -y chromium`),',
        'or point CHROME_PATH at an existing browser: `CHROME_PATH=/path/to/chrome npm test`.',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/**
 * The browser the e2e tests drive. CHROME_PATH wins when set, and must then exist: a wrong path is a mistake to
 * report, not a reason to quietly pick another browser.
 */
export function findChromium(
  chromePath: string | undefined = process.env['CHROME_PATH'],
  fileExists: (path: string) => boolean = existsSync,
): string {
  if (chromePath !== undefined && chromePath.trim() !== '') {
    if (fileExists(chromePath)) return chromePath;
    throw new ChromiumNotFoundError([`CHROME_PATH=${chromePath}`]);
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => fileExists(candidate));
  if (found === undefined) throw new ChromiumNotFoundError(CHROMIUM_CANDIDATES);
  return found;
}
