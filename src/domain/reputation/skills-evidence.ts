import { groupBy } from '../collections/group-by';
import type { Credential, Project } from '../model';
import { figure, isDayInWindow, projectRunsInWindow, type DayWindow, type Figure, type FigureRecord } from './figure';
import { figureRecordLabels, live, type FigureSources } from './figure-records';
import { countSkillUsage } from '../projects/skill-suggestions';
import { averageRatingTenths } from './rating';
import type { ContractTotals } from './reputation-contracts';

/** One skill and what stands behind it. */
export interface SkillEvidence {
  /** The skill as compared: trimmed, lower case. */
  key: string;
  /** The spelling used most often; between equals, the one that sorts first, as the project form suggests skills. */
  name: string;
  trackedMs: number;
  projectCount: number;
  /** Earnings of its projects in the base currency. */
  earnedBaseMinor: number;
  /** Average of the feedback dated in the window on its projects, in tenths of a star. */
  averageRatingTenths: number | undefined;
  /** The latest month (`YYYY-MM`) of its projects' ends, months of work or starts, and of its credentials' dates. */
  lastUsed: string;
  /** Its projects, credentials and the feedback on its projects. */
  records: readonly FigureRecord[];
  /** What is missing behind the skill, said in a sentence: no project at all, or no time tracked on its projects. */
  gap: string | undefined;
}

export const SKILLS_FORMULA =
  'Every skill named on a project running in the window or on a credential valid in it, with spellings that differ only in case taken as one. ' +
  'Hours and earnings (in your base currency) are the totals of its projects; the rating is the average of the feedback dated in the window on them; ' +
  'last used is the latest month among its projects’ end, last month of work or start, and its credentials’ dates.';

interface SkillBuilder {
  /** Every spelling met, once per project or credential naming it. */
  spellings: string[];
  projects: Set<Project>;
  credentials: Set<Credential>;
}

function namesASkill(record: { skills: readonly string[] }): boolean {
  return record.skills.some((skill) => skill.trim() !== '');
}

function latest(months: readonly string[]): string {
  return months.reduce((last, month) => (month > last ? month : last), '');
}

/** A credential is valid in the window when it was issued by its end and had not expired before its start. */
function validInWindow(credential: Credential, window: DayWindow): boolean {
  return credential.date <= window.to && (credential.expires === undefined || credential.expires >= window.from);
}

/**
 * The skills behind the work of the window, each with its evidence. Hours, earnings and months of work come from each
 * project's totals (contractTotals, from the project totals), never from time entries. A confidential client's name
 * typed into a skill is replaced by its alias, as in every label of the figures.
 */
export function skillsWithEvidence(
  records: Pick<FigureSources, 'clients' | 'projects' | 'credentials' | 'feedback'>,
  window: DayWindow,
  totals: ReadonlyMap<string, ContractTotals>,
): Figure<readonly SkillEvidence[]> {
  const labels = figureRecordLabels(records.clients, records.projects);
  const builders = new Map<string, SkillBuilder>();
  const builderOf = (written: string): SkillBuilder | undefined => {
    const spelling = labels.redact(written.trim());
    if (spelling === '') return undefined;
    const key = spelling.toLowerCase();
    const builder = builders.get(key) ?? { spellings: [], projects: new Set(), credentials: new Set() };
    builder.spellings.push(spelling);
    builders.set(key, builder);
    return builder;
  };

  const projects = live(records.projects)
    .filter((project) => projectRunsInWindow(project, window))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  for (const project of projects) {
    for (const skill of new Set(project.skills)) builderOf(skill)?.projects.add(project);
  }
  const credentials = live(records.credentials)
    .filter((credential) => validInWindow(credential, window))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const credential of credentials) {
    for (const skill of new Set(credential.skills)) builderOf(skill)?.credentials.add(credential);
  }

  const feedbackByProject = groupBy(
    live(records.feedback).filter((entry) => isDayInWindow(entry.date, window)),
    (item) => item.projectId,
  );

  const skills = [...builders].map(([key, { spellings, ...evidence }]): SkillEvidence => {
    const builder = { projects: [...evidence.projects], credentials: [...evidence.credentials] };
    const rated = builder.projects.flatMap((project) => feedbackByProject.get(project.id) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const trackedMs = builder.projects.reduce((sum, project) => sum + (totals.get(project.id)?.trackedMs ?? 0), 0);
    const lastUsed = latest([
      ...builder.projects.flatMap((project) => [project.startDate.slice(0, 7), project.endDate?.slice(0, 7) ?? '', ...(totals.get(project.id)?.workMonths ?? [])]),
      ...builder.credentials.map((credential) => credential.date.slice(0, 7)),
    ]);
    return {
      key,
      name: countSkillUsage(spellings)[0]?.skill ?? key,
      trackedMs,
      projectCount: builder.projects.length,
      earnedBaseMinor: builder.projects.reduce((sum, project) => sum + (totals.get(project.id)?.earnedBaseMinor ?? 0), 0),
      averageRatingTenths: averageRatingTenths(rated),
      lastUsed,
      records: [...builder.projects.map((project) => labels.project(project)), ...builder.credentials.map((credential) => labels.credential(credential, { date: credential.date })), ...rated.map((item) => labels.feedback(item))],
      gap: builder.projects.length === 0 ? 'From a credential only; no tracked work yet' : trackedMs === 0 ? 'No time tracked on its projects yet' : undefined,
    };
  });
  skills.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.key.localeCompare(b.key));

  const behind = [
    ...projects.filter(namesASkill).map((project) => labels.project(project)),
    ...credentials.filter(namesASkill).map((credential) => labels.credential(credential, { date: credential.date })),
  ];
  return figure(skills.length === 0 ? undefined : skills, behind, SKILLS_FORMULA, 'No project running in this window and no credential valid in it names a skill');
}
