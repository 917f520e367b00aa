import { describe, expect, it } from 'vitest';
import { registerHostHandlers, type DesktopServices } from '../../../electron/host-handlers';
import { createIpcRegistry, type InvokeEventLike, type InvokeListener } from '../../../electron/ipc';
import { createPreloadApi, type RendererIpc } from '../../../electron/preload-api';
import { IPC_INVOKE, type InvoicePdf } from '../../../src/platform/contract';

const appEvent: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://repute/index.html', parent: null } };
const invoicePdf: InvoicePdf = { html: '<!doctype html><title>Invoice 2026-0007</title>', fileName: 'Invoice 2026-0007 - Northwind.pdf' };

function mainSide() {
  const saved: InvoicePdf[] = [];
  const listeners = new Map<string, InvokeListener>();
  const unused = () => {
    throw new Error('not used here');
  };
  const desktop: DesktopServices = {
    watchSystemActivity: unused,
    unwatchSystemActivity: unused,
    setTrayState: unused,
    setTimerShortcut: unused,
    notify: unused,
    saveTextFile: unused,
    writeAutomaticBackup: unused,
    listAutomaticBackups: unused,
    readAutomaticBackup: unused,
    saveInvoicePdf: (input) => {
      saved.push(input);
      return Promise.resolve({ saved: true });
    },
  };
  registerHostHandlers(createIpcRegistry({ handle: (channel, listener) => listeners.set(channel, listener) }, { isAppWindowContents: () => true }), {
    app: { getName: () => 'Repute', getVersion: () => '0.1.0', getPath: () => '/home/me' },
    shell: { openExternal: () => Promise.resolve() },
    nativeTheme: { themeSource: 'system' },
    platform: 'linux',
    desktop,
  });
  const invoke = (payload: unknown): Promise<unknown> => {
    const listener = listeners.get(IPC_INVOKE.saveInvoicePdf.channel);
    if (listener === undefined) return Promise.reject(new Error('no handler'));
    return listener(appEvent, payload);
  };
  return { saved, invoke };
}

describe('the saveInvoicePdf channel', () => {
  it('hands a valid document to the PDF service', async () => {
    const { saved, invoke } = mainSide();
    await expect(invoke(invoicePdf)).resolves.toEqual({ saved: true });
    expect(saved).toEqual([invoicePdf]);
  });

  it.each([
    ['a name that names a folder', { ...invoicePdf, fileName: '../Invoice.pdf' }],
    ['a name that is not a PDF', { ...invoicePdf, fileName: 'Invoice.html' }],
    ['an empty document', { ...invoicePdf, html: '' }],
    ['no document at all', { fileName: 'Invoice.pdf' }],
  ])('refuses %s before any service runs', async (_label, payload) => {
    const { saved, invoke } = mainSide();
    await expect(invoke(payload)).rejects.toThrow(/invalid payload/);
    expect(saved).toEqual([]);
  });
});

describe('the preload’s saveInvoicePdf', () => {
  function fakeIpc(answer: unknown) {
    const sent: unknown[][] = [];
    const ipc: RendererIpc = {
      invoke: (channel, ...args) => {
        sent.push([channel, ...args]);
        return Promise.resolve(answer);
      },
      on: () => undefined,
      removeListener: () => undefined,
    };
    return { ipc, sent };
  }

  it('validates what it sends and what comes back', async () => {
    const { ipc, sent } = fakeIpc({ saved: false });
    const api = createPreloadApi(ipc);
    await expect(api.saveInvoicePdf(invoicePdf)).resolves.toEqual({ saved: false });
    await expect(api.saveInvoicePdf({ ...invoicePdf, fileName: 'a/b.pdf' })).rejects.toThrow();
    expect(sent).toEqual([[IPC_INVOKE.saveInvoicePdf.channel, invoicePdf]]);
    await expect(createPreloadApi(fakeIpc({ saved: 'yes' }).ipc).saveInvoicePdf(invoicePdf)).rejects.toThrow();
  });
});
