import { Button } from '../ui/Button';
import { formatClockTime, formatInstantDay } from './date-display';
import { useDisplayLocale } from './settings-context';
import { useDisplayTimeZone } from './use-display-time-zone';
import styles from './DraftNotice.module.css';

/** "14:05" for a draft typed today, "9 Mar 2026, 14:05" for an older one. */
function typedAt(instant: number, now: number, timeZone: string, locale: string): string {
  const clock = formatClockTime(instant, timeZone, locale);
  const day = formatInstantDay(instant, timeZone, locale);
  return day === formatInstantDay(now, timeZone, locale) ? clock : `${day}, ${clock}`;
}

/** Says that a form shows a restored draft rather than what is stored, and offers to go back to what is stored. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: number | undefined; onDiscard: () => void }) {
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  if (restoredAt === undefined) return null;
  return (
    <div role="status" className={styles.notice}>
      <p className={styles.text}>
        Restored your unsaved changes from {typedAt(restoredAt, Date.now(), timeZone, locale)}. They stay on this computer until you save or discard them.
      </p>
      <Button size="sm" onClick={onDiscard}>
        Discard changes
      </Button>
    </div>
  );
}
