import type { Client, Feedback, Project, TimeEntry } from '../model';
import { createRedactor, createRevealGuard, evidenceClientName, type Redactor } from './confidential-names';

/** What the evidence helper draws on; the caller reads it from storage. */
export interface EvidenceSources {
  projects: readonly Project[];
  clients: readonly Client[];
  feedback: readonly Feedback[];
  /** Tracked milliseconds per project id (see trackedMsByProject). */
  trackedMs: ReadonlyMap<string, number>;
}

/** The words ranking reads, by field; each field has its own fixed boost. */
export interface EvidenceSearchFields {
  name: string;
  skills: string;
  portfolio: string;
  comment: string;
}

interface EvidenceBase {
  /** Unique across kinds, e.g. "project:<id>"; ties in ranking are broken by it. */
  id: string;
  title: string;
  trackedMs: number;
  /** Mean rating in tenths of a star, over the reviews behind the item; undefined without any. */
  ratingTenths: number | undefined;
  ratingCount: number;
  /** First and last day (`YYYY-MM-DD`); `to` is undefined while the work goes on. */
  from: string;
  to: string | undefined;
  search: EvidenceSearchFields;
}

export interface ProjectEvidence extends EvidenceBase {
  kind: 'project';
  /** Public name: the alias for a confidential client. */
  clientName: string;
  confidential: boolean;
  summary: string;
  outcome: string;
  skills: string[];
}

export interface TestimonialEvidence extends EvidenceBase {
  kind: 'testimonial';
  clientName: string;
  confidential: boolean;
  quote: string;
  projectName: string;
}

export interface SkillEvidence extends EvidenceBase {
  kind: 'skill';
  projectCount: number;
}

export type EvidenceItem = ProjectEvidence | TestimonialEvidence | SkillEvidence;

/** `redact` takes names out of a text as written; `guard` only checks a text joined from parts already redacted. */
interface TextFilters {
  redact: Redactor;
  guard: Redactor;
}

/** Tracked time per project; running timers and deleted entries count nothing. */
export function trackedMsByProject(entries: readonly Pick<TimeEntry, 'projectId' | 'start' | 'end' | 'deletedAt'>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of entries) {
    if (entry.deletedAt !== undefined || entry.end === null) continue;
    totals.set(entry.projectId, (totals.get(entry.projectId) ?? 0) + Math.max(0, entry.end - entry.start));
  }
  return totals;
}

