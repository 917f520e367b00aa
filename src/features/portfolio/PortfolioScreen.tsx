import { AreaIcon } from '../../ui/AreaIcon';
import { useSettings } from '../../shared/use-settings';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ConfidentialClients } from './ConfidentialClients';
import { CredentialsTable } from './CredentialsTable';
import { confidentialClientPreviews, portfolioProjectPreviews, portfolioTestimonials } from './portfolio-preview';
import { PortfolioProfile } from './PortfolioProfile';
import { PortfolioProjects } from './PortfolioProjects';
import { PortfolioTestimonials } from './PortfolioTestimonials';
import { usePortfolioSources } from './use-portfolio';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A preview of what the exported portfolio will contain, and what it will keep back. */
export function PortfolioScreen() {
  const sources = usePortfolioSources();
  const settings = useSettings();

  if (sources === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Portfolio" />
      </div>
    );
  }

  if (sources.projects.length === 0 && sources.credentials.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Portfolio" />
        <EmptyState
          icon={<AreaIcon area="portfolio" />}
          title="Nothing to show yet"
          description={
            <>
              <p>
                Your portfolio is built from your own records: the projects you choose to show, what clients said about them, and your
                credentials. You own it, it survives leaving any marketplace, and a prospect can verify it.
              </p>
              <p>
                Each project carries its own portfolio entry: whether to show it, a short summary and the outcome.
                Clients under NDA appear only by an alias you choose. Load demo data to see a finished portfolio.
              </p>
            </>
          }
          actions={<DemoDataButton variant="primary" />}
        />
      </div>
    );
  }

  const projects = portfolioProjectPreviews(sources.projects, sources.clientsById);
  const testimonials = portfolioTestimonials(sources.feedback, projects);
  const aliases = confidentialClientPreviews(sources.clients);

  return (
    <div className="page">
      <PageHeader
        title="Portfolio"
        description={`The export will hold ${count(projects.length, 'project', 'projects')}, ${count(testimonials.length, 'testimonial', 'testimonials')} and ${count(sources.credentials.length, 'credential', 'credentials')}. Confidential clients appear only by their alias.`}
      />
      <div className="stack-lg">
        <PortfolioProfile profile={settings.portfolioProfile} businessName={settings.business.name} />
        <ConfidentialClients lines={aliases} />
        <section className="section" aria-labelledby="portfolio-projects-title">
          <h2 id="portfolio-projects-title" className="section-title">
            Projects
          </h2>
          {projects.length === 0 ? (
            <EmptyState
              title="No projects in your portfolio yet"
              description={
                <p>
                  Projects stay private until they are marked to be shown, each with a short summary and the outcome. Finished
                  projects with good feedback make the strongest entries.
                </p>
              }
            />
          ) : (
            <PortfolioProjects previews={projects} />
          )}
        </section>
        <section className="section" aria-labelledby="portfolio-testimonials-title">
          <h2 id="portfolio-testimonials-title" className="section-title">
            Testimonials
          </h2>
          <PortfolioTestimonials testimonials={testimonials} />
        </section>
        <section className="section" aria-labelledby="portfolio-credentials-title">
          <h2 id="portfolio-credentials-title" className="section-title">
            Credentials
          </h2>
          <CredentialsTable credentials={sources.credentials} />
        </section>
      </div>
    </div>
  );
}
