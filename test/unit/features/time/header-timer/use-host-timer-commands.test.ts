import { describe, expect, it } from 'vitest';
import { runTimerCommand, type TimerCommandHandlers } from '../../../../../src/features/time/header-timer/use-host-timer-commands';
import type { TimerDraft } from '../../../../../src/features/time/use-timer-actions';
import type { TimerCommand } from '../../../../../src/platform/contract';

function recorder(running: boolean) {
  const calls: string[] = [];
  const starts: TimerDraft[] = [];
  const handlers: TimerCommandHandlers = {
    isRunning: () => running,
    actions: {
      start: (draft) => {
        starts.push(draft);
        calls.push('start');
        return Promise.resolve(true);
      },
      stop: () => {
        calls.push('stop');
        return Promise.resolve(true);
      },
      continueEntry: () => {
        calls.push('continueEntry');
        return Promise.resolve(true);
      },
      continueLast: () => {
        calls.push('continueLast');
        return Promise.resolve(true);
      },
    },
    startFromDraft: () => {
      calls.push('startFromDraft');
      return Promise.resolve(true);
    },
  };
  return { calls, starts, handlers };
}

async function run(command: TimerCommand, running: boolean, hasDraftProject: boolean) {
  const recorded = recorder(running);
  await runTimerCommand(command, recorded.handlers, hasDraftProject);
  return recorded;
}

describe('runTimerCommand', () => {
  it('toggles: stops a running timer, else starts the bar’s draft, else the last entry again', async () => {
    expect((await run({ kind: 'toggle' }, true, true)).calls).toEqual(['stop']);
    expect((await run({ kind: 'toggle' }, false, true)).calls).toEqual(['startFromDraft']);
    expect((await run({ kind: 'toggle' }, false, false)).calls).toEqual(['continueLast']);
  });

  it('stops only a running timer', async () => {
    expect((await run({ kind: 'stop' }, true, false)).calls).toEqual(['stop']);
    expect((await run({ kind: 'stop' }, false, false)).calls).toEqual([]);
  });

  it('restarts the last entry, and switches to a project with an empty description', async () => {
    expect((await run({ kind: 'restartLast' }, true, false)).calls).toEqual(['continueLast']);
    const switched = await run({ kind: 'switchTo', projectId: 'p7' }, true, false);
    expect(switched.calls).toEqual(['start']);
    expect(switched.starts).toEqual([{ projectId: 'p7', description: '', tags: [] }]);
  });
});
