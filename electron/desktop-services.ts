import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Menu, Notification, Tray, dialog, globalShortcut, nativeImage, powerMonitor, type App, type BrowserWindow, type NativeImage } from 'electron';
import { IPC_EVENTS, type SystemActivityEvent, type TimerCommand } from '../src/platform/contract';
import type { DesktopServices } from './host-handlers';
import { createAutomaticBackups } from './services/backups';
import { createTextFileSaver } from './services/files';
import { createElectronPdfHost } from './pdf-host';
import { createIdleWatcher } from './services/idle';
import { createNotifier } from './services/notifications';
import { createInvoicePdfSaver } from './services/pdf';
import { createTimerShortcut } from './services/shortcuts';
import { drawTrayIcon } from './services/tray-icon';
import { createTrayController } from './services/tray';

export interface DesktopServicesInput {
  readonly app: Pick<App, 'getPath'>;
  readonly platform: NodeJS.Platform;
  /** The app's window, if one is open. */
  readonly appWindow: () => BrowserWindow | null;
  /** Opens the window or brings it to the front. */
  readonly showApp: () => void;
}

export interface RunningDesktopServices extends DesktopServices {
  /** Releases the shortcut, the tray and the idle watch when the app quits. */
  dispose(): void;
}

function trayImage(platform: NodeJS.Platform): NativeImage {
  const size = 32;
  const bitmap = drawTrayIcon(size, platform === 'darwin' ? 'template' : 'brand');
  const image = nativeImage.createFromBitmap(Buffer.from(bitmap.pixels), { width: size, height: size, scaleFactor: 2 });
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}

/** Builds the main-process services from Electron's own modules; every event goes to the app's window. */
export function createDesktopServices({ app, platform, appWindow, showApp }: DesktopServicesInput): RunningDesktopServices {
  const sendToApp = (channel: string, payload: SystemActivityEvent | TimerCommand) => {
    const target = appWindow();
    if (target !== null && !target.isDestroyed()) target.webContents.send(channel, payload);
  };
  const sendTimerCommand = (command: TimerCommand) => {
    // With no window there is no one to run the command: the timer lives in the app's storage, so open the app.
    if (appWindow() === null) showApp();
    else sendToApp(IPC_EVENTS.timerCommand.channel, command);
  };

  const idle = createIdleWatcher(
    powerMonitor,
    { now: () => Date.now(), setInterval: (callback, ms) => setInterval(callback, ms), clearInterval: (handle) => clearInterval(handle) },
    (event) => sendToApp(IPC_EVENTS.systemActivity.channel, event),
  );
  const tray = createTrayController(
    {
      createTray: () => new Tray(trayImage(platform)),
      buildMenu: (template) => Menu.buildFromTemplate(template),
      now: () => Date.now(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle),
    },
    { send: sendTimerCommand, showApp },
  );
  const shortcut = createTimerShortcut(globalShortcut, () => sendTimerCommand({ kind: 'toggle' }));
  const notify = createNotifier({ isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) }, showApp);
  const saveTextFile = createTextFileSaver({
    showSaveDialog: (options) => {
      const parent = appWindow();
      return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
    },
    writeTextFile: (filePath, content) => writeFile(filePath, content, 'utf8'),
    defaultFolder: () => app.getPath('downloads'),
  });
  const backups = createAutomaticBackups(
    { mkdir, writeFile, rename, readdir: (path) => readdir(path), stat, readFile, unlink },
    join(app.getPath('userData'), 'backups'),
    { now: () => Date.now() },
  );

  return {
    watchSystemActivity: (thresholdMinutes) => idle.start(thresholdMinutes),
    unwatchSystemActivity: () => idle.stop(),
    setTrayState: (state) => tray.update(state),
    setTimerShortcut: (accelerator) => shortcut.set(accelerator),
    notify,
    saveTextFile,
    saveInvoicePdf: createInvoicePdfSaver(createElectronPdfHost({ app, appWindow })),
    writeAutomaticBackup: (input) => backups.write(input),
    listAutomaticBackups: () => backups.list(),
    readAutomaticBackup: (fileName) => backups.read(fileName),
    dispose: () => {
      shortcut.clear();
      tray.destroy();
      idle.stop();
    },
  };
}
