import type { Client, Project, ProjectStatus } from '../../domain/model';
import { clientChoiceLabels } from '../../domain/clients/client-names';
import { compareNames } from '../../shared/compare-names';

/** A project as the pickers show it: its name, its client's, and whether time on it bills by default. */
export interface ProjectOption {
  id: string;
  name: string;
  clientName: string;
  status: ProjectStatus;
  billable: boolean;
}

/** Projects still being worked on come first; finished ones are found by searching. */
const OPEN_STATUSES: ReadonlySet<ProjectStatus> = new Set(['active', 'paused']);

/** The live projects as picker options, by client then project name; clients that share a name are told apart. */
export function projectOptions(projects: readonly Project[], clientsById: ReadonlyMap<string, Client>): ProjectOption[] {
  const clientLabels = clientChoiceLabels([...clientsById.values()]);
  return projects
    .filter((project) => project.deletedAt === undefined)
    .map((project) => ({
      id: project.id,
      name: project.name,
      clientName: clientLabels.get(project.clientId) ?? clientsById.get(project.clientId)?.name ?? 'Unknown client',
      status: project.status,
      billable: project.billing.kind !== 'nonBillable',
    }))
    .sort((a, b) => compareNames(a.clientName, b.clientName) || compareNames(a.name, b.name));
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalise(text).split(/[\s\-/&,.()]+/).filter((word) => word !== '');
}

/**
 * How well a project matches what was typed, higher is better, null for no match: its name starting with the
 * query, then a word of its name starting with it, then the name containing it, then every typed word starting a
 * word of the name or the client's name.
 */
export function scoreProjectOption(option: ProjectOption, rawQuery: string): number | null {
  const query = normalise(rawQuery);
  if (query === '') return 0;
  const name = normalise(option.name);
  if (name.startsWith(query)) return 100;
  const nameWords = words(option.name);
  if (nameWords.some((word) => word.startsWith(query))) return 80;
  if (name.includes(query)) return 60;
  const client = normalise(option.clientName);
  if (client.startsWith(query)) return 50;
  const searchable = [...nameWords, ...words(option.clientName)];
  if (query.split(' ').every((part) => searchable.some((word) => word.startsWith(part)))) return 40;
  return null;
}

export interface ProjectChoices {
  /** Recently tracked projects, most recent first; only while nothing is typed. */
  recent: ProjectOption[];
  /** Everything else that matches, best match first. */
  others: ProjectOption[];
}

/**
 * What the project picker lists. With nothing typed: recent projects, then the other open projects. With a query:
 * every project that matches, open ones before finished ones at the same score.
 */
export function chooseProjectOptions(options: readonly ProjectOption[], query: string, recentIds: readonly string[], recentLimit = 5): ProjectChoices {
  const byId = new Map(options.map((option) => [option.id, option]));
  if (normalise(query) === '') {
    const recent = recentIds.flatMap((id) => {
      const option = byId.get(id);
      return option === undefined ? [] : [option];
    }).slice(0, recentLimit);
    const recentSet = new Set(recent.map((option) => option.id));
    return { recent, others: options.filter((option) => OPEN_STATUSES.has(option.status) && !recentSet.has(option.id)) };
  }
  const others = options
    .flatMap((option, index) => {
      const score = scoreProjectOption(option, query);
      return score === null ? [] : [{ option, index, score: score + (OPEN_STATUSES.has(option.status) ? 5 : 0) }];
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.option);
  return { recent: [], others };
}

/** The picker's one-line label for a project. */
export function projectOptionLabel(option: ProjectOption): string {
  return `${option.name} · ${option.clientName}`;
}

const PROJECT_COLOUR_COUNT = 10;

/** A stable colour slot for a project, so its dot looks the same on every screen. */
export function projectColourIndex(projectId: string): number {
  let hash = 0;
  for (let index = 0; index < projectId.length; index += 1) hash = (hash * 31 + projectId.charCodeAt(index)) >>> 0;
  return hash % PROJECT_COLOUR_COUNT;
}
