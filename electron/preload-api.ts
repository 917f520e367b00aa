import {
  IPC_EVENTS,
  SHORTCUT_HINT,
  acceleratorSchema,
  automaticBackupFileNameSchema,
  automaticBackupInputSchema,
  IPC_INVOKE,
  areaIdSchema,
  externalUrlSchema,
  idleThresholdMinutesSchema,
  invoicePdfSchema,
  notificationSchema,
  systemActivityEventSchema,
  textFileSchema,
  themeSourceSchema,
  timerCommandSchema,
  trayStateSchema,
  type HostApi,
  type Unsubscribe,
} from '../src/platform/contract';

type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of ipcRenderer the preload uses; the real one satisfies it, and tests pass an in-memory fake. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererListener): unknown;
  removeListener(channel: string, listener: RendererListener): unknown;
}

interface EventSpec<T> {
  readonly channel: string;
  readonly payload: { safeParse(value: unknown): { success: true; data: T } | { success: false } };
}

/** Forwards one main → renderer event to `listener`, dropping payloads that do not match the contract. */
function subscribe<T>(ipc: RendererIpc, spec: EventSpec<T>, listener: (payload: T) => void): Unsubscribe {
  const forward: RendererListener = (_event, payload) => {
    const parsed = spec.payload.safeParse(payload);
    if (parsed.success) listener(parsed.data);
  };
  ipc.on(spec.channel, forward);
  return () => {
    ipc.removeListener(spec.channel, forward);
  };
}

function reportFailure(what: string): (error: unknown) => void {
  return (error) => {
    console.error(`Repute could not ${what}:`, error);
  };
}

/**
 * The API the preload exposes as window.repute: named functions only, each validating what crosses the bridge.
 * ipcRenderer itself, and the IPC event objects that would reach it, never leave this closure.
 */
export function createPreloadApi(ipc: RendererIpc): HostApi {
  // One watcher in main serves every subscriber here; it starts with the first and stops with the last.
  const activityListeners = new Set<Unsubscribe>();

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
      return subscribe(ipc, { channel: IPC_EVENTS.navigate.channel, payload: areaIdSchema }, listener);
    },
    watchSystemActivity(thresholdMinutes, listener) {
      const threshold = idleThresholdMinutesSchema.parse(thresholdMinutes);
      const unsubscribe = subscribe(ipc, { channel: IPC_EVENTS.systemActivity.channel, payload: systemActivityEventSchema }, listener);
      activityListeners.add(unsubscribe);
      ipc.invoke(IPC_INVOKE.watchSystemActivity.channel, threshold).catch(reportFailure('watch for idle time'));
      return () => {
        if (!activityListeners.delete(unsubscribe)) return;
        unsubscribe();
        if (activityListeners.size === 0) {
          ipc.invoke(IPC_INVOKE.unwatchSystemActivity.channel).catch(reportFailure('stop watching for idle time'));
        }
      };
    },
    async setTrayState(state) {
      await ipc.invoke(IPC_INVOKE.setTrayState.channel, trayStateSchema.parse(state));
    },
    onTimerCommand(listener) {
      return subscribe(ipc, { channel: IPC_EVENTS.timerCommand.channel, payload: timerCommandSchema }, listener);
    },
    async setTimerShortcut(accelerator) {
      const checked = acceleratorSchema.safeParse(accelerator);
      if (!checked.success) return { ok: false, error: checked.error.issues[0]?.message ?? SHORTCUT_HINT };
      return IPC_INVOKE.setTimerShortcut.result.parse(await ipc.invoke(IPC_INVOKE.setTimerShortcut.channel, checked.data));
    },
    async notify(notification) {
      return IPC_INVOKE.notify.result.parse(await ipc.invoke(IPC_INVOKE.notify.channel, notificationSchema.parse(notification)));
    },
    async saveTextFile(file) {
      return IPC_INVOKE.saveTextFile.result.parse(await ipc.invoke(IPC_INVOKE.saveTextFile.channel, textFileSchema.parse(file)));
    },
    async saveInvoicePdf(input) {
      return IPC_INVOKE.saveInvoicePdf.result.parse(await ipc.invoke(IPC_INVOKE.saveInvoicePdf.channel, invoicePdfSchema.parse(input)));
    },
    async writeAutomaticBackup(input) {
      const channel = IPC_INVOKE.writeAutomaticBackup.channel;
      return IPC_INVOKE.writeAutomaticBackup.result.parse(await ipc.invoke(channel, automaticBackupInputSchema.parse(input)));
    },
    async listAutomaticBackups() {
      return IPC_INVOKE.listAutomaticBackups.result.parse(await ipc.invoke(IPC_INVOKE.listAutomaticBackups.channel));
    },
    async readAutomaticBackup(fileName) {
      const channel = IPC_INVOKE.readAutomaticBackup.channel;
      return IPC_INVOKE.readAutomaticBackup.result.parse(await ipc.invoke(channel, automaticBackupFileNameSchema.parse(fileName)));
    },
  } satisfies HostApi;
  return api;
}
