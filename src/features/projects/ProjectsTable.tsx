import { useDisplayLocale } from '../../app/use-settings';
import type { Client, Project } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { formatDayRange } from '../time/date-display';
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES } from './project-labels';
import { ProjectBilling } from './ProjectBilling';

const SKILLS_SHOWN = 3;

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

export function ProjectsTable({ projects, clientsById }: { projects: readonly Project[]; clientsById: ReadonlyMap<string, Client> }) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Project>> = [
    {
      key: 'name',
      header: 'Project',
      width: '24%',
      cell: (project) => (
        <span className="projects-name">
          {project.name}
          {project.portfolio.visible && <Badge tone="accent">Portfolio</Badge>}
        </span>
      ),
    },
    { key: 'client', header: 'Client', cell: (project) => clientsById.get(project.clientId)?.name ?? <span className="muted">Unknown client</span> },
    { key: 'billing', header: 'Billing', cell: (project) => <ProjectBilling billing={project.billing} currency={project.currency} /> },
    {
      key: 'status',
      header: 'Status',
      cell: (project) => <Badge tone={PROJECT_STATUS_TONES[project.status]}>{PROJECT_STATUS_LABELS[project.status]}</Badge>,
    },
    {
      key: 'dates',
      header: 'Start – due',
      cell: (project) => <span className="projects-nowrap">{formatDayRange(project.startDate, project.dueDate ?? project.endDate, locale)}</span>,
    },
    { key: 'skills', header: 'Skills', cell: (project) => <Skills skills={project.skills} /> },
  ];
  return <DataTable label="Projects" rows={projects} columns={columns} rowKey={(project) => project.id} />;
}
