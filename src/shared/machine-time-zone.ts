/** How long the machine's zone is taken as known: a laptop that travels is seen in its new zone within a minute. */
const REREAD_AFTER_MS = 60_000;

let known: { zone: string; readAt: number } | undefined;

/**
 * The machine's time zone, as the runtime reports it. Asking builds a date formatter, which costs far more than the
 * rest of a render, and every screen asks on every render until Settings are read; so the answer is kept a minute.
 */
export function machineTimeZone(now: number = Date.now()): string {
  if (known === undefined || now - known.readAt >= REREAD_AFTER_MS || now < known.readAt) {
    known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  }
  return known.zone;
}
