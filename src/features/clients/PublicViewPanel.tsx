import { useDisplayLocale } from '../../shared/settings-context';
import type { ClientPublicView, PublicProject } from '../../domain/clients/client-public-view';
import { countryName } from '../../domain/clients/client-codes';
import { StarRating } from '../../ui/StarRating';
import { formatDay, formatDayRange } from '../../shared/date-display';
import styles from './PublicViewPanel.module.css';

function ProjectDates({ project }: { project: PublicProject }) {
  const locale = useDisplayLocale();
  if (project.startDate === undefined) return null;
  return <span className={styles.dates}>{formatDayRange(project.startDate, project.endDate, locale)}</span>;
}

function withheldNote(count: number): string {
  const what = count === 1 ? '1 text is' : `${count} texts are`;
  return `${what} left out because they mention this client’s name, company, email, address or tax ID. Reword them to show them.`;
}

/**
 * Exactly what may appear outside the app about this client, drawn from the same public view the portfolio and
 * proposal evidence use: a confidential client by alias only, and never anyone's email, address or tax ID.
 */
export function PublicViewPanel({ view }: { view: ClientPublicView }) {
  const locale = useDisplayLocale();
  const place = [view.industry, view.country === undefined ? undefined : (countryName(view.country, locale) ?? view.country)].filter((part) => part !== undefined);
  return (
    <section className={`card ${styles.panel}`} aria-label="Public view">
      <div className="card-header">
        <div>
          <h2>Public view</h2>
          <p>How your portfolio, exports and proposal evidence show this client.</p>
        </div>
      </div>
      <div className={`card-body ${styles.body}`}>
        <div>
          <p className={styles.name}>{view.shownAs ?? 'A confidential client'}</p>
          {view.company !== undefined && <p className={styles.line}>{view.company}</p>}
          {place.length > 0 && <p className={styles.line}>{place.join(' · ')}</p>}
          {view.confidential && <p className={styles.nda}>Under NDA: shown by alias only</p>}
        </div>

        {view.projects.length === 0 ? (
          <p className={styles.empty}>No project for this client is in your portfolio yet. Turn on “Show in portfolio” on a project to list it here.</p>
        ) : (
          <ul className={styles.projects} aria-label="Projects shown">
            {view.projects.map((project, index) => (
              <li key={index} className={styles.project}>
                <div className={styles.projectHead}>
                  <strong>{project.name ?? 'Untitled project'}</strong>
                  <ProjectDates project={project} />
                </div>
                {project.summary !== undefined && <p>{project.summary}</p>}
                {project.outcome !== undefined && <p className={styles.outcome}>{project.outcome}</p>}
                {project.skills.length > 0 && (
                  <ul className={styles.skills} aria-label="Skills">
                    {project.skills.map((skill) => (
                      <li key={skill}>{skill}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}

        {view.testimonials.length > 0 && (
          <ul className={styles.testimonials} aria-label="Testimonials">
            {view.testimonials.map((testimonial, index) => (
              <li key={index}>
                <StarRating ratingTenths={testimonial.ratingTenths} />
                {testimonial.comment !== undefined && <blockquote>“{testimonial.comment}”</blockquote>}
                <p className={styles.line}>
                  {[testimonial.projectName, testimonial.date === undefined ? undefined : formatDay(testimonial.date, locale)].filter((part) => part !== undefined).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}

        {view.withheldCount > 0 && <p className={styles.withheld}>{withheldNote(view.withheldCount)}</p>}
      </div>
    </section>
  );
}
