import { useContext } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { localDayKey } from '../../domain/time/local-calendar';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from '../../ui/BackLink';
import { blankProjectForm, projectFormFromProject } from './project-form-values';
import { ProjectForm } from './ProjectForm';
import { useProjectFormSources } from './use-projects';

/** The page for /projects/new (optionally ?client=<id>) and /projects/:projectId/edit. */
export function ProjectFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { projectId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const locale = useDisplayLocale();
  const settings = useContext(SettingsContext);
  const editedId = mode === 'edit' ? projectId : undefined;
  const data = useProjectFormSources(editedId);

  const title = mode === 'new' ? 'New project' : 'Edit project';
  if (data === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title={title} />
      </div>
    );
  }

  const project = data.project?.deletedAt === undefined ? data.project : undefined;
  if (mode === 'edit' && project === undefined) {
    return (
      <div className="page">
        <BackLink to="/projects" label="Projects" />
        <PageHeader title="Project not found" />
        <EmptyState title="This project no longer exists" description={<p>It may have been deleted. Every other project is in the list.</p>} />
      </div>
    );
  }

  const clients = data.allClients.filter((client) => client.archivedAt === undefined || client.id === project?.clientId);
  if (clients.length === 0) {
    return (
      <div className="page">
        <BackLink to="/projects" label="Projects" />
        <PageHeader title={title} />
        <EmptyState
          title="Add a client first"
          description={<p>Every project belongs to a client, whose currency and rate it starts from.</p>}
          actions={
            <Link to="/clients/new" className="button button-primary">
              Add a client
            </Link>
          }
        />
      </div>
    );
  }

  const today = localDayKey(Date.now(), settings.timeZone);
  const preselected = clients.find((client) => client.id === searchParams.get('client'));
  const initial = project === undefined ? blankProjectForm(preselected, today, locale) : projectFormFromProject(project, locale);
  const backTo = project !== undefined ? `/projects/${project.id}` : preselected !== undefined ? `/clients/${preselected.id}` : '/projects';

  return (
    <div className="page">
      <BackLink to={backTo} label={project?.name ?? preselected?.name ?? 'Projects'} />
      <PageHeader title={project === undefined ? 'New project' : `Edit ${project.name}`} />
      <ProjectForm
        key={project?.id ?? `new-${preselected?.id ?? ''}`}
        initial={initial}
        stored={project}
        clients={clients}
        skillUsage={data.skillUsage}
        today={today}
        onSaved={(saved) => void navigate(`/projects/${saved.id}`)}
        onCancel={() => void navigate(backTo)}
      />
    </div>
  );
}
