import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The calendar day an instant falls on in a zone, `YYYY-MM-DD`. */
export function localDayKey(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** The calendar month an instant falls on in a zone, `YYYY-MM`. */
export function localMonthKey(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM');
}
