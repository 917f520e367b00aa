import { checkAccelerator, type ShortcutResult } from '../../src/platform/contract';

/** The parts of Electron's globalShortcut the registrar uses. */
export interface ShortcutHost {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface TimerShortcut {
  /** Replaces the registered shortcut; the old one stays when the new one is refused. "" removes it. */
  set(accelerator: string): ShortcutResult;
  /** The accelerator registered now, "" when none. */
  current(): string;
  clear(): void;
}

/**
 * The one global shortcut that starts or stops the timer from any app. An accelerator is checked before it reaches
 * the system; one the system refuses (another app holds it, or Electron cannot read it) keeps the previous shortcut
 * working and says why.
 */
export function createTimerShortcut(host: ShortcutHost, onPressed: () => void): TimerShortcut {
  let registered = '';

  const release = () => {
    if (registered !== '') host.unregister(registered);
    registered = '';
  };

  return {
    set(text) {
      const checked = checkAccelerator(text);
      if (!checked.ok) return { ok: false, error: checked.error };
      const accelerator = checked.accelerator;
      if (accelerator === registered) return { ok: true };
      if (accelerator === '') {
        release();
        return { ok: true };
      }
      let accepted: boolean;
      try {
        accepted = host.register(accelerator, onPressed);
      } catch {
        return { ok: false, error: `${accelerator} is not a shortcut this system accepts; choose another` };
      }
      if (!accepted) return { ok: false, error: `${accelerator} is already used by another app or the system; choose another shortcut` };
      release();
      registered = accelerator;
      return { ok: true };
    },
    current: () => registered,
    clear: release,
  };
}
