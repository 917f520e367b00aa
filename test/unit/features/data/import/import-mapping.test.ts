import { describe, expect, it } from 'vitest';
import {
  CREATE_NEW,
  initialImportMapping,
  projectChoices,
  projectMappingKey,
  remapClient,
  type ExistingProject,
  type MappablePreview,
} from '../../../../../src/features/data/import/import-mapping';

const PREVIEW: MappablePreview = {
  clients: [{ name: 'Acme Widgets, Inc.', match: { id: 'client-acme', name: 'Acme Widgets, Inc.' } }, { name: 'Café Olé GmbH' }],
  projects: [
    { clientName: 'Acme Widgets, Inc.', name: 'Checkout redesign', match: { id: 'project-checkout', name: 'Checkout Redesign' } },
    { clientName: 'Acme Widgets, Inc.', name: 'Mobile app' },
    { clientName: 'Café Olé GmbH', name: 'Website relaunch' },
  ],
};

const EXISTING: ExistingProject[] = [
  { id: 'project-checkout', clientId: 'client-acme', name: 'Checkout Redesign' },
  { id: 'project-brand', clientId: 'client-acme', name: 'Brand' },
  { id: 'project-site', clientId: 'client-cafe', name: 'Site' },
];

const CHECKOUT = projectMappingKey('Acme Widgets, Inc.', 'Checkout redesign');
const MOBILE = projectMappingKey('Acme Widgets, Inc.', 'Mobile app');
const RELAUNCH = projectMappingKey('Café Olé GmbH', 'Website relaunch');

describe('import mapping', () => {
  it('starts from the preview’s matches and creates the rest', () => {
    const mapping = initialImportMapping(PREVIEW);
    expect(mapping.clients).toEqual({ 'Acme Widgets, Inc.': 'client-acme', 'Café Olé GmbH': CREATE_NEW });
    expect(mapping.projects).toEqual({ [CHECKOUT]: 'project-checkout', [MOBILE]: CREATE_NEW, [RELAUNCH]: CREATE_NEW });
  });

  it('keys projects by client and project name joined with a NUL', () => {
    expect(CHECKOUT).toBe('Acme Widgets, Inc.\u0000Checkout redesign');
  });

  it('offers only the projects of the client a file client is mapped to', () => {
    const mapping = initialImportMapping(PREVIEW);
    expect(projectChoices(mapping, 'Acme Widgets, Inc.', EXISTING).map((project) => project.id)).toEqual(['project-checkout', 'project-brand']);
    expect(projectChoices(mapping, 'Café Olé GmbH', EXISTING)).toEqual([]);
  });

  it('moves projects to "create new" when their client is pointed elsewhere, as they cannot go into another client’s project', () => {
    const mapping = remapClient(initialImportMapping(PREVIEW), PREVIEW, EXISTING, 'Acme Widgets, Inc.', 'client-cafe');
    expect(mapping.clients['Acme Widgets, Inc.']).toBe('client-cafe');
    expect(mapping.projects[CHECKOUT]).toBe(CREATE_NEW);
    expect(mapping.projects[MOBILE]).toBe(CREATE_NEW);
    expect(mapping.projects[RELAUNCH]).toBe(CREATE_NEW);
  });

  it('keeps a chosen project when its client stays, and brings the preview’s match back when the client returns', () => {
    const start = initialImportMapping(PREVIEW);
    const chosen = { ...start, projects: { ...start.projects, [MOBILE]: 'project-brand' } };
    const kept = remapClient(chosen, PREVIEW, EXISTING, 'Acme Widgets, Inc.', 'client-acme');
    expect(kept.projects[MOBILE]).toBe('project-brand');

    const away = remapClient(chosen, PREVIEW, EXISTING, 'Acme Widgets, Inc.', CREATE_NEW);
    expect(away.projects[CHECKOUT]).toBe(CREATE_NEW);
    const back = remapClient(away, PREVIEW, EXISTING, 'Acme Widgets, Inc.', 'client-acme');
    expect(back.projects[CHECKOUT]).toBe('project-checkout');
    expect(back.projects[MOBILE]).toBe(CREATE_NEW);
  });

  it('leaves other clients’ projects alone and does not change the mapping it was given', () => {
    const start = initialImportMapping(PREVIEW);
    const snapshot = structuredClone(start);
    const changed = remapClient(start, PREVIEW, EXISTING, 'Café Olé GmbH', 'client-cafe');
    expect(changed.projects[CHECKOUT]).toBe('project-checkout');
    expect(changed.projects[RELAUNCH]).toBe(CREATE_NEW);
    expect(start).toEqual(snapshot);
  });
});
