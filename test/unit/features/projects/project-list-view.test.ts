import { describe, expect, it } from 'vitest';
import { clientsWithProjects, DEFAULT_PROJECT_FILTER, filterProjects } from '../../../../src/features/projects/project-list-view';
import { client, project } from '../records';

const clients = new Map([
  ['nw', client('nw', { name: 'Northwind Analytics' })],
  ['hx', client('hx', { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' })],
  ['idle', client('idle', { name: 'Idle Co' })],
]);
const projects = [
  project('a', 'nw', { name: 'Dashboard retainer', skills: ['React', 'D3.js'] }),
  project('b', 'hx', { name: 'Lab inventory', status: 'completed', skills: ['IndexedDB'] }),
  project('c', 'nw', { name: 'Report builder', status: 'paused' }),
];

function ids(list: readonly { id: string }[]): string[] {
  return list.map((item) => item.id);
}

describe('filterProjects', () => {
  it('lets everything through by default, in the given order', () => {
    expect(ids(filterProjects(projects, clients, DEFAULT_PROJECT_FILTER))).toEqual(['a', 'b', 'c']);
  });

  it('filters by status and client', () => {
    expect(ids(filterProjects(projects, clients, { ...DEFAULT_PROJECT_FILTER, status: 'paused' }))).toEqual(['c']);
    expect(ids(filterProjects(projects, clients, { ...DEFAULT_PROJECT_FILTER, clientId: 'nw' }))).toEqual(['a', 'c']);
  });

  it('searches project names, client names and aliases, and skills', () => {
    expect(ids(filterProjects(projects, clients, { ...DEFAULT_PROJECT_FILTER, search: 'd3' }))).toEqual(['a']);
    expect(ids(filterProjects(projects, clients, { ...DEFAULT_PROJECT_FILTER, search: 'biotech' }))).toEqual(['b']);
    expect(ids(filterProjects(projects, clients, { ...DEFAULT_PROJECT_FILTER, search: 'northwind' }))).toEqual(['a', 'c']);
  });
});

describe('clientsWithProjects', () => {
  it('lists only clients that have projects, by name', () => {
    expect(clientsWithProjects(projects, clients).map((item) => item.name)).toEqual(['Helix Biotech GmbH', 'Northwind Analytics']);
  });
});
