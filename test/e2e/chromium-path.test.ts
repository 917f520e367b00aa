import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, ChromiumNotFoundError, findChromium } from './chromium-path';

describe('findChromium', () => {
  it('uses CHROME_PATH when it names an existing file', () => {
    expect(findChromium('/opt/chrome/chrome', (path) => path === '/opt/chrome/chrome')).toBe('/opt/chrome/chrome');
  });

  it('refuses a CHROME_PATH that does not exist instead of picking another browser', () => {
    expect(() => findChromium('/nowhere/chrome', (path) => path === '/usr/bin/chromium')).toThrow(ChromiumNotFoundError);
  });

  it('takes the first known location that exists when CHROME_PATH is unset or blank', () => {
    const installed = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    expect(findChromium(undefined, (path) => installed.has(path))).toBe('/usr/bin/chromium-browser');
    expect(findChromium('  ', (path) => installed.has(path))).toBe('/usr/bin/chromium-browser');
  });

  it('explains how to get a browser when none is installed', () => {
    let thrown: unknown;
    try {
      findChromium(undefined, () => false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChromiumNotFoundError);
    const message = thrown instanceof Error ? thrown.message : '';
    expect(message).toContain('apt-get install -y chromium');
    expect(message).toContain('CHROME_PATH');
    for (const candidate of CHROMIUM_CANDIDATES) expect(message).toContain(candidate);
  });
});
