import { describe, expect, it } from 'vitest';
import { createCommands, type NewRecordKind } from '../../../src/app/commands';
import type { ThemePreference } from '../../../src/domain/model';
import { AREA_IDS, AREA_LABELS, type AreaId } from '../../../src/platform/contract';

function recordingCommands() {
  const calls: { navigated: AreaId[]; newForms: NewRecordKind[]; demo: number; themes: ThemePreference[]; timer: string[] } = { navigated: [], newForms: [], demo: 0, themes: [], timer: [] };
  const commands = createCommands({
    navigate: (area) => calls.navigated.push(area),
    openNewForm: (kind) => calls.newForms.push(kind),
    loadDemoData: () => {
      calls.demo += 1;
      return Promise.resolve();
    },
    setThemePreference: (theme) => {
      calls.themes.push(theme);
      return Promise.resolve();
    },
    startTimer: () => {
      calls.timer.push('start');
      return Promise.resolve();
    },
    stopTimer: () => {
      calls.timer.push('stop');
      return Promise.resolve();
    },
    continueLastEntry: () => {
      calls.timer.push('continue');
      return Promise.resolve();
    },
  });
  return { calls, commands };
}

describe('createCommands', () => {
  it('offers "Go to <area>" for every area, named exactly by its label', () => {
    const { commands } = recordingCommands();
    for (const area of AREA_IDS) {
      expect(commands.some((command) => command.title === `Go to ${AREA_LABELS[area]}`)).toBe(true);
    }
  });

  it('gives every command a distinct id and title', () => {
    const { commands } = recordingCommands();
    expect(new Set(commands.map((command) => command.id)).size).toBe(commands.length);
    expect(new Set(commands.map((command) => command.title)).size).toBe(commands.length);
  });

  it('includes the data and theme commands the palette promises', () => {
    const { commands } = recordingCommands();
    const titles = commands.map((command) => command.title);
    expect(titles).toEqual(expect.arrayContaining(['Load demo data', 'Switch to dark theme', 'Switch to light theme', 'Use system theme']));
  });

  it('runs each command through the matching action', async () => {
    const { calls, commands } = recordingCommands();
    const byTitle = (title: string) => {
      const command = commands.find((candidate) => candidate.title === title);
      if (command === undefined) throw new Error(`no command titled ${title}`);
      return command;
    };
    await byTitle('Go to Invoices').run();
    await byTitle('Go to Settings').run();
    await byTitle('Load demo data').run();
    await byTitle('Switch to dark theme').run();
    await byTitle('Use system theme').run();
    expect(calls.navigated).toEqual(['invoices', 'settings']);
    expect(calls.demo).toBe(1);
    expect(calls.themes).toEqual(['dark', 'system']);
  });

  it('offers the timer commands under Timer and runs each through its own action', async () => {
    const { calls, commands } = recordingCommands();
    const timerCommands = commands.filter((command) => command.section === 'Timer');
    expect(timerCommands.map((command) => command.title)).toEqual(['Start timer', 'Stop timer', 'Continue last entry']);
    for (const command of timerCommands) await command.run();
    expect(calls.timer).toEqual(['start', 'stop', 'continue']);
    expect(calls.navigated).toEqual([]);
  });

  it('offers a "New …" command for each kind of record, each opening its own form', async () => {
    const { calls, commands } = recordingCommands();
    const create = commands.filter((command) => command.section === 'Create');
    expect(create.map((command) => command.title)).toEqual(['New client', 'New project', 'New proposal', 'New invoice', 'New time entry']);
    for (const command of create) await command.run();
    expect(calls.newForms).toEqual(['client', 'project', 'proposal', 'invoice', 'timeEntry']);
    expect(calls.navigated).toEqual([]);
  });
});
