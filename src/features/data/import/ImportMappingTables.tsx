import type { ImportPreview } from '../../../domain/importers/import-types';
import { DataTable } from '../../../ui/DataTable';
import { Badge } from '../../../ui/Badge';
import { CREATE_NEW, projectChoices, projectMappingKey, remapClient, type ExistingRecords, type ImportMapping } from './import-mapping';
import styles from './import.module.css';
import dataStyles from '../data.module.css';
import { ClientOptions } from '../../../shared/ClientOptions';

interface ImportMappingTablesProps {
  preview: ImportPreview;
  mapping: ImportMapping;
  existing: ExistingRecords;
  disabled: boolean;
  onChange: (mapping: ImportMapping) => void;
}

function TargetBadge({ target }: { target: string }) {
  return target === CREATE_NEW ? <Badge tone="accent">New</Badge> : <Badge tone="success">Matched</Badge>;
}

/** Where each client and project of the file goes: into a record Repute has, or a new one. */
export function ImportMappingTables({ preview, mapping, existing, disabled, onChange }: ImportMappingTablesProps) {
  const clientTarget = (name: string) => mapping.clients[name] ?? CREATE_NEW;
  const projectTarget = (clientName: string, name: string) => mapping.projects[projectMappingKey(clientName, name)] ?? CREATE_NEW;

  return (
    <div className={styles.importMapping}>
      <section className="stack-sm" aria-labelledby="import-clients-title">
        <h3 id="import-clients-title" className={dataStyles.subtitle}>
          Clients <span className="muted">({preview.clients.length})</span>
        </h3>
        <DataTable
          label="Clients in the file"
          rows={preview.clients}
          rowKey={(client) => client.name}
          emptyMessage="The file names no clients."
          columns={[
            { key: 'name', header: 'In the file', cell: (client) => <span className={styles.importName}>{client.name}</span> },
            { key: 'status', header: 'Status', width: '110px', cell: (client) => <TargetBadge target={clientTarget(client.name)} /> },
            {
              key: 'target',
              header: 'Goes into',
              width: '44%',
              cell: (client) => (
                <select
                  className={styles.importTarget}
                  aria-label={`Repute client for ${client.name}`}
                  value={clientTarget(client.name)}
                  disabled={disabled}
                  onChange={(event) => onChange(remapClient(mapping, preview, existing.projects, client.name, event.target.value))}
                >
                  <option value={CREATE_NEW}>Create new client</option>
                  <ClientOptions clients={existing.clients} />
                </select>
              ),
            },
          ]}
        />
      </section>
      {preview.projects.length > 0 && (
        <section className="stack-sm" aria-labelledby="import-projects-title">
          <h3 id="import-projects-title" className={dataStyles.subtitle}>
            Projects <span className="muted">({preview.projects.length})</span>
          </h3>
          <p className="muted small">A new client’s projects are created with it; a matched client’s can go into one of its projects.</p>
          <DataTable
            label="Projects in the file"
            rows={preview.projects}
            rowKey={(project) => projectMappingKey(project.clientName, project.name)}
            emptyMessage="The file names no projects."
            columns={[
              {
                key: 'name',
                header: 'In the file',
                cell: (project) => (
                  <span className={styles.importName}>
                    {project.name}
                    <span className={styles.importNameClient}>{project.clientName}</span>
                  </span>
                ),
              },
              { key: 'status', header: 'Status', width: '110px', cell: (project) => <TargetBadge target={projectTarget(project.clientName, project.name)} /> },
              {
                key: 'target',
                header: 'Goes into',
                width: '44%',
                cell: (project) => {
                  const choices = projectChoices(mapping, project.clientName, existing.projects);
                  return (
                    <select
                      className={styles.importTarget}
                      aria-label={`Repute project for ${project.name} (${project.clientName})`}
                      value={projectTarget(project.clientName, project.name)}
                      disabled={disabled || choices.length === 0}
                      onChange={(event) => onChange({ ...mapping, projects: { ...mapping.projects, [projectMappingKey(project.clientName, project.name)]: event.target.value } })}
                    >
                      <option value={CREATE_NEW}>Create new project</option>
                      {choices.map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                          {candidate.name}
                        </option>
                      ))}
                    </select>
                  );
                },
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
