import { cpus } from 'node:os';

/** How the machine's processors spent their time, summed over every core. */
interface CpuTimes {
  idle: number;
  total: number;
}

function cpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const { user, nice, sys, idle: idleMs, irq } = cpu.times;
    idle += idleMs;
    total += user + nice + sys + idleMs + irq;
  }
  return { idle, total };
}

/** The share of the processors' time spent idle between two readings; 1 when no time passed. */
export function idleShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total <= 0 ? 1 : (after.idle - before.idle) / total;
}

export interface RestPlan {
  /** The share of processor time that must be idle in each window. */
  minIdleShare: number;
  /** Consecutive quiet windows that count as rest. */
  quietWindows: number;
  windowMs: number;
  timeoutMs: number;
}

/**
 * After the set-up's bulk writes, the browser keeps compacting its databases in the background for a minute or more,
 * on the same two cores the app's pages are then timed on. The app's pages are measured once the machine is at rest,
 * as a user's is when they click: every processor mostly idle for a few seconds running. Resolves how long that took,
 * and whether rest came before the timeout (the figures are taken either way, and the runner says which).
 */
export async function waitForMachineAtRest(plan: RestPlan): Promise<{ waitedMs: number; rested: boolean }> {
  const started = Date.now();
  let quiet = 0;
  let before = cpuTimes();
  while (Date.now() - started < plan.timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, plan.windowMs));
    const after = cpuTimes();
    quiet = idleShare(before, after) >= plan.minIdleShare ? quiet + 1 : 0;
    before = after;
    if (quiet >= plan.quietWindows) return { waitedMs: Date.now() - started, rested: true };
  }
  return { waitedMs: Date.now() - started, rested: false };
}
