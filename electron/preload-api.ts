import {
  IPC_EVENTS,
  IPC_INVOKE,
  areaIdSchema,
  externalUrlSchema,
  themeSourceSchema,
  type HostApi,
} from '../src/platform/contract';

type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of ipcRenderer the preload uses; the real one satisfies it, and tests pass an in-memory fake. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererListener): unknown;
  removeListener(channel: string, listener: RendererListener): unknown;
}

/**
 * The API the preload exposes as window.repute: named functions only, each validating what crosses the bridge.
 * ipcRenderer itself, and the IPC event objects that would reach it, never leave this closure.
 */
export function createPreloadApi(ipc: RendererIpc): HostApi {
  const api = {
    async getAppInfo() {
      return IPC_INVOKE.getAppInfo.result.parse(await ipc.invoke(IPC_INVOKE.getAppInfo.channel));
    },
    async openExternal(url: string) {
      if (!externalUrlSchema.safeParse(url).success) return false;
      return IPC_INVOKE.openExternal.result.parse(await ipc.invoke(IPC_INVOKE.openExternal.channel, url));
    },
    async setThemeSource(theme) {
      await ipc.invoke(IPC_INVOKE.setThemeSource.channel, themeSourceSchema.parse(theme));
    },
    onNavigate(listener) {
      const forward: RendererListener = (_event, area) => {
        const parsed = areaIdSchema.safeParse(area);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(IPC_EVENTS.navigate.channel, forward);
      return () => {
        ipc.removeListener(IPC_EVENTS.navigate.channel, forward);
      };
    },
  } satisfies HostApi;
  return api;
}
