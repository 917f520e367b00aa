import { Link } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { projectsSummary } from './project-labels';
import { ProjectsTable } from './ProjectsTable';
import { useProjects } from './use-projects';
import './projects.css';

/** The work itself: what is billed how, what is running late, and what is worth showing off. */
export function ProjectsScreen() {
  const view = useProjects();

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Projects" />
      </div>
    );
  }

  if (view.projects.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Projects" />
        <EmptyState
          icon={<AreaIcon area="projects" />}
          title="No projects yet"
          description={
            <>
              <p>
                A project is one piece of work for a client: billed by the hour, for a fixed amount or not at all. Time, invoices and
                feedback hang off it, and it is what your portfolio shows.
              </p>
              <p>Projects belong to clients, so start with a client, or load demo data to look around.</p>
            </>
          }
          actions={
            <>
              <DemoDataButton variant="primary" />
              <Link to="/clients" className="button button-secondary">
                Go to Clients
              </Link>
            </>
          }
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Projects" description={projectsSummary(view.projects)} />
      <ProjectsTable projects={view.projects} clientsById={view.clientsById} />
    </div>
  );
}
