import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND, mainWindowOptions } from '../../../electron/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs', prefersDark: false, allowDevTools: false });

  it('isolates and sandboxes the renderer, with no Node and no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('stays hidden until the first paint and keeps a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? Infinity);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? Infinity);
  });

  it('paints the background of the system theme', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    const dark = mainWindowOptions({ preloadPath: 'p', prefersDark: true, allowDevTools: true });
    expect(dark.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(dark.webPreferences?.devTools).toBe(true);
  });
});
