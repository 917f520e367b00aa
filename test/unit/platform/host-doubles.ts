import type { HostApi } from '../../../src/platform/contract';

export const HOST_API_METHOD_NAMES = [
  'getAppInfo',
  'listAutomaticBackups',
  'notify',
  'onNavigate',
  'onTimerCommand',
  'openExternal',
  'readAutomaticBackup',
  'saveInvoicePdf',
  'saveTextFile',
  'setThemeSource',
  'setTimerShortcut',
  'setTrayState',
  'watchSystemActivity',
  'writeAutomaticBackup',
];

/** A host whose time-tracking and file methods answer as a plain browser does; tests override what they watch. */
export function quietHost(overrides: Partial<HostApi> & Pick<HostApi, 'getAppInfo'>): HostApi {
  return {
    openExternal: () => Promise.resolve(false),
    setThemeSource: () => Promise.resolve(),
    onNavigate: () => () => undefined,
    watchSystemActivity: () => () => undefined,
    setTrayState: () => Promise.resolve(),
    onTimerCommand: () => () => undefined,
    setTimerShortcut: () => Promise.resolve({ ok: false, error: 'No shortcuts here' }),
    notify: () => Promise.resolve(false),
    saveTextFile: () => Promise.resolve({ saved: false }),
    saveInvoicePdf: () => Promise.resolve({ saved: false }),
    writeAutomaticBackup: () => Promise.resolve({ saved: false }),
    listAutomaticBackups: () => Promise.resolve([]),
    readAutomaticBackup: () => Promise.reject(new Error('No automatic backups here')),
    ...overrides,
  };
}
