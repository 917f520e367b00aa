import { useDisplayLocale } from '../../shared/settings-context';
import type { ClientPublicView, PublicProject } from '../../domain/clients/client-public-view';
import { countryName } from '../../domain/clients/client-codes';
import { StarRating } from '../../ui/StarRating';
import { formatDay, formatDayRange } from '../../shared/date-display';

function ProjectDates({ project }: { project: PublicProject }) {
  const locale = useDisplayLocale();
  if (project.startDate === undefined) return null;
  return <span className="public-view-dates">{formatDayRange(project.startDate, project.endDate, locale)}</span>;
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
    <section className="card public-view" aria-label="Public view">
      <div className="card-header">
        <div>
          <h2>Public view</h2>
          <p>How your portfolio, exports and proposal evidence show this client.</p>
        </div>
      </div>
      <div className="card-body public-view-body">
        <div className="public-view-identity">
          <p className="public-view-name">{view.shownAs ?? 'A confidential client'}</p>
          {view.company !== undefined && <p className="public-view-line">{view.company}</p>}
          {place.length > 0 && <p className="public-view-line">{place.join(' · ')}</p>}
          {view.confidential && <p className="public-view-nda">Under NDA: shown by alias only</p>}
        </div>

        {view.projects.length === 0 ? (
          <p className="public-view-empty">No project for this client is in your portfolio yet. Turn on “Show in portfolio” on a project to list it here.</p>
        ) : (
          <ul className="public-view-projects" aria-label="Projects shown">
            {view.projects.map((project, index) => (
              <li key={index} className="public-view-project">
                <div className="public-view-project-head">
                  <strong>{project.name ?? 'Untitled project'}</strong>
                  <ProjectDates project={project} />
                </div>
                {project.summary !== undefined && <p>{project.summary}</p>}
                {project.outcome !== undefined && <p className="public-view-outcome">{project.outcome}</p>}
                {project.skills.length > 0 && (
                  <ul className="public-view-skills" aria-label="Skills">
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
          <ul className="public-view-testimonials" aria-label="Testimonials">
            {view.testimonials.map((testimonial, index) => (
              <li key={index}>
                <StarRating ratingTenths={testimonial.ratingTenths} />
                {testimonial.comment !== undefined && <blockquote>“{testimonial.comment}”</blockquote>}
                <p className="public-view-line">
                  {[testimonial.projectName, testimonial.date === undefined ? undefined : formatDay(testimonial.date, locale)].filter((part) => part !== undefined).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}

        {view.withheldCount > 0 && <p className="public-view-withheld">{withheldNote(view.withheldCount)}</p>}
      </div>
    </section>
  );
}
