import { BrowserWindow, nativeTheme } from 'electron';
import { APP_INDEX_URL } from './app-origin';
import { mainWindowOptions, windowBackgroundColor } from './window-options';

export interface MainWindowInput {
  readonly preloadPath: string;
  readonly allowDevTools: boolean;
}

/** Opens the app's window on app://repute, hidden until its first paint is ready. */
export function createMainWindow({ preloadPath, allowDevTools }: MainWindowInput): BrowserWindow {
  const mainWindow = new BrowserWindow(
    mainWindowOptions({ preloadPath, allowDevTools, prefersDark: nativeTheme.shouldUseDarkColors }),
  );

  const followTheme = (): void => {
    mainWindow.setBackgroundColor(windowBackgroundColor(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', followTheme);
  mainWindow.on('closed', () => {
    nativeTheme.off('updated', followTheme);
  });

  mainWindow.once('ready-to-show', () => {
    mainWindow.show();
  });
  mainWindow.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error('Repute could not load its window:', error);
  });
  return mainWindow;
}
