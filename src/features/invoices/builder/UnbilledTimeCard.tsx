import type { TimeLineGrouping } from '../../../domain/invoices/invoice-lines';
import type { RoundingRule, TimeEntry } from '../../../domain/model';
import { localDayKey } from '../../../domain/time';
import { roundDurationMs } from '../../../domain/time-tracking/rounding';
import { Button } from '../../../ui/Button';
import { Duration } from '../../../ui/Duration';
import { SelectField } from '../../../ui/Field';
import { formatClockTime, formatDay } from '../../../shared/date-display';
import { GROUPING_OPTIONS, isTimeLineGrouping } from './builder-state';
import { roundingRuleLabel } from './rounding-label';
import card from './builder-card.module.css';
import styles from './UnbilledTimeCard.module.css';

interface UnbilledTimeCardProps {
  entries: readonly TimeEntry[];
  excludedIds: ReadonlySet<string>;
  projectNames: ReadonlyMap<string, string>;
  grouping: TimeLineGrouping;
  rounding: RoundingRule;
  roundingSource: string;
  timeZone: string;
  locale: string;
  onGroupingChange: (grouping: TimeLineGrouping) => void;
  onSelect: (entryIds: readonly string[], selected: boolean) => void;
}

function durationOf(entry: TimeEntry): number {
  return (entry.end ?? entry.start) - entry.start;
}

interface DayGroup {
  day: string;
  entries: TimeEntry[];
}

function byDay(entries: readonly TimeEntry[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of entries) {
    const day = localDayKey(entry.start, timeZone);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/** The period's unbilled entries, each with a checkbox, grouped by day; how they become lines is chosen above them. */
export function UnbilledTimeCard({ entries, excludedIds, projectNames, grouping, rounding, roundingSource, timeZone, locale, onGroupingChange, onSelect }: UnbilledTimeCardProps) {
  const selected = entries.filter((entry) => !excludedIds.has(entry.id));
  const trackedMs = selected.reduce((sum, entry) => sum + durationOf(entry), 0);
  const billedMs = selected.reduce((sum, entry) => sum + roundDurationMs(durationOf(entry), rounding), 0);
  const allIds = entries.map((entry) => entry.id);

  return (
    <section className={`card ${card.card}`} aria-labelledby="builder-time-title">
      <div className={card.header}>
        <div>
          <h2 id="builder-time-title">Unbilled time</h2>
          <p>
            {entries.length === 0 ? (
              'No unbilled billable time in this period.'
            ) : (
              <>
                {selected.length} of {entries.length} {entries.length === 1 ? 'entry' : 'entries'} ticked · <Duration ms={trackedMs} /> tracked
                {billedMs !== trackedMs && (
                  <>
                    , <Duration ms={billedMs} /> after rounding
                  </>
                )}
              </>
            )}
          </p>
        </div>
        <SelectField
          label="Grouping"
          fieldClassName={styles.grouping}
          value={grouping}
          options={GROUPING_OPTIONS}
          onChange={(event) => {
            if (isTimeLineGrouping(event.target.value)) onGroupingChange(event.target.value);
          }}
        />
      </div>
      <p className={styles.rounding}>
        <span className={styles.roundingLabel}>Rounding</span> {roundingRuleLabel(rounding)} <span className="muted">({roundingSource})</span>
      </p>
      {entries.length > 0 && (
        <>
          <div className={styles.entryTools}>
            <Button size="sm" variant="ghost" onClick={() => onSelect(allIds, true)} disabled={selected.length === entries.length}>
              Tick all
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onSelect(allIds, false)} disabled={selected.length === 0}>
              Untick all
            </Button>
          </div>
          <div className={styles.entries}>
            {byDay(entries, timeZone).map((group) => {
              const dayText = formatDay(group.day, locale);
              return (
                <div key={group.day} className={styles.day} role="group" aria-label={dayText}>
                  <h3 className={styles.dayTitle}>{dayText}</h3>
                  <ul className={styles.entryList}>
                    {group.entries.map((entry) => {
                      const id = `entry-${entry.id}`;
                      const projectName = projectNames.get(entry.projectId) ?? 'Unknown project';
                      const description = entry.description.trim() === '' ? projectName : entry.description.trim();
                      const isSelected = !excludedIds.has(entry.id);
                      return (
                        <li key={entry.id} className={[styles.entry, !isSelected && styles.entryOff].filter(Boolean).join(' ')}>
                          <input id={id} type="checkbox" checked={isSelected} onChange={(event) => onSelect([entry.id], event.target.checked)} />
                          <label htmlFor={id} className={styles.entryText}>
                            <span className="visually-hidden">{dayText} </span>
                            <span className={styles.entryDescription}>{description}</span>
                          </label>
                          <span className={styles.entryProject}>{projectName}</span>
                          <span className={styles.entryTime}>
                            {formatClockTime(entry.start, timeZone, locale)}–{entry.end === null ? '' : formatClockTime(entry.end, timeZone, locale)}
                          </span>
                          <span className={styles.entryDuration}>
                            <Duration ms={durationOf(entry)} />
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
