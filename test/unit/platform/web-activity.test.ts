import { describe, expect, it } from 'vitest';
import type { SystemActivityEvent } from '../../../src/platform/contract';
import { watchPageActivity } from '../../../src/platform/web-activity';
import { fakePage } from './fake-page';

const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 8, 0);

function watch(thresholdMinutes = 10) {
  const browser = fakePage(START);
  const events: SystemActivityEvent[] = [];
  const stop = watchPageActivity(browser.page, thresholdMinutes, (event) => events.push(event));
  return { ...browser, events, stop };
}

describe('watchPageActivity', () => {
  it('reports idle once the threshold passes without input, dated to the last input', () => {
    const { advance, input, events } = watch();
    advance(4 * MINUTE);
    input();
    advance(9 * MINUTE);
    expect(events).toEqual([]);
    advance(2 * MINUTE);
    expect(events).toEqual([{ kind: 'idle', since: START + 4 * MINUTE }]);
    advance(60 * MINUTE);
    expect(events).toHaveLength(1);
  });

  it('reports the first input after idle as active, once, and watches for the next absence', () => {
    const { advance, input, events } = watch(5);
    advance(7 * MINUTE);
    input();
    input();
    expect(events).toEqual([
      { kind: 'idle', since: START },
      { kind: 'active', at: START + 7 * MINUTE },
    ]);
    advance(5 * MINUTE);
    expect(events.at(-1)).toEqual({ kind: 'idle', since: START + 7 * MINUTE });
  });

  it('treats a hidden page as a locked screen, from the moment it was hidden', () => {
    const { advance, setHidden, events } = watch();
    advance(3 * MINUTE);
    setHidden(true);
    advance(45 * MINUTE);
    setHidden(false);
    expect(events).toEqual([
      { kind: 'lock', at: START + 3 * MINUTE },
      { kind: 'unlock', at: START + 48 * MINUTE },
    ]);
  });

  it('counts the return to the page as input, so idle is measured from there', () => {
    const { advance, setHidden, events } = watch(10);
    setHidden(true);
    advance(30 * MINUTE);
    setHidden(false);
    advance(9 * MINUTE);
    expect(events.map((event) => event.kind)).toEqual(['lock', 'unlock']);
    advance(MINUTE);
    expect(events.at(-1)).toEqual({ kind: 'idle', since: START + 30 * MINUTE });
  });

  it('ignores a visibility event that changes nothing', () => {
    const { setHidden, events } = watch();
    setHidden(false);
    expect(events).toEqual([]);
  });

  it('stops listening and clears its timer when unsubscribed', () => {
    const { advance, stop, events, pendingTimers, listenerCount } = watch();
    expect(pendingTimers()).toBe(1);
    stop();
    expect(pendingTimers()).toBe(0);
    expect(listenerCount()).toBe(0);
    advance(60 * MINUTE);
    expect(events).toEqual([]);
  });
});
