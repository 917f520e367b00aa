import { useEffect, useRef } from 'react';
import type { Settings } from '../../../domain/model';
import { reminderDue } from '../../../domain/time-tracking/reminders';
import { host } from '../../../platform';
import type { Announce } from '../../../ui/Announcer';
import { reminderNotification, type ReminderContext } from './reminder-messages';

const CHECK_EVERY_MS = 60_000;

interface ReminderInputs {
  settings: Settings | undefined;
  timeZone: string;
  running: { start: number } | null | undefined;
  /** Builds the words at the moment a reminder fires. */
  context: () => ReminderContext;
  announce: Announce;
}

/**
 * Checks once a minute whether a reminder is due (working hours without a timer, or a timer running too long) and
 * shows it as a system notification, or as a toast where the host has no notifications.
 */
export function useReminders({ settings, timeZone, running, context, announce }: ReminderInputs): void {
  const lastTrack = useRef<number | null>(null);
  const lastLong = useRef<number | null>(null);
  const latest = useRef({ settings, timeZone, running, context, announce });
  useEffect(() => {
    latest.current = { settings, timeZone, running, context, announce };
  });

  useEffect(() => {
    const check = () => {
      const current = latest.current;
      if (current.settings === undefined || current.running === undefined) return;
      const now = Date.now();
      const due = reminderDue({
        now,
        timeZone: current.timeZone,
        schedule: current.settings.reminders,
        running: current.running,
        lastTrackReminderAt: lastTrack.current,
        lastLongTimerReminderAt: lastLong.current,
      });
      if (due === null) return;
      if (due === 'startTracking') lastTrack.current = now;
      else lastLong.current = now;
      const notification = reminderNotification(due, current.context());
      host
        .notify(notification)
        .then((shown) => {
          if (!shown) latest.current.announce(`${notification.title}. ${notification.body}`, 'neutral');
        })
        .catch(() => latest.current.announce(`${notification.title}. ${notification.body}`, 'neutral'));
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, []);
}
