import { describe, expect, it } from 'vitest';
import { reminderNotification } from '../../../../../src/features/time/header-timer/reminder-messages';

describe('reminderNotification', () => {
  it('asks to start a timer during working hours, naming the shortcut when there is one', () => {
    const withShortcut = reminderNotification('startTracking', { shortcut: 'Ctrl+Shift+T', running: null });
    expect(withShortcut.title).toBe('No timer is running');
    expect(withShortcut.body).toContain('with Ctrl+Shift+T');
    expect(reminderNotification('startTracking', { shortcut: '', running: null }).body).toBe(
      'It is within your working hours. Start a timer from the timer bar to track what you are doing.',
    );
  });

  it('warns about a long timer with its label, start and hours', () => {
    const notification = reminderNotification('longTimer', { shortcut: '', running: { label: 'Chart legend', startedAt: '08:15', hours: 9 } });
    expect(notification.title).toBe('Your timer has run for 9 hours');
    expect(notification.body).toContain('“Chart legend” has been running since 08:15');
    expect(reminderNotification('longTimer', { shortcut: '', running: { label: 'x', startedAt: '08:15', hours: 1 } }).title).toBe('Your timer has run for 1 hour');
  });
});
