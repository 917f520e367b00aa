import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../../src/domain/time/zoned-instant';
import { idleTransition, NOT_TRACKING, type IdleEvent, type IdleState } from '../../../../src/domain/time-tracking/idle-machine';

const MINUTE = 60_000;
const THRESHOLD = 10 * MINUTE;
const T = Date.UTC(2026, 2, 2, 8, 0);

const tracking: IdleState = { kind: 'tracking', entryId: 'e1' };
const idleSinceT: IdleState = { kind: 'idle', entryId: 'e1', idleSince: T };
const awaiting: IdleState = { kind: 'awaitingDecision', entryId: 'e1', idleStart: T, idleEnd: T + 30 * MINUTE };

function run(state: IdleState, events: IdleEvent[]) {
  const prompts = [];
  let current = state;
  for (const event of events) {
    const step = idleTransition(current, event, THRESHOLD);
    current = step.state;
    if (step.prompt !== undefined) prompts.push(step.prompt);
  }
  return { state: current, prompts };
}

describe('idleTransition: not tracking', () => {
  it('starts tracking when a timer starts', () => {
    expect(idleTransition(NOT_TRACKING, { kind: 'timerStarted', entryId: 'e1' }, THRESHOLD)).toEqual({ state: tracking });
  });

  it.each<IdleEvent>([
    { kind: 'timerStopped' },
    { kind: 'wentIdle', since: T },
    { kind: 'suspended', at: T },
    { kind: 'screenLocked', at: T },
    { kind: 'resumed', at: T + 60 * MINUTE },
    { kind: 'screenUnlocked', at: T + 60 * MINUTE },
    { kind: 'activity', at: T + 60 * MINUTE },
    { kind: 'decided', decision: 'discard' },
  ])('ignores $kind: idleness without a timer asks nothing', (event) => {
    expect(idleTransition(NOT_TRACKING, event, THRESHOLD)).toEqual({ state: NOT_TRACKING });
  });
});

describe('idleTransition: tracking', () => {
  it.each<[IdleEvent, number]>([
    [{ kind: 'wentIdle', since: T }, T],
    [{ kind: 'suspended', at: T + 1 }, T + 1],
    [{ kind: 'screenLocked', at: T + 2 }, T + 2],
  ])('marks the entry idle from the moment of %j', (event, since) => {
    expect(idleTransition(tracking, event, THRESHOLD)).toEqual({ state: { kind: 'idle', entryId: 'e1', idleSince: since } });
  });

  it.each<IdleEvent>([
    { kind: 'activity', at: T },
    { kind: 'resumed', at: T },
    { kind: 'screenUnlocked', at: T },
    { kind: 'decided', decision: 'keep' },
  ])('keeps tracking on $kind', (event) => {
    expect(idleTransition(tracking, event, THRESHOLD)).toEqual({ state: tracking });
  });

  it('follows a switch to another entry and a stop', () => {
    expect(idleTransition(tracking, { kind: 'timerStarted', entryId: 'e2' }, THRESHOLD)).toEqual({ state: { kind: 'tracking', entryId: 'e2' } });
    expect(idleTransition(tracking, { kind: 'timerStopped' }, THRESHOLD)).toEqual({ state: NOT_TRACKING });
  });
});

