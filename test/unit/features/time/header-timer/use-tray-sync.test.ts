import { describe, expect, it } from 'vitest';
import { trayStateOf } from '../../../../../src/features/time/header-timer/use-tray-sync';
import type { ProjectOption } from '../../../../../src/features/time/project-options';
import { trayStateSchema } from '../../../../../src/platform/contract';
import { client, project } from '../../records';
import { timeEntry } from '../time-entry-records';

function option(id: string, status: ProjectOption['status'] = 'active'): ProjectOption {
  return { id, name: `Project ${id}`, clientName: `Client of ${id}`, status, billable: true };
}

describe('trayStateOf', () => {
  const options = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => option(id)).concat(option('done', 'completed'));

  it('shows the running project, its client and start, and valid tray state', () => {
    const running = { entry: timeEntry('e1', 1_000, null, { projectId: 'a' }), project: project('a', 'c1', { name: 'Dashboard' }), client: client('c1', { name: 'Northwind' }) };
    const state = trayStateOf(running, options, ['a']);
    expect(state.running).toEqual({ projectName: 'Dashboard', clientName: 'Northwind', start: 1_000 });
    expect(trayStateSchema.safeParse(state).success).toBe(true);
  });

  it('offers up to five recent active projects to switch to, skipping finished and unknown ones', () => {
    const state = trayStateOf(null, options, ['done', 'missing', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(state.running).toBeNull();
    expect(state.recentProjects).toEqual(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: `Project ${id} · Client of ${id}` })));
  });

  it('names a running entry whose project is gone', () => {
    const state = trayStateOf({ entry: timeEntry('e1', 5, null), project: undefined, client: undefined }, options, []);
    expect(state.running).toEqual({ projectName: 'Unknown project', clientName: '', start: 5 });
  });
});
