import type { HostApi } from './contract';

const HOST_API_METHODS = [
  'getAppInfo',
  'openExternal',
  'setThemeSource',
  'onNavigate',
  'watchSystemActivity',
  'setTrayState',
  'onTimerCommand',
  'setTimerShortcut',
  'notify',
  'saveTextFile',
  'saveInvoicePdf',
  'writeAutomaticBackup',
  'listAutomaticBackups',
  'readAutomaticBackup',
] as const satisfies readonly (keyof HostApi)[];

function isHostApi(value: unknown): value is HostApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    HOST_API_METHODS.every((method) => typeof Reflect.get(value, method) === 'function')
  );
}

/** The API the Electron preload exposed as `window.repute`, or null when the page runs in a plain browser. */
export function findElectronBridge(scope: object): HostApi | null {
  const candidate: unknown = Reflect.get(scope, 'repute');
  return isHostApi(candidate) ? candidate : null;
}

/** Wraps the bridge so the rest of the renderer holds ordinary functions, never the bridge object itself. */
export function createElectronHost(bridge: HostApi): HostApi {
  return {
    getAppInfo: () => bridge.getAppInfo(),
    openExternal: (url) => bridge.openExternal(url),
    setThemeSource: (theme) => bridge.setThemeSource(theme),
    onNavigate: (listener) => bridge.onNavigate(listener),
    watchSystemActivity: (thresholdMinutes, listener) => bridge.watchSystemActivity(thresholdMinutes, listener),
    setTrayState: (state) => bridge.setTrayState(state),
    onTimerCommand: (listener) => bridge.onTimerCommand(listener),
    setTimerShortcut: (accelerator) => bridge.setTimerShortcut(accelerator),
    notify: (notification) => bridge.notify(notification),
    saveTextFile: (file) => bridge.saveTextFile(file),
    saveInvoicePdf: (input) => bridge.saveInvoicePdf(input),
    writeAutomaticBackup: (input) => bridge.writeAutomaticBackup(input),
    listAutomaticBackups: () => bridge.listAutomaticBackups(),
    readAutomaticBackup: (fileName) => bridge.readAutomaticBackup(fileName),
  };
}
