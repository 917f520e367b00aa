import { useDisplayLocale } from '../../shared/settings-context';
import { Badge } from '../../ui/Badge';
import { formatDayRange } from '../../shared/date-display';
import type { PortfolioProjectPreview } from './portfolio-preview';
import styles from './portfolio.module.css';

/** Each visible project as the export will present it, the client named as others may see it. */
export function PortfolioProjects({ previews }: { previews: readonly PortfolioProjectPreview[] }) {
  const locale = useDisplayLocale();
  return (
    <ul className={styles.projects} aria-label="Projects in the portfolio">
      {previews.map(({ project, clientShownAs, clientConfidential }) => (
        <li key={project.id} className={`card card-body ${styles.project}`}>
          <div className={styles.projectHeader}>
            <h3 className={styles.projectName}>{project.name}</h3>
            <span className="muted small">{formatDayRange(project.startDate, project.endDate, locale)}</span>
          </div>
          <p className={styles.projectClient}>
            for {clientShownAs}
            {clientConfidential && <Badge tone="warning">Confidential</Badge>}
          </p>
          <dl className={`key-values ${styles.projectFacts}`}>
            <dt>Summary</dt>
            <dd>{project.portfolio.summary === '' ? <span className="muted">None yet</span> : project.portfolio.summary}</dd>
            <dt>Outcome</dt>
            <dd>{project.portfolio.outcome === '' ? <span className="muted">None yet</span> : project.portfolio.outcome}</dd>
            {project.skills.length > 0 && (
              <>
                <dt>Skills</dt>
                <dd>{project.skills.join(', ')}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
