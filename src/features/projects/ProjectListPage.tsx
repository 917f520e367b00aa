import { useState } from 'react';
import { Link } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { NewRecordButton } from '../../ui/NewRecordButton';
import { PageHeader } from '../../ui/PageHeader';
import { projectsSummary } from './project-labels';
import { clientsWithProjects, DEFAULT_PROJECT_FILTER, filterProjects, type ProjectListFilter } from './project-list-view';
import { ProjectFilters } from './ProjectFilters';
import { ProjectsTable } from './ProjectsTable';
import { useProjects } from './use-projects';

/** The work itself: what is billed how, which budgets run hot, and what is worth showing off. */
export function ProjectListPage() {
  const [filter, setFilter] = useState<ProjectListFilter>(DEFAULT_PROJECT_FILTER);
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
        <PageHeader title="Projects" actions={view.clientsById.size > 0 ? <NewRecordButton to="/projects/new" label="New project" variant="primary" /> : undefined} />
        <EmptyState
          icon={<AreaIcon area="projects" />}
          title="No projects yet"
          description={
            <>
              <p>
                A project is one piece of work for a client: billed by the hour, for a fixed amount or not at all. Time, invoices and
                feedback hang off it, and it is what your portfolio shows.
              </p>
              <p>{view.clientsById.size > 0 ? 'Start one for a client you already have.' : 'Projects belong to clients, so start with a client, or load demo data to look around.'}</p>
            </>
          }
          actions={
            <>
              {view.clientsById.size === 0 && <DemoDataButton variant="primary" />}
              <Link to="/clients" className="button button-secondary">
                Go to Clients
              </Link>
            </>
          }
        />
      </div>
    );
  }

  const shown = filterProjects(view.projects, view.clientsById, filter);
  return (
    <div className="page">
      <PageHeader title="Projects" description={projectsSummary(view.projects)} actions={<NewRecordButton to="/projects/new" label="New project" variant="primary" />} />
      <div className="stack">
        <ProjectFilters filter={filter} onChange={setFilter} clients={clientsWithProjects(view.projects, view.clientsById)} />
        <ProjectsTable projects={shown} clientsById={view.clientsById} budgetUsage={view.budgetUsage} emptyMessage="No projects match these filters." />
      </div>
    </div>
  );
}
