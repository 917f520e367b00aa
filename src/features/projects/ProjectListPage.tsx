import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { Button } from '../../ui/Button';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { projectsSummary } from './project-labels';
import { clientsWithProjects, DEFAULT_PROJECT_FILTER, filterProjects, type ProjectListFilter } from './project-list-view';
import { ProjectFilters } from './ProjectFilters';
import { ProjectsTable } from './ProjectsTable';
import { useProjects } from './use-projects';

function NewProjectButton({ variant }: { variant: 'primary' | 'secondary' }) {
  const navigate = useNavigate();
  return (
    // Keyed by variant: a button that changes variant in place would fade through unreadable colours.
    <Button key={variant} variant={variant} onClick={() => void navigate('/projects/new')}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      New project
    </Button>
  );
}

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
        <PageHeader title="Projects" actions={view.clientsById.size > 0 ? <NewProjectButton variant="primary" /> : undefined} />
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
      <PageHeader title="Projects" description={projectsSummary(view.projects)} actions={<NewProjectButton variant="primary" />} />
      <div className="stack">
        <ProjectFilters filter={filter} onChange={setFilter} clients={clientsWithProjects(view.projects, view.clientsById)} />
        <ProjectsTable projects={shown} clientsById={view.clientsById} budgetUsage={view.budgetUsage} emptyMessage="No projects match these filters." />
      </div>
    </div>
  );
}
