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

const SKILLS_SHOWN = 2;

function Skills({ skills }: { skills: readonly string[] }) {
  if (skills.length === 0) return <span className="muted">—</span>;
  const hidden = skills.length - SKILLS_SHOWN;
  return (
    <span className="projects-skills" title={skills.join(', ')}>
      {skills.slice(0, SKILLS_SHOWN).map((skill) => (
        <Badge key={skill}>{skill}</Badge>
      ))}
      {hidden > 0 && <span className="muted small">+{hidden} more</span>}
    </span>
  );
}

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
          <span className="projects-name-cell">
            <Link to={`/projects/${project.id}`} className="projects-name-link">
              {project.name}
            </Link>
            <span className="projects-name-sub">
              {client === undefined ? (
                <span className="projects-client muted">Unknown client</span>
              ) : (
                <Link to={`/clients/${client.id}`} className="projects-client">
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
      cell: (project) => <span className="projects-nowrap">{formatDayRange(project.startDate, project.dueDate ?? project.endDate, locale)}</span>,
    },
    { key: 'skills', header: 'Skills', width: '20%', cell: (project) => <Skills skills={project.skills} /> },
  ];
  return <DataTable label="Projects" rows={projects} columns={columns} rowKey={(project) => project.id} emptyMessage={emptyMessage} />;
}
