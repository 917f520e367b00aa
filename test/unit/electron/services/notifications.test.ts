import { describe, expect, it } from 'vitest';
import { createNotifier, type NotificationHandle } from '../../../../electron/services/notifications';

function fakeNotifications(supported: boolean) {
  const shown: Array<{ options: { title: string; body: string }; handlers: Map<string, () => void>; visible: boolean }> = [];
  return {
    shown,
    host: {
      isSupported: () => supported,
      create: (options: { title: string; body: string }): NotificationHandle => {
        const record = { options, handlers: new Map<string, () => void>(), visible: false };
        shown.push(record);
        return {
          show: () => {
            record.visible = true;
          },
          on: (event, listener) => {
            record.handlers.set(event, listener);
          },
        };
      },
    },
  };
}

describe('createNotifier', () => {
  it('shows a system notification and brings the app forward when it is clicked', () => {
    const system = fakeNotifications(true);
    let opened = 0;
    const notify = createNotifier(system.host, () => (opened += 1));
    expect(notify({ title: 'Time to track', body: 'No timer is running.' })).toBe(true);
    expect(system.shown.map((record) => [record.options, record.visible])).toEqual([[{ title: 'Time to track', body: 'No timer is running.' }, true]]);
    system.shown[0]?.handlers.get('click')?.();
    expect(opened).toBe(1);
  });

  it('answers false where the system has no notifications, showing nothing', () => {
    const system = fakeNotifications(false);
    expect(createNotifier(system.host, () => undefined)({ title: 'Time to track', body: '' })).toBe(false);
    expect(system.shown).toEqual([]);
  });
});
