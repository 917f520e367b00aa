import { useId, useMemo, useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { TimeEntry } from '../../domain/model';
import { timesheetGrid } from '../../domain/time-tracking/timesheet-grid';
import { dayTimeEndsInFuture } from '../../domain/time';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { Duration } from '../../ui/Duration';
import { firstErrorMessage } from './entry-labels';
import { ProjectCombobox, ProjectDot } from './ProjectCombobox';
import type { TimeReference } from './use-time-reference-query';
import { useEntryCommands } from './use-entry-commands';
import { futureDayTimeMessage } from './unusual-entry-message';
import { longDayName, readWeekCell, shortDayParts, weekCellLabel, weekCellText } from './week-grid-cells';
import styles from './week-grid.module.css';
import { compareNames } from '../../shared/compare-names';

interface WeekGridProps {
  days: readonly string[];
  today: string;
  entries: readonly TimeEntry[];
  reference: TimeReference;
  timeZone: string;
  now: number;
}

interface CellProblem {
  key: string;
  message: string;
}

/** A cell's new time waiting for the user to confirm it, since some of it would lie in the future. */
interface CellToConfirm {
  projectId: string;
  day: string;
  key: string;
  ms: number;
}

/** A column's class, marked when the column is today. */
function todayClass(columnClass: string | undefined, isToday: boolean): string | undefined {
  return isToday ? [columnClass, styles.weekGridToday].filter(Boolean).join(' ') : columnClass;
}

/**
 * The week as a timesheet: a row per project, a column per day, totals along both edges. Typing a duration into a
 * cell sets that project's time for the day (adding an entry for more time, trimming the latest for less); the
 * totals follow as the entries change.
 */
export function WeekGrid({ days, today, entries, reference, timeZone, now }: WeekGridProps) {
  const locale = useDisplayLocale();
  const announce = useAnnounce();
  const { setProjectDayTime } = useEntryCommands();
  const problemId = useId();
  const [addedProjectIds, setAddedProjectIds] = useState<string[]>([]);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [problem, setProblem] = useState<CellProblem | null>(null);
  const [toConfirm, setToConfirm] = useState<CellToConfirm | null>(null);

  const grid = useMemo(() => timesheetGrid(entries, days, timeZone, now, { includeProjectIds: addedProjectIds }), [entries, days, timeZone, now, addedProjectIds]);
  const rows = useMemo(
    () =>
      [...grid.rows].sort((a, b) => {
        const projectA = reference.projectsById.get(a.projectId);
        const projectB = reference.projectsById.get(b.projectId);
        const clientA = projectA === undefined ? '' : (reference.clientsById.get(projectA.clientId)?.name ?? '');
        const clientB = projectB === undefined ? '' : (reference.clientsById.get(projectB.clientId)?.name ?? '');
        return compareNames(clientA, clientB) || compareNames(projectA?.name ?? '', projectB?.name ?? '');
      }),
    [grid.rows, reference],
  );
  const shownProjectIds = new Set(rows.map((row) => row.projectId));
  const addableOptions = reference.projectOptions.filter((option) => !shownProjectIds.has(option.id));

  const setDraft = (key: string, text: string | undefined) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      if (text === undefined) next.delete(key);
      else next.set(key, text);
      return next;
    });
  };

  const commit = async (projectId: string, day: string, key: string, shownText: string) => {
    const text = drafts.get(key);
    if (text === undefined || text.trim() === shownText) {
      setDraft(key, undefined);
      if (problem?.key === key) setProblem(null);
      return;
    }
    const read = readWeekCell(text);
    if (!read.ok) {
      setProblem({ key, message: read.error });
      return;
    }
    if (toConfirm?.key === key) return;
    const shown = readWeekCell(shownText);
    const more = !shown.ok || read.ms > shown.ms;
    if (more && dayTimeEndsInFuture(day, timeZone, read.ms, now)) {
      setToConfirm({ projectId, day, key, ms: read.ms });
      return;
    }
    await write({ projectId, day, key, ms: read.ms });
  };

  const write = async ({ projectId, day, key, ms }: CellToConfirm) => {
    const result = await setProjectDayTime({ projectId, day, timeZone, ms });
    if (!result.ok) {
      setProblem({ key, message: result.errors.ms ?? firstErrorMessage(result.errors) });
      return;
    }
    setDraft(key, undefined);
    if (problem?.key === key) setProblem(null);
    announce(`${reference.projectNames.get(projectId) ?? 'Project'}, ${longDayName(day, locale)}: ${ms === 0 ? 'cleared' : `set to ${weekCellText(ms)}`}`, 'success');
  };

  const revert = (key: string) => {
    setDraft(key, undefined);
    if (problem?.key === key) setProblem(null);
  };

  return (
    <div className={styles.weekGridCard}>
      <div className={styles.weekGridScroll}>
        <table className={styles.weekGrid} aria-label="Week timesheet">
          <thead>
            <tr>
              <th scope="col" className={styles.weekGridProjectHeading}>
                Project
              </th>
              {days.map((day) => {
                const parts = shortDayParts(day, locale);
                return (
                  <th key={day} scope="col" className={todayClass(styles.weekGridDay, day === today)} aria-label={longDayName(day, locale)}>
                    <span className={styles.weekGridWeekday}>{parts.weekday}</span>
                    <span className={styles.weekGridDate}>{parts.dayOfMonth}</span>
                  </th>
                );
              })}
              <th scope="col" className={styles.weekGridTotalHeading}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={days.length + 2} className={styles.weekGridEmpty}>
                  Nothing tracked this week. Add a project below and type hours into its days.
                </td>
              </tr>
            )}
            {rows.map((row) => {
              const project = reference.projectsById.get(row.projectId);
              const projectName = project?.name ?? 'Unknown project';
              const clientName = project === undefined ? undefined : reference.clientsById.get(project.clientId)?.name;
              return (
                <tr key={row.projectId}>
                  <th scope="row" className={styles.weekGridProject}>
                    <span className={styles.weekGridProjectLine}>
                      <ProjectDot projectId={row.projectId} />
                      <span className={styles.weekGridProjectName}>{projectName}</span>
                    </span>
                    {clientName !== undefined && <span className={styles.weekGridClient}>{clientName}</span>}
                  </th>
                  {days.map((day, index) => {
                    const key = `${row.projectId}|${day}`;
                    const ms = row.days[index] ?? 0;
                    const shownText = weekCellText(ms);
                    const invalid = problem?.key === key;
                    return (
                      <td key={day} className={todayClass(styles.weekGridCell, day === today)}>
                        <input
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={weekCellLabel(projectName, day, locale)}
                          aria-invalid={invalid ? true : undefined}
                          aria-describedby={invalid ? problemId : undefined}
                          placeholder="–"
                          value={drafts.get(key) ?? shownText}
                          onChange={(event) => setDraft(key, event.target.value)}
                          onBlur={() => void commit(row.projectId, day, key, shownText)}
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') {
                              event.preventDefault();
                              void commit(row.projectId, day, key, shownText);
                            } else if (event.key === 'Escape') {
                              event.preventDefault();
                              revert(key);
                            }
                          }}
                        />
                      </td>
                    );
                  })}
                  <td className={styles.weekGridRowTotal} aria-label={`${projectName}, week total`}>
                    <Duration ms={row.total} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {days.map((day, index) => (
                <td key={day} className={todayClass(styles.weekGridDayTotal, day === today)} aria-label={`${longDayName(day, locale)}, total`}>
                  <Duration ms={grid.dayTotals[index] ?? 0} />
                </td>
              ))}
              <td className={styles.weekGridGrandTotal} aria-label="Week total">
                <Duration ms={grid.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className={styles.weekGridFooter}>
        <div className={styles.weekGridAdd}>
          <ProjectCombobox
            ariaLabel="Add a project row"
            placeholder="Add a project row…"
            options={addableOptions}
            recentIds={reference.recentProjectIds}
            value={undefined}
            onChange={(projectId) => setAddedProjectIds((previous) => (previous.includes(projectId) ? previous : [...previous, projectId]))}
          />
        </div>
        <p id={problemId} className={problem === null ? 'muted small' : styles.weekGridProblem} role={problem === null ? undefined : 'alert'}>
          {problem === null ? 'Type 1:30, 1h30, 90m or 1.5 into a day; clear it to remove that day’s time.' : problem.message}
        </p>
      </div>
      <ConfirmDialog
        open={toConfirm !== null}
        title="Save time in the future?"
        message={toConfirm === null ? '' : futureDayTimeMessage(toConfirm.ms, longDayName(toConfirm.day, locale))}
        confirmLabel="Save anyway"
        cancelLabel="Keep editing"
        tone="primary"
        onConfirm={() => {
          if (toConfirm !== null) void write(toConfirm);
          setToConfirm(null);
        }}
        onCancel={() => setToConfirm(null)}
      />
    </div>
  );
}
