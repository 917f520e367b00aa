import type { ReminderKind } from '../../../domain/time-tracking/reminders';
import type { HostNotification } from '../../../platform/contract';

export interface ReminderContext {
  /** How the global shortcut is written on this platform, or empty when there is none. */
  shortcut: string;
  running: { label: string; startedAt: string; hours: number } | null;
}

/** The words of a due reminder, for a system notification or, where there is none, the app's own toast. */
export function reminderNotification(kind: ReminderKind, context: ReminderContext): HostNotification {
  if (kind === 'longTimer' && context.running !== null) {
    const { label, startedAt, hours } = context.running;
    return {
      title: `Your timer has run for ${hours} ${hours === 1 ? 'hour' : 'hours'}`,
      body: `“${label}” has been running since ${startedAt}. Stop it if you have finished, so the hours stay true.`,
    };
  }
  const how = context.shortcut === '' ? 'from the timer bar' : `from the timer bar or with ${context.shortcut}`;
  return { title: 'No timer is running', body: `It is within your working hours. Start a timer ${how} to track what you are doing.` };
}
