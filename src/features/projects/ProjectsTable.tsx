import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Client, Project } from '../../domain/model';
import type { ProjectUsage } from '../../domain/projects/budget-burn';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { formatDayRange } from '../../shared/date-display';
import { BudgetCell } from './BudgetCell';
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES } from './project-labels';
import { ProjectBilling } from './ProjectBilling';
import styles from './ProjectListPage.module.css';
import { ProjectSkills } from './ProjectSkills';

const SKILLS_SHOWN = 2;

export interface ProjectsTableProps {
  projects: readonly Project[];
  clientsById: ReadonlyMap<string, Client>;
  budgetUsage: ReadonlyMap<string, ProjectUsage>;
  emptyMessage: string;
}

export function ProjectsTable({ projects, clientsById, budgetUsage, emptyMessage }: ProjectsTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Project>> = [
    {
      key: 'name',
      header: 'Project',
      width: '27%',
      cell: (project) => {
        const client = clientsById.get(project.clientId);
        return (
          <span className={styles.nameCell}>
            <Link to={`/projects/${project.id}`} className={styles.nameLink}>
              {project.name}
            </Link>
            <span className={styles.nameSub}>
              {client === undefined ? (
                <span className={`${styles.client} muted`}>Unknown client</span>
              ) : (
                <Link to={`/clients/${client.id}`} className={styles.client}>
                  {client.name}
                </Link>
              )}
              {project.portfolio.visible && <Badge tone="accent">Portfolio</Badge>}
            </span>
          </span>
        );
      },
    },
    { key: 'billing', header: 'Billing', cell: (project) => <ProjectBilling billing={project.billing} currency={project.currency} /> },
    { key: 'status', header: 'Status', cell: (project) => <Badge tone={PROJECT_STATUS_TONES[project.status]}>{PROJECT_STATUS_LABELS[project.status]}</Badge> },
    { key: 'budget', header: 'Budget', width: '15%', cell: (project) => <BudgetCell project={project} usage={budgetUsage.get(project.id)} /> },
    {
      key: 'dates',
      header: 'Start – due',
      cell: (project) => <span className={styles.nowrap}>{formatDayRange(project.startDate, project.dueDate ?? project.endDate, locale)}</span>,
    },
    { key: 'skills', header: 'Skills', width: '20%', cell: (project) => <ProjectSkills skills={project.skills} shown={SKILLS_SHOWN} /> },
  ];
  return <DataTable label="Projects" rows={projects} columns={columns} rowKey={(project) => project.id} emptyMessage={emptyMessage} />;
}
