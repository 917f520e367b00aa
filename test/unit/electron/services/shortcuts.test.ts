import { describe, expect, it } from 'vitest';
import { createTimerShortcut, type ShortcutHost } from '../../../../electron/services/shortcuts';

function fakeGlobalShortcut(takenByOthers: string[] = [], unreadable: string[] = []) {
  const registered = new Map<string, () => void>();
  const host: ShortcutHost = {
    register: (accelerator, callback) => {
      if (unreadable.includes(accelerator)) throw new TypeError('conversion failure');
      if (takenByOthers.includes(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator) => {
      registered.delete(accelerator);
    },
  };
  return { host, registered, press: (accelerator: string) => registered.get(accelerator)?.() };
}

describe('createTimerShortcut', () => {
  it('registers the shortcut, in canonical spelling, and calls back when pressed', () => {
    const system = fakeGlobalShortcut();
    let presses = 0;
    const shortcut = createTimerShortcut(system.host, () => (presses += 1));
    expect(shortcut.set('cmdorctrl+shift+t')).toEqual({ ok: true });
    expect([...system.registered.keys()]).toEqual(['CommandOrControl+Shift+T']);
    system.press('CommandOrControl+Shift+T');
    expect(presses).toBe(1);
    expect(shortcut.current()).toBe('CommandOrControl+Shift+T');
  });

  it('replaces the old shortcut with a new one', () => {
    const system = fakeGlobalShortcut();
    const shortcut = createTimerShortcut(system.host, () => undefined);
    shortcut.set('CommandOrControl+Shift+T');
    expect(shortcut.set('Alt+F9')).toEqual({ ok: true });
    expect([...system.registered.keys()]).toEqual(['Alt+F9']);
  });

  it('says so when another app holds the shortcut, and keeps the old one working', () => {
    const system = fakeGlobalShortcut(['Control+Alt+T']);
    const shortcut = createTimerShortcut(system.host, () => undefined);
    shortcut.set('CommandOrControl+Shift+T');
    expect(shortcut.set('Ctrl+Alt+T')).toEqual({ ok: false, error: 'Control+Alt+T is already used by another app or the system; choose another shortcut' });
    expect([...system.registered.keys()]).toEqual(['CommandOrControl+Shift+T']);
  });

  it('refuses an invalid accelerator before it reaches the system', () => {
    const system = fakeGlobalShortcut();
    const shortcut = createTimerShortcut(system.host, () => undefined);
    expect(shortcut.set('Hyper+T')).toEqual({ ok: false, error: '"Hyper" is not a modifier key. Use a shortcut like CommandOrControl+Shift+T' });
    expect(system.registered.size).toBe(0);
  });

  it('turns the system throwing on an accelerator into a message', () => {
    const system = fakeGlobalShortcut([], ['Super+F24']);
    const shortcut = createTimerShortcut(system.host, () => undefined);
    expect(shortcut.set('Super+F24')).toEqual({ ok: false, error: 'Super+F24 is not a shortcut this system accepts; choose another' });
  });

  it('treats setting the same shortcut again as done, and the empty one as removing it', () => {
    const system = fakeGlobalShortcut();
    const shortcut = createTimerShortcut(system.host, () => undefined);
    shortcut.set('Alt+F9');
    expect(shortcut.set('alt+f9')).toEqual({ ok: true });
    expect(system.registered.size).toBe(1);
    expect(shortcut.set('')).toEqual({ ok: true });
    expect(system.registered.size).toBe(0);
    expect(shortcut.current()).toBe('');
  });

  it('releases the shortcut when cleared', () => {
    const system = fakeGlobalShortcut();
    const shortcut = createTimerShortcut(system.host, () => undefined);
    shortcut.set('Alt+F9');
    shortcut.clear();
    expect(system.registered.size).toBe(0);
  });
});