function meanRating(reviews: readonly Feedback[]): number | undefined {
  if (reviews.length === 0) return undefined;
  return Math.round(reviews.reduce((total, review) => total + review.ratingTenths, 0) / reviews.length);
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Projects worth citing: live and not cancelled. */
function citableProjects(sources: EvidenceSources, clients: ReadonlyMap<string, Client>): Project[] {
  return sources.projects.filter((project) => project.deletedAt === undefined && project.status !== 'cancelled' && clients.has(project.clientId)).sort(byId);
}

function projectEvidence(project: Project, client: Client, reviews: readonly Feedback[], trackedMs: number, { redact, guard }: TextFilters): ProjectEvidence {
  const name = redact(project.name);
  const summary = redact(project.portfolio.summary.trim());
  const outcome = redact(project.portfolio.outcome.trim());
  const skills = project.skills.map(redact);
  return {
    id: `project:${project.id}`,
    kind: 'project',
    title: name,
    clientName: evidenceClientName(client),
    confidential: client.confidential,
    summary,
    outcome,
    skills,
    trackedMs,
    ratingTenths: meanRating(reviews),
    ratingCount: reviews.length,
    from: project.startDate,
    to: project.endDate,
    // Joined texts are checked again: two safe parts can meet into a secret ("…Ab" + " " + "C…" is "Ab C").
    search: { name, skills: guard(skills.join(' ')), portfolio: guard(`${summary} ${outcome}`), comment: '' },
  };
}

function testimonialEvidence(review: Feedback, project: ProjectEvidence, trackedMs: number, { redact, guard }: TextFilters): TestimonialEvidence {
  const quote = redact(review.comment.trim());
  return {
    id: `testimonial:${review.id}`,
    kind: 'testimonial',
    title: guard(`${project.clientName} on ${project.title}`),
    clientName: project.clientName,
    confidential: project.confidential,
    quote,
    projectName: project.title,
    trackedMs,
    ratingTenths: review.ratingTenths,
    ratingCount: 1,
    from: review.date,
    to: review.date,
    search: { name: project.title, skills: guard(project.skills.join(' ')), portfolio: '', comment: quote },
  };
}

interface SkillTally {
  names: Map<string, number>;
  projects: Project[];
}

/** The spelling most projects use, then the alphabetically first, so "React" wins over a stray "react". */
function preferredSpelling(names: ReadonlyMap<string, number>): string {
  return [...names.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]?.[0] ?? '';
}

function skillEvidence(
  key: string,
  tally: SkillTally,
  reviewsByProject: ReadonlyMap<string, Feedback[]>,
  trackedMs: ReadonlyMap<string, number>,
): SkillEvidence {
  // Tallied under their redacted spellings already.
  const name = preferredSpelling(tally.names);
  const reviews = tally.projects.flatMap((project) => reviewsByProject.get(project.id) ?? []);
  const starts = tally.projects.map((project) => project.startDate).sort();
  const ongoing = tally.projects.some((project) => project.endDate === undefined);
  const ends = tally.projects.flatMap((project) => (project.endDate === undefined ? [] : [project.endDate])).sort();
  return {
    id: `skill:${key}`,
    kind: 'skill',
    title: name,
    projectCount: tally.projects.length,
    trackedMs: tally.projects.reduce((total, project) => total + (trackedMs.get(project.id) ?? 0), 0),
    ratingTenths: meanRating(reviews),
    ratingCount: reviews.length,
    from: starts[0] ?? '',
    to: ongoing ? undefined : ends[ends.length - 1],
    search: { name, skills: name, portfolio: '', comment: '' },
  };
}

/**
 * Everything a proposal can cite: each citable project, each quotable review (the client allowed quoting) of one,
 * and each skill used on one, with the hours, ratings and dates behind it. Only what is meant to be public is taken:
 * a project's portfolio summary and outcome, never its description, which the project form promises stays in the
 * app. Confidential clients are named by their alias, and their real names are removed from every text taken over,
 * so nothing built from these items leaks them.
 */
export function buildEvidenceItems(sources: EvidenceSources): EvidenceItem[] {
  const clients = new Map(sources.clients.filter((client) => client.deletedAt === undefined).map((client) => [client.id, client]));
  const filters: TextFilters = { redact: createRedactor(sources.clients), guard: createRevealGuard(sources.clients) };
  const projects = citableProjects(sources, clients);
  const reviewsByProject = new Map<string, Feedback[]>();
  for (const review of [...sources.feedback].sort(byId)) {
    if (review.deletedAt !== undefined) continue;
    reviewsByProject.set(review.projectId, [...(reviewsByProject.get(review.projectId) ?? []), review]);
  }

  const items: EvidenceItem[] = [];
  const skills = new Map<string, SkillTally>();
  for (const project of projects) {
    const client = clients.get(project.clientId);
    if (client === undefined) continue;
    const reviews = reviewsByProject.get(project.id) ?? [];
    const trackedMs = sources.trackedMs.get(project.id) ?? 0;
    const evidence = projectEvidence(project, client, reviews, trackedMs, filters);
    items.push(evidence);
    for (const review of reviews) {
      if (review.canQuote && review.comment.trim() !== '') items.push(testimonialEvidence(review, evidence, trackedMs, filters));
    }
    for (const skill of project.skills) {
      // Keyed by the redacted spelling: the key becomes the item's id, which must not carry a name either.
      const shown = filters.redact(skill.trim());
      const key = shown.toLocaleLowerCase();
      if (key === '') continue;
      const tally = skills.get(key) ?? { names: new Map<string, number>(), projects: [] };
      tally.names.set(shown, (tally.names.get(shown) ?? 0) + 1);
      if (!tally.projects.includes(project)) tally.projects.push(project);
      skills.set(key, tally);
    }
  }
  for (const [key, tally] of [...skills.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    items.push(skillEvidence(key, tally, reviewsByProject, sources.trackedMs));
  }
  return items;
}
