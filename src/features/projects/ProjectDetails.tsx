import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { publicClientName } from '../../domain/clients/client-display';
import type { Client, Project, Proposal } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { formatDay } from '../../shared/date-display';
import { PROJECT_END_REASON_LABELS, PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES } from './project-labels';
import { ProjectBilling } from './ProjectBilling';
import styles from './ProjectDetailPage.module.css';
import { ProjectSkills } from './ProjectSkills';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const NONE = <span className="muted">—</span>;

/** The project's record: who it is for, how it is billed, when it runs, what it took. */
export function ProjectDetails({ project, client, proposal }: { project: Project; client: Client | undefined; proposal: Proposal | undefined }) {
  const locale = useDisplayLocale();
  const day = (value: string | undefined) => (value === undefined ? NONE : formatDay(value, locale));
  return (
    <section className="card" aria-labelledby="project-details-title">
      <div className="card-header">
        <h2 id="project-details-title">Details</h2>
      </div>
      <div className="card-body">
        <dl className={`key-values ${styles.details}`}>
          <Row label="Client">
            {client === undefined ? (
              <span className="muted">Unknown client</span>
            ) : (
              <span className={`stack-sm ${styles.detailsClient}`}>
                <Link to={`/clients/${client.id}`}>{client.name}</Link>
                {client.confidential && <span className="small muted">Shown as {publicClientName(client)}</span>}
              </span>
            )}
          </Row>
          <Row label="Status">
            <Badge tone={PROJECT_STATUS_TONES[project.status]}>{PROJECT_STATUS_LABELS[project.status]}</Badge>
          </Row>
          <Row label="Billing">
            <ProjectBilling billing={project.billing} currency={project.currency} />
          </Row>
          <Row label="Currency">{project.currency}</Row>
          <Row label="Start">{day(project.startDate)}</Row>
          <Row label="Due">{day(project.dueDate)}</Row>
          <Row label="End">{day(project.endDate)}</Row>
          {project.endReason !== undefined && <Row label="Why it ended">{PROJECT_END_REASON_LABELS[project.endReason]}</Row>}
          <Row label="Skills">
            <ProjectSkills skills={project.skills} />
          </Row>
          {proposal !== undefined && (
            <Row label="Proposal">
              <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
            </Row>
          )}
        </dl>
        {project.description !== undefined && <p className={styles.description}>{project.description}</p>}
      </div>
    </section>
  );
}
