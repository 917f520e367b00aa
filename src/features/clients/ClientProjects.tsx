import { Link, useNavigate } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Client, Project } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES, ProjectBilling } from '../projects';
import { formatDayRange } from '../../shared/date-display';
import styles from './ClientDetailPage.module.css';

/** The client's projects, newest first, each linking to its own page. */
export function ClientProjects({ client, projects }: { client: Client; projects: readonly Project[] }) {
  const locale = useDisplayLocale();
  const navigate = useNavigate();
  const columns: ReadonlyArray<DataTableColumn<Project>> = [
    {
      key: 'name',
      header: 'Project',
      width: '38%',
      cell: (project) => (
        <span className={styles.projectName}>
          <Link to={`/projects/${project.id}`}>{project.name}</Link>
          {project.portfolio.visible && <Badge tone="accent">Portfolio</Badge>}
        </span>
      ),
    },
    { key: 'status', header: 'Status', cell: (project) => <Badge tone={PROJECT_STATUS_TONES[project.status]}>{PROJECT_STATUS_LABELS[project.status]}</Badge> },
    { key: 'billing', header: 'Billing', cell: (project) => <ProjectBilling billing={project.billing} currency={project.currency} /> },
    { key: 'dates', header: 'Dates', cell: (project) => <span className={styles.nowrap}>{formatDayRange(project.startDate, project.endDate ?? project.dueDate, locale)}</span> },
  ];
  return (
    <section className="card" aria-labelledby="client-projects-title">
      <div className="card-header">
        <div>
          <h2 id="client-projects-title">Projects</h2>
          <p>{projects.length === 0 ? 'Nothing yet for this client.' : `${projects.length} ${projects.length === 1 ? 'project' : 'projects'}`}</p>
        </div>
        <Button size="sm" variant="secondary" onClick={() => void navigate(`/projects/new?client=${encodeURIComponent(client.id)}`)}>
          New project
        </Button>
      </div>
      {projects.length > 0 && (
        <div className={styles.cardTable}>
          <DataTable label={`Projects for ${client.name}`} rows={projects} columns={columns} rowKey={(project) => project.id} />
        </div>
      )}
    </section>
  );
}
