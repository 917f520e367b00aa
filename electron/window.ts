import { BrowserWindow, dialog, nativeTheme } from 'electron';
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

  // A form with unsaved changes holds the window through beforeunload, which Electron would honour silently, leaving
  // a window that will not close or reload: ask, as a browser would, and let it go when the user chooses to leave.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow, {
      type: 'question',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'Leave with unsaved changes?',
      detail: 'Changes to an invoice, proposal, client, project or the settings are kept as a draft and come back when you open the form again; others are lost.',
    });
    if (choice === 0) event.preventDefault();
  });

  mainWindow.once('ready-to-show', () => {
    mainWindow.show();
  });
  mainWindow.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error('Repute could not load its window:', error);
  });
  return mainWindow;
}
