import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Project } from '../../../domain/model';
import { explainScoreChange, type ContractAssessment, type PreparedJobSuccess } from '../../../domain/reputation/job-success';
import { CHANGE_KIND_LABELS, formatPoints, formatWeight, OUTCOME_LABELS } from '../../../domain/reputation/outcome-text';
import { isoDateSchema } from '../../../domain/model';
import { formatDay } from '../../../shared/date-display';
import { HowComputed } from './HowComputed';
import sectionStyles from './OverviewSection.module.css';
import styles from './ScoreChangeSection.module.css';

function countsAs(assessment: ContractAssessment | undefined, locale: string): string {
  return assessment === undefined ? 'Not in any window' : `${OUTCOME_LABELS[assessment.outcome]} (weight ${formatWeight(assessment.weightQuarters, locale)})`;
}

/** Two days and the contracts that moved the score between them, each with its points. */
export function ScoreChangeSection({ prepared, today, initialFrom, projectsById, locale }: { prepared: PreparedJobSuccess; today: string; initialFrom: string; projectsById: ReadonlyMap<string, Project>; locale: string }) {
  const headingId = useId();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(today);
  const fromValid = isoDateSchema.safeParse(from).success;
  const toValid = isoDateSchema.safeParse(to).success;
  const change = useMemo(() => (fromValid && toValid ? explainScoreChange(prepared, from, to) : undefined), [prepared, from, to, fromValid, toValid]);
  const total = change?.changes.reduce((sum, item) => sum + item.pointsTenths, 0) ?? 0;

  return (
    <section className={sectionStyles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Why it changed</h2>
      <div className={styles.days}>
        <label className="field">
          <span className="field-label">From</span>
          <input type="date" value={from} max={today} onChange={(event) => setFrom(event.target.value)} aria-invalid={!fromValid} />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input type="date" value={to} max={today} onChange={(event) => setTo(event.target.value)} aria-invalid={!toValid} />
        </label>
      </div>
      {change === undefined ? (
        <p className="field-error" role="alert">
          Enter both days as full dates to compare them.
        </p>
      ) : (
        <>
          <p className={styles.summary} role="status">
            {change.from.scoreTenths === undefined ? `No score on ${formatDay(from, locale)}` : `${formatPoints(change.from.scoreTenths, locale)} on ${formatDay(from, locale)}`}
            {' → '}
            {change.to.scoreTenths === undefined ? `no score on ${formatDay(to, locale)}` : `${formatPoints(change.to.scoreTenths, locale)} on ${formatDay(to, locale)}`}
            {change.differenceTenths !== undefined && <strong>{`: ${formatPoints(change.differenceTenths, locale, { signed: true })} points`}</strong>}
          </p>
          {change.changes.length === 0 ? (
            <p className="muted">No contract entered or left a window, or counts differently, between these days.</p>
          ) : (
            <div className="data-table-wrap">
              <table className="data-table" aria-label="What moved the score">
                <thead>
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">What changed</th>
                    <th scope="col">Counted as</th>
                    <th scope="col" className="numeric">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {change.changes.map((item) => {
                    const project = projectsById.get(item.contractId);
                    return (
                      <tr key={item.contractId}>
                        <td>{project === undefined ? 'Deleted project' : <Link to={`/projects/${project.id}`}>{project.name}</Link>}</td>
                        <td>{CHANGE_KIND_LABELS[item.kind]}</td>
                        <td>
                          {countsAs(item.before, locale)} → {countsAs(item.after, locale)}
                        </td>
                        <td className={`numeric ${item.pointsTenths > 0 ? styles.up : item.pointsTenths < 0 ? styles.down : ''}`}>{formatPoints(item.pointsTenths, locale, { signed: true })}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      Total
                    </th>
                    <td className="numeric">{formatPoints(total, locale, { signed: true })}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      )}
      <HowComputed>
        <p>
          Repute scores both days, then applies the contracts that differ one at a time: those that entered a window first, those that count differently
          next, those that left last. Each is credited with how much the score moved at its step, so the points add up exactly to the change.
        </p>
      </HowComputed>
    </section>
  );
}
