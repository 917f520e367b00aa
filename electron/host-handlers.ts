import type { App, NativeTheme, Shell } from 'electron';
import { IPC_INVOKE } from '../src/platform/contract';
import type { IpcRegistry } from './ipc';
import { isAllowedExternalUrl } from './security';

export interface HostHandlerDependencies {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly nativeTheme: Pick<NativeTheme, 'themeSource'>;
  readonly platform: NodeJS.Platform;
}

/** Answers the host API's invocations (see HostApi in src/platform/contract.ts) with Electron's own services. */
export function registerHostHandlers(registry: IpcRegistry, { app, shell, nativeTheme, platform }: HostHandlerDependencies): void {
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
}
