import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createIpcRegistry,
  isTrustedSender,
  parseInvokePayload,
  parseInvokeResult,
  type InvokeEventLike,
  type InvokeListener,
  type InvokeSpec,
} from '../../../electron/ipc';
import { IPC_INVOKE } from '../../../src/platform/contract';

describe('isTrustedSender', () => {
  it.each([
    ['the app main frame', { frameUrl: 'app://repute/index.html', isMainFrame: true }, true],
    ['the app main frame on a deep link', { frameUrl: 'app://repute/index.html#/invoices/7', isMainFrame: true }, true],
    ['a subframe on the app origin', { frameUrl: 'app://repute/index.html', isMainFrame: false }, false],
    ['another app host', { frameUrl: 'app://other/index.html', isMainFrame: true }, false],
    ['a web page', { frameUrl: 'https://example.com/', isMainFrame: true }, false],
    ['a local file', { frameUrl: 'file:///opt/repute/dist/index.html', isMainFrame: true }, false],
    ['about:blank', { frameUrl: 'about:blank', isMainFrame: true }, false],
    ['devtools', { frameUrl: 'devtools://devtools/bundled/inspector.html', isMainFrame: true }, false],
    ['an empty URL', { frameUrl: '', isMainFrame: true }, false],
  ])('%s → %s', (_label, facts, trusted) => {
    expect(isTrustedSender(facts)).toBe(trusted);
  });
});

describe('parseInvokePayload', () => {
  const cases: [name: string, spec: InvokeSpec, payload: unknown, valid: boolean][] = [
    ['getAppInfo', IPC_INVOKE.getAppInfo, undefined, true],
    ['getAppInfo', IPC_INVOKE.getAppInfo, {}, false],
    ['getAppInfo', IPC_INVOKE.getAppInfo, 'info', false],
    ['getAppInfo', IPC_INVOKE.getAppInfo, null, false],
    ['openExternal', IPC_INVOKE.openExternal, 'https://example.com/profile', true],
    ['openExternal', IPC_INVOKE.openExternal, 'mailto:client@example.com', true],
    ['openExternal', IPC_INVOKE.openExternal, 42, false],
    ['openExternal', IPC_INVOKE.openExternal, { url: 'https://example.com/' }, false],
    ['openExternal', IPC_INVOKE.openExternal, ['https://example.com/'], false],
    ['openExternal', IPC_INVOKE.openExternal, 'file:///etc/passwd', false],
    ['openExternal', IPC_INVOKE.openExternal, 'javascript:alert(1)', false],
    ['openExternal', IPC_INVOKE.openExternal, undefined, false],
    ['setThemeSource', IPC_INVOKE.setThemeSource, 'dark', true],
    ['setThemeSource', IPC_INVOKE.setThemeSource, 'system', true],
    ['setThemeSource', IPC_INVOKE.setThemeSource, 'light', true],
    ['setThemeSource', IPC_INVOKE.setThemeSource, 'sepia', false],
    ['setThemeSource', IPC_INVOKE.setThemeSource, 1, false],
    ['setThemeSource', IPC_INVOKE.setThemeSource, { theme: 'dark' }, false],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, 10, true],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, 240, true],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, 0, false],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, 241, false],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, 2.5, false],
    ['watchSystemActivity', IPC_INVOKE.watchSystemActivity, '10', false],
    ['unwatchSystemActivity', IPC_INVOKE.unwatchSystemActivity, undefined, true],
    ['unwatchSystemActivity', IPC_INVOKE.unwatchSystemActivity, 10, false],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: null, recentProjects: [] }, true],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: { projectName: 'Audit', clientName: '', start: 5 }, recentProjects: [{ id: 'p', label: 'Audit' }] }, true],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: { projectName: '', clientName: '', start: 5 }, recentProjects: [] }, false],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: { projectName: 'Audit', clientName: '', start: -1 }, recentProjects: [] }, false],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: null, recentProjects: Array.from({ length: 11 }, (_, i) => ({ id: `p${i}`, label: 'P' })) }, false],
    ['setTrayState', IPC_INVOKE.setTrayState, { running: null }, false],
    ['setTrayState', IPC_INVOKE.setTrayState, null, false],
    ['setTimerShortcut', IPC_INVOKE.setTimerShortcut, 'CommandOrControl+Shift+T', true],
    ['setTimerShortcut', IPC_INVOKE.setTimerShortcut, '', true],
    ['setTimerShortcut', IPC_INVOKE.setTimerShortcut, 'x'.repeat(101), false],
    ['setTimerShortcut', IPC_INVOKE.setTimerShortcut, ['Alt', 'T'], false],
    ['notify', IPC_INVOKE.notify, { title: 'Time to track', body: 'No timer is running.' }, true],
    ['notify', IPC_INVOKE.notify, { title: '', body: 'x' }, false],
    ['notify', IPC_INVOKE.notify, { title: 'x'.repeat(201), body: '' }, false],
    ['notify', IPC_INVOKE.notify, 'Time to track', false],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: 'time-2026-03.csv', content: 'Date', mimeType: 'text/csv' }, true],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: '../../.bashrc', content: 'x', mimeType: 'text/plain' }, false],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: 'C:\\Windows\\x.csv', content: 'x', mimeType: 'text/csv' }, false],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: 'a\u0000.csv', content: 'x', mimeType: 'text/csv' }, false],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: 'time.csv', content: 42, mimeType: 'text/csv' }, false],
    ['saveTextFile', IPC_INVOKE.saveTextFile, { suggestedName: 'time.csv', content: 'x', mimeType: 'text csv' }, false],
  ];
  it.each(cases)('%s with %j → valid: %s', (_name, spec, payload, valid) => {
    const outcome = parseInvokePayload(spec, payload);
    expect(outcome.ok).toBe(valid);
    if (outcome.ok) expect(outcome.value).toEqual(payload);
    else expect(outcome.message).toContain(spec.channel);
  });
});

