import { evidenceClientName, createRedactor } from '../evidence/confidential-names';
import type { Client, Credential, Feedback, Invoice, Project, Proposal, Settlement } from '../model';
import type { FigureRecord } from './figure';

/** The live records the reputation figures are computed from, read once by the screen. */
export interface FigureSources {
  clients: readonly Client[];
  projects: readonly Project[];
  feedback: readonly Feedback[];
  proposals: readonly Proposal[];
  /** The invoices paid in full, each with the day it was. */
  settlements: readonly Settlement[];
  credentials: readonly Credential[];
}

type ClientIdentity = Pick<Client, 'id' | 'name' | 'company' | 'email' | 'address' | 'taxId' | 'confidential' | 'publicAlias'>;
type ProjectName = Pick<Project, 'id' | 'name' | 'clientId'>;

/** What a record adds to a figure, beside its label. */
type Extras = Pick<FigureRecord, 'date' | 'note'>;

/** Stands in for a title that would give a confidential client away even after its alias replaced the real name. */
const WITHHELD_PROJECT_NAME = 'A confidential project';
const WITHHELD_PROPOSAL_TITLE = 'A confidential proposal';

/**
 * Labels for the records behind the reputation figures. Figures are the kind of thing a freelancer shows others, so
 * every label is written as the portfolio would write it: a confidential client by its alias, and its real name,
 * wherever typed into a project or proposal title, replaced by that alias too.
 */
export interface FigureRecordLabels {
  /** A text with every confidential client's name replaced by its alias; '' when it would still give one away. */
  redact(text: string): string;
  project(project: Pick<Project, 'id'>, extras?: Extras): FigureRecord;
  feedback(feedback: Pick<Feedback, 'id' | 'projectId' | 'clientId' | 'date'>, extras?: Extras): FigureRecord;
  proposal(proposal: Pick<Proposal, 'id' | 'title' | 'clientId' | 'prospect'>, extras?: Extras): FigureRecord;
  invoice(invoice: Pick<Invoice, 'id' | 'number' | 'clientId'>, extras?: Extras): FigureRecord;
  credential(credential: Pick<Credential, 'id' | 'name' | 'issuer'>, extras?: Extras): FigureRecord;
}

export function figureRecordLabels(clients: readonly ClientIdentity[], projects: readonly ProjectName[]): FigureRecordLabels {
  const redact = createRedactor(clients);
  const clientNames = new Map(clients.map((client) => [client.id, evidenceClientName(client)]));
  const projectsById = new Map(projects.map((project) => [project.id, project]));

  const clientName = (clientId: string) => clientNames.get(clientId) ?? 'Unknown client';
  const safeText = (text: string, withheld: string) => {
    const shown = redact(text).trim();
    return shown === '' ? withheld : shown;
  };
  const projectName = (projectId: string) => {
    const project = projectsById.get(projectId);
    return project === undefined ? 'Unknown project' : safeText(project.name, WITHHELD_PROJECT_NAME);
  };
  const projectLabel = (projectId: string) => {
    const project = projectsById.get(projectId);
    return `${projectName(projectId)} · ${project === undefined ? 'Unknown client' : clientName(project.clientId)}`;
  };

  return {
    redact,
    project: (project, extras) => ({ kind: 'project', id: project.id, label: projectLabel(project.id), ...extras }),
    feedback: (item, extras) => ({ kind: 'feedback', id: item.id, label: `${projectName(item.projectId)} · ${clientName(item.clientId)}`, date: item.date, ...extras }),
    proposal: (proposal, extras) => {
      const party = proposal.clientId !== undefined ? clientName(proposal.clientId) : safeText(proposal.prospect?.name ?? '', 'A prospect');
      return { kind: 'proposal', id: proposal.id, label: `${safeText(proposal.title, WITHHELD_PROPOSAL_TITLE)} · ${party}`, ...extras };
    },
    invoice: (invoice, extras) => ({ kind: 'invoice', id: invoice.id, label: `Invoice ${invoice.number ?? '(draft)'} · ${clientName(invoice.clientId)}`, ...extras }),
    credential: (credential, extras) => ({ kind: 'credential', id: credential.id, label: `${credential.name} · ${credential.issuer}`, ...extras }),
  };
}

/** The records that are not deleted: the screen reads live records, and a figure never rests on one the user removed. */
export function live<T extends { deletedAt?: number }>(records: readonly T[]): T[] {
  return records.filter((record) => record.deletedAt === undefined);
}
