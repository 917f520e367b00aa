import { formatDuration, type UnusualEntry } from '../../domain/time';
import { dateFormatter, formatClockTime } from '../../shared/date-display';

const SAVE_ANYWAY = 'Save it anyway?';

/** "Friday 27 Nov at 12:00" in en-GB: when an entry ends, on its own wall clock. */
function endMoment(end: number, timeZone: string, locale: string): string {
  const day = dateFormatter(locale, { weekday: 'long', day: 'numeric', month: 'short', timeZone }).format(end);
  return `${day} at ${formatClockTime(end, timeZone, locale)}`;
}

/** The confirmation's question: what is unusual about the entry, in numbers the user can check against what they typed. */
export function unusualEntryMessage(unusual: UnusualEntry, end: number, timeZone: string, locale: string): string {
  const length = formatDuration(unusual.durationMs, 'hours-minutes');
  if (unusual.tooLong && unusual.endsInFuture) return `This entry is ${length} long and ends on ${endMoment(end, timeZone, locale)}, in the future. ${SAVE_ANYWAY}`;
  if (unusual.tooLong) return `This entry is ${length} long, more than a day. ${SAVE_ANYWAY}`;
  return `This entry ends on ${endMoment(end, timeZone, locale)}, in the future. ${SAVE_ANYWAY}`;
}

/** The week grid's question, when a day is given more time than has passed in it. */
export function futureDayTimeMessage(ms: number, dayName: string): string {
  return `${formatDuration(ms, 'hours-minutes')} on ${dayName} is more time than has passed that day, so some of it would end in the future. ${SAVE_ANYWAY}`;
}
