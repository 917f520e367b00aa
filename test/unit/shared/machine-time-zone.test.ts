import { afterEach, describe, expect, it, vi } from 'vitest';
import { machineTimeZone } from '../../../src/shared/machine-time-zone';

describe('machineTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the runtime’s zone, asks the runtime once a minute at most, and sees a new zone after that', () => {
    const resolvedZone = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    const start = 1_000_000_000_000;
    // Far from any earlier call in this file, so the first call here reads afresh.
    expect(machineTimeZone(start)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const readsAfterFirst = resolvedZone.mock.calls.length;
    machineTimeZone(start + 1_000);
    machineTimeZone(start + 59_999);
    expect(resolvedZone.mock.calls.length).toBe(readsAfterFirst);

    resolvedZone.mockReturnValue({ ...new Intl.DateTimeFormat().resolvedOptions(), timeZone: 'Asia/Tokyo' });
    expect(machineTimeZone(start + 30_000)).not.toBe('Asia/Tokyo');
    expect(machineTimeZone(start + 60_000)).toBe('Asia/Tokyo');
  });
});
