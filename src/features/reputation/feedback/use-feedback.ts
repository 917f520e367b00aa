import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { listClients } from '../../../db/repositories/clients';
import { getFeedback, listFeedback } from '../../../db/repositories/feedback';
import { listProjects } from '../../../db/repositories/projects';
import type { Client, Feedback, Project } from '../../../domain/model';

export interface FeedbackView {
  feedback: Feedback[];
  clientsById: ReadonlyMap<string, Client>;
  projectsById: ReadonlyMap<string, Project>;
}

/** Every live rating and comment, newest first, with the client and project each is about. */
export function useFeedback(): FeedbackView | undefined {
  return useLiveQuery(async () => {
    const [feedback, clients, projects] = await Promise.all([listFeedback(db), listClients(db, { includeArchived: true }), listProjects(db)]);
    return {
      feedback,
      clientsById: new Map(clients.map((client) => [client.id, client])),
      projectsById: new Map(projects.map((project) => [project.id, project])),
    };
  }, []);
}

export interface FeedbackFormSources {
  /** The live projects feedback can be about, whatever their status. */
  projects: Project[];
  clientsById: ReadonlyMap<string, Client>;
  /** The feedback being edited as stored (deleted too, so the form can say so); undefined for new feedback. */
  stored: Feedback | undefined;
}

/** What the feedback form chooses from, and the record it edits. */
export function useFeedbackFormSources(feedbackId: string | undefined): FeedbackFormSources | undefined {
  return useLiveQuery(async () => {
    const [projects, clients, stored] = await Promise.all([
      listProjects(db),
      listClients(db, { includeArchived: true }),
      feedbackId === undefined ? undefined : getFeedback(db, feedbackId),
    ]);
    return { projects, clientsById: new Map(clients.map((client) => [client.id, client])), stored };
  }, [feedbackId]);
}
