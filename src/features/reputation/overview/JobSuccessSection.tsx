import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Client, Project } from '../../../domain/model';
import { JOB_SUCCESS_WINDOW_MONTHS, type JobSuccess, type JobSuccessWindowMonths, type WindowScore } from '../../../domain/reputation/job-success';
import { formatPoints, formatWeight, OUTCOME_LABELS, OUTCOME_REASONS } from '../../../domain/reputation/outcome-text';
import { Money } from '../../../ui/Money';
import { HowComputed } from './HowComputed';
import sectionStyles from './OverviewSection.module.css';
import styles from './JobSuccessSection.module.css';

interface JobSuccessSectionProps {
  jobSuccess: JobSuccess;
  impactTenths: ReadonlyMap<string, number>;
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
  baseCurrency: string;
  locale: string;
}

function windowName(months: JobSuccessWindowMonths): string {
  return `${months} months`;
}

function ContractsTable({ window, impactTenths, showImpact, projectsById, clientsById, baseCurrency, locale }: Omit<JobSuccessSectionProps, 'jobSuccess'> & { window: WindowScore; showImpact: boolean }) {
  const rows = [...window.assessments].sort((a, b) => Math.abs(impactTenths.get(b.contractId) ?? 0) - Math.abs(impactTenths.get(a.contractId) ?? 0) || b.weightQuarters - a.weightQuarters);
  if (rows.length === 0) return <p className="muted">No contract ended in this window, and none is a running long-term one.</p>;
  return (
    <div className="data-table-wrap">
      <table className="data-table" aria-label="Contracts behind the score">
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Client</th>
            <th scope="col">Counts as</th>
            <th scope="col" className="numeric">Weight</th>
            <th scope="col" className="numeric">Earned</th>
            {showImpact && <th scope="col" className="numeric">Impact</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((assessment) => {
            const project = projectsById.get(assessment.contractId);
            const impact = impactTenths.get(assessment.contractId) ?? 0;
            return (
              <tr key={assessment.contractId}>
                <td>{project === undefined ? 'Deleted project' : <Link to={`/projects/${project.id}`}>{project.name}</Link>}</td>
                <td>{clientsById.get(assessment.clientId)?.name ?? 'Deleted client'}</td>
                <td>
                  <span className={styles[assessment.outcome]}>{OUTCOME_LABELS[assessment.outcome]}</span>
                  <span className={styles.reason}>
                    {OUTCOME_REASONS[assessment.reason]}
                    {assessment.feedbackId !== undefined && (
                      <>
                        {' · '}
                        <Link to={`/reputation/feedback/${assessment.feedbackId}/edit`}>the feedback</Link>
                      </>
                    )}
                  </span>
                </td>
                <td className="numeric">{formatWeight(assessment.weightQuarters, locale)}</td>
                <td className="numeric">
                  <Money amountMinor={assessment.earnedBaseMinor} currency={baseCurrency} />
                </td>
                {showImpact && (
                  <td className={`numeric ${impact > 0 ? styles.up : impact < 0 ? styles.down : ''}`}>
                    {assessment.outcome === 'notCounted' ? '—' : formatPoints(impact, locale, { signed: true })}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The score, every input behind it and what each contract does to it. */
export function JobSuccessSection(props: JobSuccessSectionProps) {
  const { jobSuccess, locale } = props;
  const headingId = useId();
  const [chosen, setChosen] = useState<JobSuccessWindowMonths | undefined>(undefined);
  const shownMonths = chosen ?? jobSuccess.best?.months ?? 24;
  const shown = jobSuccess.windows.find((window) => window.months === shownMonths) ?? jobSuccess.windows[jobSuccess.windows.length - 1];
  const longest = jobSuccess.windows[jobSuccess.windows.length - 1];

  return (
    <section className={sectionStyles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Job success</h2>
      <div className={styles.headline}>
        {jobSuccess.scoreTenths === undefined ? (
          <div className={styles.noScore}>
            <p className={styles.noScoreTitle}>No score yet</p>
            <p className="muted">{longest?.missing}</p>
          </div>
        ) : (
          <p className={styles.score} aria-label={`Job success ${formatPoints(jobSuccess.scoreTenths, locale)} out of 100`}>
            {formatPoints(jobSuccess.scoreTenths, locale)}
            <span className={styles.outOf}> / 100</span>
          </p>
        )}
        <ul className={styles.windows} aria-label="Score by window">
          {jobSuccess.windows.map((window) => (
            <li key={window.months} className={window === jobSuccess.best ? styles.bestWindow : styles.window}>
              <span className={styles.windowName}>Last {windowName(window.months)}</span>
              <span className={styles.windowScore}>{window.scoreTenths === undefined ? '—' : formatPoints(window.scoreTenths, locale)}</span>
              <span className={styles.windowNote}>{window === jobSuccess.best ? 'Best: shown' : window.scoreTenths === undefined ? 'Not enough yet' : `${window.assessments.length} contracts`}</span>
            </li>
          ))}
        </ul>
      </div>

      {shown !== undefined && (
        <>
          <div className={styles.controls}>
            <h3 className={styles.subheading}>Which jobs move my score</h3>
            <label className={styles.windowPicker}>
              <span>Contracts of</span>
              <select value={shownMonths} onChange={(event) => setChosen(Number(event.target.value) as JobSuccessWindowMonths)}>
                {JOB_SUCCESS_WINDOW_MONTHS.map((months) => (
                  <option key={months} value={months}>
                    the last {windowName(months)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className={styles.inputs}>
            Successes {formatWeight(shown.successQuarters, locale)} − counted against {formatWeight(shown.failureQuarters, locale)}, over {formatWeight(shown.countedQuarters, locale)} counted (by weight), from {shown.eligibleContracts}{' '}
            eligible contracts and {shown.eligibleClients} clients{shown.scoreTenths === undefined ? `. ${shown.missing ?? ''}` : ` = ${formatPoints(shown.scoreTenths, locale)}`}
          </p>
          <ContractsTable {...props} window={shown} showImpact={shown === jobSuccess.best} />
        </>
      )}

      <HowComputed>
        <p>
          Counted: every contract that ended in the window, and every running long-term one (work in 3 or more months) with work in it. A contract the
          client cancelled before any work began never counts.
        </p>
        <p>
          Each counts as a success (rated 4.5 or more, long-term, or a rehire), as counted against you (rated below 3.0, or ended with no work
          delivered), or as neutral (no feedback, or rated 3.0 to 4.4). If the client stopped responding, only what speaks for you counts.
        </p>
        <p>
          Weight: earnings up to 250 {props.baseCurrency} weigh 1, up to 1,000 weigh 1.25, more weigh 1.5; plus 1 for every three months of paid
          work; at most 8.
        </p>
        <p>
          Score = (successes − counted against) ÷ everything counted, by weight, × 100, at least 0. The 6, 12 and 24-month windows are each scored
          and the best is shown; a window needs 2 eligible contracts from 2 clients. Impact is the score with the contract minus the score without it.
        </p>
      </HowComputed>
    </section>
  );
}
