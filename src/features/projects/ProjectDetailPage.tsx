import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Client, Project } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { FeedbackCard } from './FeedbackCard';
import { BackLink } from '../../ui/BackLink';
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES } from './project-labels';
import { ProjectBilling } from './ProjectBilling';
import { ProjectBudget } from './ProjectBudget';
import styles from './ProjectDetailPage.module.css';
import { ProjectDetails } from './ProjectDetails';
import { ProjectPortfolio } from './ProjectPortfolio';
import { ProjectStats } from './ProjectStats';
import { useProjectCommands } from './use-project-commands';
import { useProjectOverview } from './use-project-detail';

function ProjectActions({ project }: { project: Project }) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { deleteProject, restoreProject } = useProjectCommands();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    try {
      await deleteProject(project.id);
      void navigate('/projects');
      announce(`${project.name} deleted`, 'success', { label: 'Undo', run: () => void restoreProject(project.id).then(() => announce(`${project.name} restored`, 'success')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="secondary" onClick={() => void navigate(`/projects/${project.id}/edit`)}>
        Edit project
      </Button>
      <Button variant="ghost" className={styles.deleteButton} onClick={() => void remove()} disabled={busy}>
        Delete project
      </Button>
    </>
  );
}

function Subtitle({ project, client }: { project: Project; client: Client | undefined }) {
  return (
    <span className={styles.subtitle}>
      <Badge tone={PROJECT_STATUS_TONES[project.status]}>{PROJECT_STATUS_LABELS[project.status]}</Badge>
      {client !== undefined && <Link to={`/clients/${client.id}`}>{client.name}</Link>}
      <span aria-hidden="true">·</span>
      <ProjectBilling billing={project.billing} currency={project.currency} />
    </span>
  );
}

/** One project: its time and money, budget burn, record, portfolio text and feedback. */
export function ProjectDetailPage() {
  const { projectId = '' } = useParams();
  const overview = useProjectOverview(projectId);

  if (overview === undefined) {
    return (
      <div className="page" aria-busy="true">
        <BackLink to="/projects" label="Projects" />
      </div>
    );
  }

  if (overview === null) {
    return (
      <div className="page">
        <BackLink to="/projects" label="Projects" />
        <PageHeader title="Project not found" />
        <EmptyState title="This project no longer exists" description={<p>It may have been deleted. Every other project is in the list.</p>} />
      </div>
    );
  }

  const { project, client, usage, feedback, proposal } = overview;
  return (
    <div className="page">
      <BackLink to="/projects" label="Projects" />
      <PageHeader title={project.name} description={<Subtitle project={project} client={client} />} actions={<ProjectActions project={project} />} />
      <div className="stack-lg">
        <ProjectStats project={project} usage={usage} feedback={feedback} />
        <div className={styles.columns}>
          <div className="stack-lg">
            <ProjectBudget project={project} usage={usage} />
            <ProjectPortfolio project={project} />
            <FeedbackCard
              feedback={feedback}
              projectNames={new Map([[project.id, project.name]])}
              addTo={`/reputation/feedback/new?project=${project.id}`}
              editTo={(item) => `/reputation/feedback/${item.id}/edit?project=${project.id}`}
            />
          </div>
          <ProjectDetails project={project} client={client} proposal={proposal} />
        </div>
      </div>
    </div>
  );
}
