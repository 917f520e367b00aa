import type { Client, Feedback, Project } from '../../../src/domain/model';

/** Small builders for stored records, so each test states only the fields it is about. */

export function client(id: string, overrides: Partial<Client> = {}): Client {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    name: `Client ${id}`,
    currency: 'EUR',
    paymentTermsDays: 14,
    platform: 'direct',
    confidential: false,
    tags: [],
    ...overrides,
  };
}

export function project(id: string, clientId: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    clientId,
    name: `Project ${id}`,
    billing: { kind: 'hourly', rateMinor: 9_000 },
    currency: 'EUR',
    startDate: '2026-01-05',
    status: 'active',
    skills: [],
    portfolio: { visible: false, summary: '', outcome: '', imageIds: [] },
    ...overrides,
  };
}

export function feedback(id: string, projectId: string, clientId: string, overrides: Partial<Feedback> = {}): Feedback {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    projectId,
    clientId,
    date: '2026-02-01',
    ratingTenths: 50,
    subScores: {},
    comment: 'Excellent work.',
    canQuote: true,
    source: 'manual',
    ...overrides,
  };
}
