import path from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, nativeTheme, protocol, session, shell } from 'electron';
import { IPC_EVENTS, type AreaId } from '../src/platform/contract';
import { APP_SCHEME, APP_SCHEME_DEFINITION } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { createDesktopServices, type RunningDesktopServices } from './desktop-services';
import { registerHostHandlers } from './host-handlers';
import { createIpcRegistry } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, isAllowedExternalUrl } from './security';
import { createMainWindow } from './window';

// Both must happen before `ready`: privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let desktopServices: RunningDesktopServices | null = null;

function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.error('Repute could not open a link outside the app:', error);
  });
}

function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    const appRoot = app.getAppPath();
    mainWindow = createMainWindow({
      preloadPath: path.join(appRoot, 'dist-electron', 'preload.cjs'),
      allowDevTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      // Nobody is left to hear about idle time; the next window asks again.
      desktopServices?.unwatchSystemActivity();
    });
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function navigateTo(area: AreaId): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(IPC_EVENTS.navigate.channel, area);
}

function startApp(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist')));

  const registry = createIpcRegistry(ipcMain, {
    isAppWindowContents: (webContentsId) => mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === webContentsId,
  });
  desktopServices = createDesktopServices({
    app,
    platform: process.platform,
    appWindow: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow),
    showApp: showMainWindow,
  });
  registerHostHandlers(registry, { app, shell, nativeTheme, platform: process.platform, desktop: desktopServices });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, appName: app.getName(), isPackaged: app.isPackaged, navigate: navigateTo }),
    ),
  );
  showMainWindow();
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openExternalIfAllowed);
  });
  app.on('will-quit', () => {
    desktopServices?.dispose();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) showMainWindow();
  });
  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      console.error('Repute could not start:', error);
      app.exit(1);
    });
} else {
  // Another Repute already runs; it receives 'second-instance' and comes to the front.
  app.quit();
}
