import { describe, expect, it } from 'vitest';
import { projectsSummary } from '../../../../src/features/projects/project-labels';
import { project } from '../records';

describe('projectsSummary', () => {
  it('counts projects by status and those shown in the portfolio', () => {
    const projects = [
      project('a', 'c', { status: 'active' }),
      project('b', 'c', { status: 'active' }),
      project('d', 'c', { status: 'completed', portfolio: { visible: true, summary: '', outcome: '', imageIds: [] } }),
      project('e', 'c', { status: 'cancelled' }),
    ];
    expect(projectsSummary(projects)).toBe('4 projects · 2 active · 1 completed · 1 in portfolio');
  });

  it('speaks of a single project in the singular and skips empty counts', () => {
    expect(projectsSummary([project('a', 'c', { status: 'paused' })])).toBe('1 project · 1 paused');
  });
});
