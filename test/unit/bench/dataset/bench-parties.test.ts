import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../../src/demo/seeded-random';
import { benchDays } from '../../../bench/dataset/bench-calendar';
import { ActiveProjects, benchClients, benchProjects } from '../../../bench/dataset/bench-parties';

const days = benchDays('2026-01-01', 3, 'Europe/Berlin');

function projectsOf(count: number, clientCount: number) {
  const random = new SeededRandom(1);
  const ids = new SeededRandom(2);
  const clients = benchClients(clientCount, days, random, ids);
  return { clients, projects: benchProjects(count, clients, days, random, ids) };
}

describe('benchClients', () => {
  it('names clients uniquely and gives each confidential one a public alias', () => {
    const { clients } = projectsOf(1, 150);
    expect(new Set(clients.map(({ client }) => client.name)).size).toBe(150);
    const confidential = clients.filter(({ client }) => client.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    for (const { client } of confidential) expect(client.publicAlias).toMatch(/^A company in /);
  });
});

describe('ActiveProjects', () => {
  it('gives every day at least one project that is worked on that day', () => {
    for (const count of [1, 3, 40]) {
      const { projects } = projectsOf(count, 2);
      const active = new ActiveProjects(projects);
      days.forEach((_, day) => {
        const { low, high } = active.on(day);
        expect(low).toBeLessThanOrEqual(high);
        for (let index = low; index <= high; index += 1) {
          const work = projects[index];
          expect(work !== undefined && work.fromDay <= day && day <= work.untilDay).toBe(true);
        }
      });
    }
  });

  it('leaves out only projects not worked on that day', () => {
    const { projects } = projectsOf(40, 4);
    const active = new ActiveProjects(projects);
    const day = 600;
    const { low, high } = active.on(day);
    const workedOn = projects.flatMap((work, index) => (work.fromDay <= day && day <= work.untilDay ? [index] : []));
    expect(workedOn).toEqual(Array.from({ length: high - low + 1 }, (_, offset) => low + offset));
  });
});
