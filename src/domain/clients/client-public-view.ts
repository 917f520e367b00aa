import type { Client, Feedback, Project } from '../model';

/** A portfolio project as others may read it; a text that would give the client away is left out (undefined). */
export interface PublicProject {
  name: string | undefined;
  summary: string | undefined;
  outcome: string | undefined;
  link: string | undefined;
  skills: string[];
  startDate: string | undefined;
  endDate: string | undefined;
}

export interface PublicTestimonial {
  ratingTenths: number;
  comment: string | undefined;
  date: string | undefined;
  projectName: string | undefined;
}

/**
 * Exactly what may appear outside the app for one client: in the portfolio, its exports, and evidence quoted in
 * proposals. A confidential client is known by its alias alone; no client's email, address or tax id ever appears.
 */
export interface ClientPublicView {
  confidential: boolean;
  /** The real name, or the alias of a confidential client; undefined when even that would give the client away. */
  shownAs: string | undefined;
  company: string | undefined;
  industry: string | undefined;
  country: string | undefined;
  projects: PublicProject[];
  testimonials: PublicTestimonial[];
  /** How many texts were left out because they contain something private about the client. */
  withheldCount: number;
}

type ClientPrivateFields = Pick<Client, 'name' | 'company' | 'email' | 'address' | 'taxId' | 'confidential'>;

/**
 * What must never appear outside the app: email, address (whole and line by line) and tax id for every client, and
 * the name and company too for a confidential one.
 */
export function clientSecrets(client: ClientPrivateFields): string[] {
  const candidates = [client.email, client.taxId, client.address, ...(client.address ?? '').split(/\r?\n/)];
  if (client.confidential) candidates.push(client.name, client.company);
  const secrets = new Set<string>();
  for (const candidate of candidates) {
    const trimmed = candidate?.trim() ?? '';
    if (trimmed !== '') secrets.add(trimmed);
  }
  return [...secrets];
}

/**
 * A test of whether a text gives one of `secrets` away, compared as written and ignoring case. Both comparisons are
 * made because lower-casing is not always letter by letter (a final Greek sigma), so neither alone catches every
 * spelling. The secrets are lower-cased once, for the figures that label a thousand records against the same ones.
 */
export function secretRevealTest(secrets: readonly string[]): (text: string) => boolean {
  const spellings = secrets.map((secret) => [secret, secret.toLowerCase()] as const);
  return (text) => {
    const lowered = text.toLowerCase();
    return spellings.some(([secret, loweredSecret]) => text.includes(secret) || lowered.includes(loweredSecret));
  };
}

/** Whether a text gives a secret away (see secretRevealTest). */
export function revealsSecret(text: string, secrets: readonly string[]): boolean {
  return secretRevealTest(secrets)(text);
}

class Redactor {
  withheld = 0;
  constructor(private readonly secrets: readonly string[]) {}

  /** The text when it is safe to show; undefined (and counted) when it would give the client away. */
  keep(text: string | undefined): string | undefined {
    if (text === undefined || text.trim() === '') return undefined;
    if (!revealsSecret(text, this.secrets)) return text;
    this.withheld += 1;
    return undefined;
  }

  keepAll(texts: readonly string[]): string[] {
    return texts.flatMap((text) => {
      const kept = this.keep(text);
      return kept === undefined ? [] : [kept];
    });
  }
}

function byLatestFirst(a: Project, b: Project): number {
  return (b.endDate ?? b.startDate).localeCompare(a.endDate ?? a.startDate) || a.id.localeCompare(b.id);
}

/**
 * Builds the public view from the client's projects (only those shown in the portfolio) and the feedback on them
 * that the client allowed quoting. Every text, the alias included, is checked against the client's secrets, so a
 * project summary that names a confidential client is left out rather than published.
 */
export function clientPublicView(client: Client, projects: readonly Project[], feedback: readonly Feedback[]): ClientPublicView {
  const redactor = new Redactor(clientSecrets(client));
  const shown = projects.filter((project) => project.clientId === client.id && project.deletedAt === undefined && project.portfolio.visible).sort(byLatestFirst);
  const publicNames = new Map(shown.map((project) => [project.id, redactor.keep(project.name)]));

  const publicProjects = shown.map((project) => ({
    name: publicNames.get(project.id),
    summary: redactor.keep(project.portfolio.summary),
    outcome: redactor.keep(project.portfolio.outcome),
    link: redactor.keep(project.portfolio.link),
    skills: redactor.keepAll(project.skills),
    startDate: redactor.keep(project.startDate),
    endDate: redactor.keep(project.endDate),
  }));

  const testimonials = feedback
    .filter((item) => item.canQuote && item.deletedAt === undefined && publicNames.has(item.projectId))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((item) => ({
      ratingTenths: item.ratingTenths,
      comment: redactor.keep(item.comment),
      date: redactor.keep(item.date),
      projectName: publicNames.get(item.projectId),
    }));

  const identity = client.confidential
    ? { shownAs: redactor.keep(client.publicAlias), company: undefined, industry: undefined, country: undefined }
    : { shownAs: redactor.keep(client.name), company: redactor.keep(client.company), industry: redactor.keep(client.industry), country: redactor.keep(client.country) };

  return { confidential: client.confidential, ...identity, projects: publicProjects, testimonials, withheldCount: redactor.withheld };
}