describe('parseInvokeResult', () => {
  it('accepts a result that matches the schema', () => {
    const info = { name: 'Repute', version: '0.1.0', platform: 'linux', host: 'electron', dataLocation: '/home/me/.config/Repute' };
    expect(parseInvokeResult(IPC_INVOKE.getAppInfo, info)).toEqual({ ok: true, value: info });
  });

  it('refuses a result missing a field', () => {
    const outcome = parseInvokeResult(IPC_INVOKE.getAppInfo, { name: 'Repute', version: '0.1.0' });
    expect(outcome.ok).toBe(false);
  });
});

const APP_FRAME = { url: 'app://repute/index.html', parent: null };
const APP_WINDOW_ID = 1;

function invokeEvent(overrides: Partial<InvokeEventLike> = {}): InvokeEventLike {
  return { sender: { id: APP_WINDOW_ID }, senderFrame: APP_FRAME, ...overrides };
}

function recordingIpcMain(): { handle: (channel: string, listener: InvokeListener) => void; listeners: Map<string, InvokeListener> } {
  const listeners = new Map<string, InvokeListener>();
  return {
    listeners,
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
}

describe('createIpcRegistry', () => {
  const echoSpec = { channel: 'test:echo', payload: z.string().max(10), result: z.string() };

  function registeredEcho(implementation: (payload: string) => string = (payload) => payload.toUpperCase()): InvokeListener {
    const ipcMain = recordingIpcMain();
    createIpcRegistry(ipcMain, { isAppWindowContents: (id) => id === APP_WINDOW_ID }).registerInvokeHandler(
      echoSpec,
      implementation,
    );
    const listener = ipcMain.listeners.get('test:echo');
    if (listener === undefined) throw new Error('the registry did not register the channel');
    return listener;
  }

  it('registers the handler on the spec channel and answers a trusted, valid call', async () => {
    await expect(registeredEcho()(invokeEvent(), 'hello')).resolves.toBe('HELLO');
  });

  it.each([
    ['a missing frame', invokeEvent({ senderFrame: null })],
    ['a subframe', invokeEvent({ senderFrame: { url: 'app://repute/index.html', parent: APP_FRAME } })],
    ['another origin', invokeEvent({ senderFrame: { url: 'https://example.com/', parent: null } })],
    ['a file:// page', invokeEvent({ senderFrame: { url: 'file:///opt/repute/dist/index.html', parent: null } })],
    ['another web contents', invokeEvent({ sender: { id: 99 } })],
  ])('rejects %s before running the implementation', async (_label, event) => {
    let ran = false;
    const listener = registeredEcho((payload) => {
      ran = true;
      return payload;
    });
    await expect(listener(event, 'hello')).rejects.toThrow(/did not come from the app's own window/);
    expect(ran).toBe(false);
  });

  it('rejects a payload of the wrong type', async () => {
    await expect(registeredEcho()(invokeEvent(), 12)).rejects.toThrow(/test:echo: invalid payload/);
  });

  it('rejects a payload that breaks the schema limits', async () => {
    await expect(registeredEcho()(invokeEvent(), 'far too long for ten')).rejects.toThrow(/invalid payload/);
  });

  it('rejects extra arguments', async () => {
    await expect(registeredEcho()(invokeEvent(), 'hello', { junk: true })).rejects.toThrow(/at most one argument/);
  });

  it('rejects when the implementation answers outside the result schema', async () => {
    const ipcMain = recordingIpcMain();
    createIpcRegistry(ipcMain, { isAppWindowContents: () => true }).registerInvokeHandler(
      { channel: 'test:count', payload: z.undefined(), result: z.number().int() },
      () => 1.5,
    );
    const listener = ipcMain.listeners.get('test:count');
    await expect(listener?.(invokeEvent(), undefined)).rejects.toThrow(/test:count: invalid result/);
  });

  it('passes the implementation error through', async () => {
    const listener = registeredEcho(() => {
      throw new Error('disk full');
    });
    await expect(listener(invokeEvent(), 'hello')).rejects.toThrow('disk full');
  });
});