describe('idleTransition: idle', () => {
  it.each<IdleEvent>([
    { kind: 'activity', at: T + 30 * MINUTE },
    { kind: 'resumed', at: T + 30 * MINUTE },
    { kind: 'screenUnlocked', at: T + 30 * MINUTE },
  ])('asks about the idle stretch on return by $kind', (event) => {
    const prompt = { entryId: 'e1', idleStart: T, idleEnd: T + 30 * MINUTE };
    expect(idleTransition(idleSinceT, event, THRESHOLD)).toEqual({ state: { kind: 'awaitingDecision', ...prompt }, prompt });
  });

  it('asks when the absence lasted exactly the threshold', () => {
    expect(idleTransition(idleSinceT, { kind: 'activity', at: T + THRESHOLD }, THRESHOLD).prompt).toEqual({
      entryId: 'e1',
      idleStart: T,
      idleEnd: T + THRESHOLD,
    });
  });

  it('never asks about an absence shorter than the threshold: a quick lock and unlock', () => {
    const result = run(tracking, [
      { kind: 'screenLocked', at: T },
      { kind: 'screenUnlocked', at: T + THRESHOLD - 1 },
    ]);
    expect(result).toEqual({ state: tracking, prompts: [] });
  });

  it('keeps the earliest moment when a lock comes during idle', () => {
    const result = run(tracking, [
      { kind: 'wentIdle', since: T },
      { kind: 'screenLocked', at: T + 15 * MINUTE },
      { kind: 'screenUnlocked', at: T + 70 * MINUTE },
    ]);
    expect(result.prompts).toEqual([{ entryId: 'e1', idleStart: T, idleEnd: T + 70 * MINUTE }]);
  });

  it('keeps the earliest moment when system idle is back-dated before a lock', () => {
    const result = run(tracking, [
      { kind: 'screenLocked', at: T + 10 * MINUTE },
      { kind: 'wentIdle', since: T },
      { kind: 'activity', at: T + 40 * MINUTE },
    ]);
    expect(result.prompts).toEqual([{ entryId: 'e1', idleStart: T, idleEnd: T + 40 * MINUTE }]);
  });

  it('asks once for a sleep across midnight, from the moment the lid closed to the morning', () => {
    const zone = 'Europe/Berlin';
    const lidClosed = zonedInstant('2026-03-02', '23:10', zone);
    const lidOpened = zonedInstant('2026-03-03', '07:45', zone);
    const result = run(tracking, [
      { kind: 'screenLocked', at: lidClosed },
      { kind: 'suspended', at: lidClosed + 2000 },
      { kind: 'resumed', at: lidOpened },
      { kind: 'screenUnlocked', at: lidOpened + 20_000 },
      { kind: 'activity', at: lidOpened + 25_000 },
    ]);
    expect(result.prompts).toEqual([{ entryId: 'e1', idleStart: lidClosed, idleEnd: lidOpened }]);
    expect(result.state).toEqual({ kind: 'awaitingDecision', entryId: 'e1', idleStart: lidClosed, idleEnd: lidOpened });
    expect(lidOpened - lidClosed).toBe((8 * 60 + 35) * MINUTE);
  });

  it('ignores a decision when nothing was asked', () => {
    expect(idleTransition(idleSinceT, { kind: 'decided', decision: 'discard' }, THRESHOLD)).toEqual({ state: idleSinceT });
  });

  it('drops the idle stretch when the timer stops or another starts meanwhile', () => {
    expect(idleTransition(idleSinceT, { kind: 'timerStopped' }, THRESHOLD)).toEqual({ state: NOT_TRACKING });
    expect(idleTransition(idleSinceT, { kind: 'timerStarted', entryId: 'e2' }, THRESHOLD)).toEqual({ state: { kind: 'tracking', entryId: 'e2' } });
  });

  it('applies a changed threshold on return', () => {
    expect(idleTransition(idleSinceT, { kind: 'activity', at: T + 20 * MINUTE }, 30 * MINUTE)).toEqual({ state: tracking });
    expect(idleTransition(idleSinceT, { kind: 'activity', at: T + 20 * MINUTE }, 15 * MINUTE).prompt).toBeDefined();
  });
});

describe('idleTransition: awaiting a decision', () => {
  it.each([
    ['keep', tracking],
    ['discard', tracking],
    ['moveToNewEntry', tracking],
    ['discardAndStop', NOT_TRACKING],
  ] as const)('after %s the state is %j', (decision, state) => {
    expect(idleTransition(awaiting, { kind: 'decided', decision }, THRESHOLD)).toEqual({ state });
  });

  it.each<IdleEvent>([
    { kind: 'activity', at: T + 31 * MINUTE },
    { kind: 'resumed', at: T + 31 * MINUTE },
    { kind: 'screenUnlocked', at: T + 31 * MINUTE },
  ])('waits for the answer through $kind, asking nothing new', (event) => {
    expect(idleTransition(awaiting, event, THRESHOLD)).toEqual({ state: awaiting });
  });

  it('grows the unanswered stretch when the user leaves again before answering', () => {
    const result = run(awaiting, [
      { kind: 'screenLocked', at: T + 32 * MINUTE },
      { kind: 'screenUnlocked', at: T + 90 * MINUTE },
    ]);
    expect(result.prompts).toEqual([{ entryId: 'e1', idleStart: T, idleEnd: T + 90 * MINUTE }]);
    expect(idleTransition(awaiting, { kind: 'wentIdle', since: T + 31 * MINUTE }, THRESHOLD).state).toEqual(idleSinceT);
    expect(idleTransition(awaiting, { kind: 'suspended', at: T + 31 * MINUTE }, THRESHOLD).state).toEqual(idleSinceT);
  });

  it('lets a timer stopped or switched elsewhere (tray, shortcut) end the question', () => {
    expect(idleTransition(awaiting, { kind: 'timerStopped' }, THRESHOLD)).toEqual({ state: NOT_TRACKING });
    expect(idleTransition(awaiting, { kind: 'timerStarted', entryId: 'e3' }, THRESHOLD)).toEqual({ state: { kind: 'tracking', entryId: 'e3' } });
  });

  it('tracks the new entry that a discard started once the store reports it', () => {
    const result = run(awaiting, [
      { kind: 'decided', decision: 'discard' },
      { kind: 'timerStarted', entryId: 'e2' },
      { kind: 'wentIdle', since: T + 50 * MINUTE },
      { kind: 'activity', at: T + 65 * MINUTE },
    ]);
    expect(result.prompts).toEqual([{ entryId: 'e2', idleStart: T + 50 * MINUTE, idleEnd: T + 65 * MINUTE }]);
  });
});
