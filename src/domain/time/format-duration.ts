export type DurationStyle = 'clock' | 'hours-minutes' | 'decimal';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_HUNDREDTH_HOUR = MS_PER_HOUR / 100;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A duration for display: 'clock' "1:05:09", 'hours-minutes' "1h 05m", 'decimal' "1.09" (hours, as timesheets and
 * invoices write them). Clock and hours-minutes drop the unshown seconds, so a running timer never shows a minute it
 * has not reached; decimal rounds to the nearest hundredth of an hour, halves away from zero. A negative duration (a
 * budget overrun, say) gets a leading minus.
 */
export function formatDuration(ms: number, style: DurationStyle): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatDuration: duration must be finite, got ${ms}`);
  const sign = ms < 0 ? '-' : '';
  const magnitude = Math.abs(ms);
  if (style === 'decimal') {
    const hundredths = Math.floor(magnitude / MS_PER_HUNDREDTH_HOUR + 0.5);
    const text = `${Math.floor(hundredths / 100)}.${twoDigits(hundredths % 100)}`;
    return hundredths === 0 ? text : `${sign}${text}`;
  }
  const hours = Math.floor(magnitude / MS_PER_HOUR);
  const minutes = Math.floor((magnitude % MS_PER_HOUR) / MS_PER_MINUTE);
  if (style === 'hours-minutes') {
    return hours === 0 && minutes === 0 ? '0h 00m' : `${sign}${hours}h ${twoDigits(minutes)}m`;
  }
  const seconds = Math.floor((magnitude % MS_PER_MINUTE) / MS_PER_SECOND);
  return hours === 0 && minutes === 0 && seconds === 0 ? '0:00:00' : `${sign}${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}`;
}
