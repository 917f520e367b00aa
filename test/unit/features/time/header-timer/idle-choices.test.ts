import { describe, expect, it } from 'vitest';
import { idleChoices, idleOutcome } from '../../../../../src/features/time/header-timer/idle-choices';
import { IDLE_DECISIONS } from '../../../../../src/domain/time-tracking/idle-machine';

const times = { idleStart: '10:02', idleEnd: '10:47', projectName: 'Dashboard rebuild' };

describe('idleChoices', () => {
  it('offers the four answers in Harvest’s order with the names the dialog’s buttons carry', () => {
    const choices = idleChoices(times);
    expect(choices.map((choice) => choice.decision)).toEqual([...IDLE_DECISIONS]);
    expect(choices.map((choice) => choice.label)).toEqual(['Keep the idle time', 'Discard the idle time', 'Discard and stop', 'Move to a new entry']);
  });

  it('says what each answer does with the times', () => {
    const effects = Object.fromEntries(idleChoices(times).map((choice) => [choice.decision, choice.effect]));
    expect(effects.keep).toBe('Counts 10:02–10:47 as work. The timer keeps running.');
    expect(effects.discard).toContain('Ends this entry at 10:02');
    expect(effects.discard).toContain('new entry from 10:47');
    expect(effects.discardAndStop).toContain('stops the timer');
    expect(effects.moveToNewEntry).toContain('a new entry on Dashboard rebuild runs from 10:02');
  });
});

describe('idleOutcome', () => {
  it('confirms each answer in words', () => {
    expect(idleOutcome('keep', times)).toBe('Kept 10:02–10:47; the timer keeps running');
    expect(idleOutcome('discard', times)).toBe('Discarded 10:02–10:47; the timer continues from 10:47');
    expect(idleOutcome('discardAndStop', times)).toBe('Discarded 10:02–10:47 and stopped the timer at 10:02');
    expect(idleOutcome('moveToNewEntry', times)).toBe('Moved 10:02–10:47 to a new entry, still running');
  });
});
