import type { Project } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import styles from './ProjectDetailPage.module.css';

/** What the portfolio says about the project, or that it stays private. */
export function ProjectPortfolio({ project }: { project: Project }) {
  const { portfolio } = project;
  const empty = portfolio.summary === '' && portfolio.outcome === '' && (portfolio.link ?? '') === '';
  return (
    <section className="card" aria-labelledby="project-portfolio-title">
      <div className="card-header">
        <div>
          <h2 id="project-portfolio-title">Portfolio</h2>
          <p>{portfolio.visible ? 'Listed in your portfolio and its exports.' : 'Kept out of your portfolio.'}</p>
        </div>
        {portfolio.visible ? <Badge tone="accent">Shown</Badge> : <Badge>Private</Badge>}
      </div>
      <div className="card-body">
        {empty ? (
          <p className="muted small">No summary, outcome or link yet. Edit the project to write what others will read.</p>
        ) : (
          <dl className={`key-values ${styles.details}`}>
            {portfolio.summary !== '' && (
              <>
                <dt>Summary</dt>
                <dd>{portfolio.summary}</dd>
              </>
            )}
            {portfolio.outcome !== '' && (
              <>
                <dt>Outcome</dt>
                <dd>{portfolio.outcome}</dd>
              </>
            )}
            {portfolio.link !== undefined && portfolio.link !== '' && (
              <>
                <dt>Link</dt>
                <dd className={styles.link}>{portfolio.link}</dd>
              </>
            )}
          </dl>
        )}
      </div>
    </section>
  );
}
