import { publicClientName, publicNamePreview } from '../../domain/clients/client-display';
import type { Client, Feedback, Project } from '../../domain/model';

export interface PortfolioProjectPreview {
  project: Project;
  /** The client as others will read it: a confidential client by its alias only. */
  clientShownAs: string;
  clientConfidential: boolean;
}

/** What a testimonial quotes of a review: never the whole record, whose private note is for the freelancer alone. */
export type QuotedFeedback = Pick<Feedback, 'id' | 'date' | 'ratingTenths' | 'comment'>;

export interface PortfolioTestimonialPreview {
  feedback: QuotedFeedback;
  projectName: string;
  clientShownAs: string;
}

/** Shown for a project whose client record is gone: nothing about the client can leak. */
export const UNKNOWN_CLIENT = 'A past client';

function shownAs(client: Client | undefined): string {
  return client === undefined ? UNKNOWN_CLIENT : publicClientName(client);
}

/** The projects the export will list: only those marked visible, most recently finished (or started) first. */
export function portfolioProjectPreviews(projects: readonly Project[], clientsById: ReadonlyMap<string, Client>): PortfolioProjectPreview[] {
  return projects
    .filter((project) => project.portfolio.visible)
    .map((project) => {
      const client = clientsById.get(project.clientId);
      return { project, clientShownAs: shownAs(client), clientConfidential: client?.confidential ?? false };
    })
    .sort((a, b) => latestDay(b.project).localeCompare(latestDay(a.project)));
}

function latestDay(project: Project): string {
  return project.endDate ?? project.startDate;
}

/** Feedback the client allowed quoting, on projects the portfolio shows, newest first. */
export function portfolioTestimonials(
  feedback: readonly Feedback[],
  visibleProjects: readonly PortfolioProjectPreview[],
): PortfolioTestimonialPreview[] {
  const byProjectId = new Map(visibleProjects.map((preview) => [preview.project.id, preview]));
  const testimonials: PortfolioTestimonialPreview[] = [];
  for (const item of feedback) {
    const preview = byProjectId.get(item.projectId);
    if (!item.canQuote || preview === undefined) continue;
    const quoted: QuotedFeedback = { id: item.id, date: item.date, ratingTenths: item.ratingTenths, comment: item.comment };
    testimonials.push({ feedback: quoted, projectName: preview.project.name, clientShownAs: preview.clientShownAs });
  }
  return testimonials.sort((a, b) => b.feedback.date.localeCompare(a.feedback.date));
}

/** "Helix Biotech GmbH → A European biotech company" for every confidential client, by real name. */
export function confidentialClientPreviews(clients: readonly Client[]): { id: string; line: string }[] {
  return clients
    .filter((client) => client.confidential)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((client) => ({ id: client.id, line: publicNamePreview(client) }));
}
