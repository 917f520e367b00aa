/** How headline figures are written: shares as percentages, waits in hours or days. */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** "67 %" from a share between 0 and 1. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A wait as people say it: "5 hours", "2.5 days". */
export function formatWait(ms: number, locale: string): string {
  if (ms < DAY_MS) {
    const hours = Math.max(0, Math.round(ms / HOUR_MS));
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  const days = Math.round((ms / DAY_MS) * 10) / 10;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days)} ${days === 1 ? 'day' : 'days'}`;
}
