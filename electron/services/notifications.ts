import type { HostNotification } from '../../src/platform/contract';

/** The parts of an Electron Notification the notifier uses. */
export interface NotificationHandle {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

export interface NotificationHost {
  isSupported(): boolean;
  create(options: { title: string; body: string }): NotificationHandle;
}

/**
 * Shows reminders as system notifications; a click brings Repute to the front. Resolves false where the system has
 * no notifications, so the app shows its own toast instead. Shown notifications are held until closed: one that
 * is garbage-collected while on screen loses its click handler on some systems.
 */
export function createNotifier(host: NotificationHost, onClick: () => void): (notification: HostNotification) => boolean {
  const onScreen = new Set<NotificationHandle>();
  return ({ title, body }) => {
    if (!host.isSupported()) return false;
    const shown = host.create({ title, body });
    onScreen.add(shown);
    shown.on('click', () => {
      onScreen.delete(shown);
      onClick();
    });
    shown.on('close', () => {
      onScreen.delete(shown);
    });
    shown.show();
    return true;
  };
}
