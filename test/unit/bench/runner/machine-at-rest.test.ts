import { describe, expect, it } from 'vitest';
import { idleShare, waitForMachineAtRest } from '../../../bench/runner/machine-at-rest';

describe('idleShare', () => {
  it('is the idle part of the processor time that passed between two readings', () => {
    expect(idleShare({ idle: 100, total: 400 }, { idle: 190, total: 500 })).toBeCloseTo(0.9);
    expect(idleShare({ idle: 100, total: 400 }, { idle: 110, total: 500 })).toBeCloseTo(0.1);
    expect(idleShare({ idle: 100, total: 400 }, { idle: 100, total: 400 })).toBe(1);
  });
});

describe('waitForMachineAtRest', () => {
  it('gives up at its timeout when rest can never come, and says so', async () => {
    const result = await waitForMachineAtRest({ minIdleShare: 1.01, quietWindows: 1, windowMs: 10, timeoutMs: 50 });
    expect(result.rested).toBe(false);
    expect(result.waitedMs).toBeGreaterThanOrEqual(50);
  });

  it('calls the machine at rest after enough quiet windows when any idle share will do', async () => {
    const result = await waitForMachineAtRest({ minIdleShare: 0, quietWindows: 2, windowMs: 10, timeoutMs: 5_000 });
    expect(result.rested).toBe(true);
  });
});
