import type { HostApi } from './contract';
import { createElectronHost, findElectronBridge } from './electron';
import { browserEnvironment, createWebHost } from './web';

export function selectHost(scope: object, createFallback: () => HostApi): HostApi {
  const bridge = findElectronBridge(scope);
  return bridge === null ? createFallback() : createElectronHost(bridge);
}

/** The machine the renderer runs on: the Electron preload when present, the browser otherwise. */
export const host: HostApi = selectHost(globalThis, () => createWebHost(browserEnvironment()));
