import { describe, expect, it } from 'vitest';
import { idleEventOf } from '../../../../../src/features/time/header-timer/use-idle-watch';

describe('idleEventOf', () => {
  it('maps each host report to the idle machine’s event, keeping its instant', () => {
    expect(idleEventOf({ kind: 'idle', since: 10 })).toEqual({ kind: 'wentIdle', since: 10 });
    expect(idleEventOf({ kind: 'active', at: 11 })).toEqual({ kind: 'activity', at: 11 });
    expect(idleEventOf({ kind: 'suspend', at: 12 })).toEqual({ kind: 'suspended', at: 12 });
    expect(idleEventOf({ kind: 'resume', at: 13 })).toEqual({ kind: 'resumed', at: 13 });
    expect(idleEventOf({ kind: 'lock', at: 14 })).toEqual({ kind: 'screenLocked', at: 14 });
    expect(idleEventOf({ kind: 'unlock', at: 15 })).toEqual({ kind: 'screenUnlocked', at: 15 });
  });
});
