import { formatDuration } from '../domain/time';

const MS_PER_MINUTE = 60_000;

/** The machine-readable form for `<time dateTime>`, e.g. "PT12H30M". */
function isoDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / MS_PER_MINUTE);
  return `PT${Math.floor(totalMinutes / 60)}H${totalMinutes % 60}M`;
}

/** A span of time shown as "12h 30m". */
export function Duration({ ms }: { ms: number }) {
  return (
    <time className="tabular duration" dateTime={isoDuration(ms)}>
      {formatDuration(ms, 'hours-minutes')}
    </time>
  );
}
