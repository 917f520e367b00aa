import { Dexie } from 'dexie';
import { projectInputSchema, type Client, type Feedback, type Project, type ProjectInput, type ProjectStatus, type Proposal } from '../../domain/model';
import type { ProjectUsage } from '../../domain/projects/budget-burn';
import { projectUsage } from '../../domain/projects/project-usage';
import { countSkillUsage, type SkillUsage } from '../../domain/projects/skill-suggestions';
import { timeEntryContribution } from '../../domain/rollups/rollup-contributions';
import type { ReputeDb } from '../db';
import { hasErrors, isLive, mergeErrors, newRecordMeta, noSuchRecord, parseInput, referenceErrors, setDeletedAt, updatedMeta } from './record-commands';
import { applyRollupChange } from './rollups';
import { failed, succeeded, type FieldErrors, type WriteResult } from './write-result';

/**
 * Every message createProject (or updateProject, given the id) would answer for this input, without writing: lets a
 * form show them all at once while one of its own fields cannot be read yet.
 */
export async function projectInputErrors(db: ReputeDb, input: Partial<ProjectInput>, id?: string): Promise<FieldErrors> {
  const stored = id === undefined ? undefined : await db.projects.get(id);
  const parsed = parseInput(projectInputSchema, { ...stored, ...input });
  return mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.clients, 'clientId', 'client', input.clientId, stored?.clientId));
}

export async function createProject(db: ReputeDb, input: ProjectInput): Promise<WriteResult<Project>> {
  return db.transaction('rw', [db.projects, db.clients], async () => {
    const parsed = parseInput(projectInputSchema, input);
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.clients, 'clientId', 'client', input.clientId));
    if (!parsed.ok || hasErrors(errors)) return failed<Project>(errors);
    const project: Project = { ...newRecordMeta(Date.now()), ...parsed.value };
    await db.projects.add(project);
    return succeeded(project);
  });
}

/**
 * Moving a project to another client moves its time entries and feedback with it (they carry the client for
 * range queries); it is refused once any of its time is invoiced. A new currency refiles its hours in the rollups.
 */
export async function updateProject(db: ReputeDb, id: string, patch: Partial<ProjectInput>): Promise<WriteResult<Project>> {
  return db.transaction('rw', [db.projects, db.clients, db.timeEntries, db.feedback, db.rollups, db.projectTotals, db.dayTotalMonths], async () => {
    const stored = await db.projects.get(id);
    if (stored === undefined) return noSuchRecord<Project>('project');
    const parsed = parseInput(projectInputSchema, { ...stored, ...patch });
    const errors = mergeErrors(parsed.ok ? {} : parsed.errors, await referenceErrors(db.clients, 'clientId', 'client', patch.clientId, stored.clientId));
    if (!parsed.ok || hasErrors(errors)) return failed<Project>(errors);
    const project: Project = { ...updatedMeta(stored, Date.now()), ...parsed.value };

    const clientChanged = project.clientId !== stored.clientId;
    if (clientChanged || project.currency !== stored.currency) {
      const entries = await db.timeEntries.where('[projectId+start]').between([id, -Infinity], [id, Infinity]).toArray();
      if (clientChanged && entries.some((entry) => entry.invoiceId !== undefined)) {
        return failed<Project>({ clientId: 'This project has invoiced time and cannot move to another client' });
      }
      const moved = entries.map((entry) => ({ ...entry, clientId: project.clientId }));
      await applyRollupChange(
        db,
        entries.map((entry) => timeEntryContribution(entry, stored.currency)),
        moved.map((entry) => timeEntryContribution(entry, project.currency)),
      );
      if (clientChanged) {
        await db.timeEntries.bulkPut(moved);
        await db.feedback.where('projectId').equals(id).modify({ clientId: project.clientId });
      }
    }
    await db.projects.put(project);
    return succeeded(project);
  });
}

/** Soft delete: the project and its time stay stored (and in the rollups); restore clears deletedAt. */
export async function deleteProject(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.projects, () => setDeletedAt(db.projects, id, Date.now()));
}

export async function restoreProject(db: ReputeDb, id: string): Promise<void> {
  await db.transaction('rw', db.projects, () => setDeletedAt(db.projects, id, undefined));
}

/** Returns soft-deleted projects too (check deletedAt), so undo screens can show what they restore. */
export function getProject(db: ReputeDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** Live projects, newest start date first (then by name). */
export async function listProjects(db: ReputeDb, options: { clientId?: string; status?: ProjectStatus } = {}): Promise<Project[]> {
  const candidates = options.clientId !== undefined ? db.projects.where('clientId').equals(options.clientId) : db.projects.toCollection();
  // Read whole and filtered here: a Dexie .filter() would walk a cursor one project (and one task) at a time.
  const projects = (await candidates.toArray()).filter((project) => isLive(project) && (options.status === undefined || project.status === options.status));
  return projects.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Every skill on live projects with how many use it, read through the *skills multi-entry index. */
export async function listSkillUsage(db: ReputeDb): Promise<SkillUsage[]> {
  const occurrences = await db.projects.orderBy('skills').filter(isLive).keys();
  return countSkillUsage(occurrences.map(String));
}

/** Time tracked on the project (through the [projectId+start] index) and invoiced on it (the client's invoices). */
export async function getProjectUsage(db: ReputeDb, project: Pick<Project, 'id' | 'clientId'>): Promise<ProjectUsage> {
  const [entries, invoices] = await Promise.all([
    db.timeEntries.where('[projectId+start]').between([project.id, Dexie.minKey], [project.id, Dexie.maxKey]).toArray(),
    db.invoices.where('clientId').equals(project.clientId).toArray(),
  ]);
  return projectUsage(entries, invoices, project.id);
}

/** Usage of the projects whose budget is still being spent: active or paused, with an hours or amount budget. */
export async function listBudgetUsage(db: ReputeDb, projects: readonly Project[]): Promise<Map<string, ProjectUsage>> {
  const budgeted = projects.filter((project) => (project.status === 'active' || project.status === 'paused') && (project.budgetHours !== undefined || project.budgetAmountMinor !== undefined));
  const usages = await Promise.all(budgeted.map((project) => getProjectUsage(db, project)));
  return new Map(budgeted.map((project, index) => [project.id, usages[index] ?? { trackedMs: 0, billableMs: 0, invoicedNetMinor: 0 }]));
}

/** Everything the project's page shows. */
export interface ProjectOverview {
  project: Project;
  /** Undefined only if the client record is gone altogether. */
  client: Client | undefined;
  usage: ProjectUsage;
  feedback: Feedback[];
  proposal: Proposal | undefined;
}

export async function getProjectOverview(db: ReputeDb, id: string): Promise<ProjectOverview | undefined> {
  const project = await db.projects.get(id);
  if (project === undefined || project.deletedAt !== undefined) return undefined;
  const [client, usage, feedback, proposal] = await Promise.all([
    db.clients.get(project.clientId),
    getProjectUsage(db, project),
    db.feedback.where('projectId').equals(id).filter(isLive).toArray(),
    project.proposalId === undefined ? undefined : db.proposals.get(project.proposalId),
  ]);
  return {
    project,
    client,
    usage,
    feedback: feedback.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    proposal: proposal?.deletedAt === undefined ? proposal : undefined,
  };
}
