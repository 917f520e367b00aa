import type { BrowserWindowConstructorOptions } from 'electron';

/** Painted before the first frame, so opening the window never flashes the wrong theme. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#17181c' } as const;

export function windowBackgroundColor(prefersDark: boolean): string {
  return prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export interface MainWindowOptionsInput {
  readonly preloadPath: string;
  readonly prefersDark: boolean;
  readonly allowDevTools: boolean;
}

export function mainWindowOptions({ preloadPath, prefersDark, allowDevTools }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Repute',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    backgroundColor: windowBackgroundColor(prefersDark),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: allowDevTools,
    },
  };
}
