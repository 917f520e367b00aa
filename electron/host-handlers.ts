import type { App, NativeTheme, Shell } from 'electron';
import { IPC_INVOKE, type AutomaticBackupInput, type AutomaticBackupList, type HostNotification, type InvoicePdf, type ShortcutResult, type TextFile, type TrayState } from '../src/platform/contract';
import type { IpcRegistry } from './ipc';
import { isAllowedExternalUrl } from './security';

export interface HostHandlerDependencies {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly nativeTheme: Pick<NativeTheme, 'themeSource'>;
  readonly platform: NodeJS.Platform;
  readonly desktop: DesktopServices;
}

/** The main-process services behind the time tracker and exports (see electron/services/). */
export interface DesktopServices {
  watchSystemActivity(thresholdMinutes: number): void;
  unwatchSystemActivity(): void;
  setTrayState(state: TrayState): void;
  setTimerShortcut(accelerator: string): ShortcutResult;
  notify(notification: HostNotification): boolean;
  saveTextFile(file: TextFile): Promise<{ saved: boolean }>;
  saveInvoicePdf(input: InvoicePdf): Promise<{ saved: boolean }>;
  writeAutomaticBackup(input: AutomaticBackupInput): Promise<{ saved: boolean; fileName?: string }>;
  listAutomaticBackups(): Promise<AutomaticBackupList>;
  readAutomaticBackup(fileName: string): Promise<string>;
}

/** Answers the host API's invocations (see HostApi in src/platform/contract.ts) with Electron's own services. */
export function registerHostHandlers(registry: IpcRegistry, { app, shell, nativeTheme, platform, desktop }: HostHandlerDependencies): void {
  registry.registerInvokeHandler(IPC_INVOKE.getAppInfo, () => ({
    name: app.getName(),
    version: app.getVersion(),
    platform,
    host: 'electron' as const,
    dataLocation: app.getPath('userData'),
  }));

  registry.registerInvokeHandler(IPC_INVOKE.openExternal, async (url) => {
    // The payload schema already is the guard; asking again keeps this handler safe even if the contract changes.
    if (!isAllowedExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  });

  registry.registerInvokeHandler(IPC_INVOKE.setThemeSource, (theme) => {
    nativeTheme.themeSource = theme;
    return undefined;
  });

  registry.registerInvokeHandler(IPC_INVOKE.watchSystemActivity, (thresholdMinutes) => {
    desktop.watchSystemActivity(thresholdMinutes);
    return undefined;
  });

  registry.registerInvokeHandler(IPC_INVOKE.unwatchSystemActivity, () => {
    desktop.unwatchSystemActivity();
    return undefined;
  });

  registry.registerInvokeHandler(IPC_INVOKE.setTrayState, (state) => {
    desktop.setTrayState(state);
    return undefined;
  });

  registry.registerInvokeHandler(IPC_INVOKE.setTimerShortcut, (accelerator) => desktop.setTimerShortcut(accelerator));

  registry.registerInvokeHandler(IPC_INVOKE.notify, (notification) => desktop.notify(notification));

  registry.registerInvokeHandler(IPC_INVOKE.saveTextFile, (file) => desktop.saveTextFile(file));

  registry.registerInvokeHandler(IPC_INVOKE.saveInvoicePdf, (input) => desktop.saveInvoicePdf(input));

  registry.registerInvokeHandler(IPC_INVOKE.writeAutomaticBackup, (input) => desktop.writeAutomaticBackup(input));

  registry.registerInvokeHandler(IPC_INVOKE.listAutomaticBackups, () => desktop.listAutomaticBackups());

  registry.registerInvokeHandler(IPC_INVOKE.readAutomaticBackup, (fileName) => desktop.readAutomaticBackup(fileName));
}
