import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_END_REASONS } from '../../../../src/domain/model';
import {
  explainScoreChange,
  jobSuccessAt,
  prepareJobSuccess,
  POOR_RATING_BELOW_TENTHS,
  weeklyJobSuccess,
  type JobSuccessContract,
  type JobSuccessFeedback,
  type JobSuccessRecords,
} from '../../../../src/domain/reputation/job-success';
import { addLocalDays } from '../../../../src/domain/time/local-calendar';

/** Days are drawn as offsets from 1 January 2023, over four years. */
const EPOCH = '2023-01-01';
const SPAN_DAYS = 4 * 365;
const dayArbitrary = fc.integer({ min: 0, max: SPAN_DAYS }).map((offset) => addLocalDays(EPOCH, offset));

const contractArbitrary = fc
  .record({
    client: fc.integer({ min: 0, max: 3 }),
    startOffset: fc.integer({ min: 0, max: SPAN_DAYS - 200 }),
    lengthDays: fc.integer({ min: 0, max: 400 }),
    status: fc.constantFrom('active', 'paused', 'completed', 'cancelled' as const),
    endReason: fc.option(fc.constantFrom(...PROJECT_END_REASONS), { nil: undefined }),
    months: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 14 }), trackedHours: fc.integer({ min: 0, max: 80 }), billable: fc.boolean(), earnedMajor: fc.integer({ min: 0, max: 4000 }) }), { maxLength: 6 }),
  })
  .map((drawn) => {
    const startDate = addLocalDays(EPOCH, drawn.startOffset);
    const endDate = addLocalDays(startDate, drawn.lengthDays);
    const byMonth = new Map<string, JobSuccessContract['months'][number]>();
    for (const m of drawn.months) {
      const key = addLocalDays(startDate, m.offset * 30).slice(0, 7);
      if (byMonth.has(key)) continue;
      byMonth.set(key, { month: key, trackedMs: m.trackedHours * 3_600_000, billableMs: m.billable ? m.trackedHours * 3_600_000 : 0, earnedBaseMinor: m.earnedMajor * 100 });
    }
    return { client: drawn.client, startDate, endDate, status: drawn.status, endReason: drawn.endReason, months: [...byMonth.values()] };
  });

const recordsArbitrary: fc.Arbitrary<JobSuccessRecords> = fc
  .record({
    contracts: fc.array(contractArbitrary, { minLength: 0, maxLength: 9 }),
    feedback: fc.array(fc.record({ contract: fc.nat(), afterEndDays: fc.integer({ min: -30, max: 120 }), ratingTenths: fc.integer({ min: 10, max: 50 }) }), { maxLength: 12 }),
  })
  .map(({ contracts, feedback }) => {
    const built: JobSuccessContract[] = contracts.map((c, index) => {
      const contract: JobSuccessContract = { id: `p${index}`, clientId: `client${c.client}`, status: c.status, startDate: c.startDate, months: c.months };
      if (c.status === 'completed' || c.status === 'cancelled') contract.endDate = c.endDate;
      if (c.endReason !== undefined) contract.endReason = c.endReason;
      return contract;
    });
    const items: JobSuccessFeedback[] = [];
    feedback.forEach((f, index) => {
      const target = built[f.contract % Math.max(1, built.length)];
      if (target === undefined) return;
      const date = addLocalDays(target.endDate ?? target.startDate, f.afterEndDays);
      items.push({ id: `f${index}`, projectId: target.id, date: date < target.startDate ? target.startDate : date, ratingTenths: f.ratingTenths });
    });
    return { contracts: built, feedback: items, minorPerMajor: 100 };
  });

function score(records: JobSuccessRecords, day: string): number | undefined {
  return jobSuccessAt(prepareJobSuccess(records), day).scoreTenths;
}

/** "Never lowers": a score that existed still exists and is at least as high. */
function expectNotLower(before: number | undefined, after: number | undefined): void {
  if (before === undefined) return;
  expect(after).toBeDefined();
  expect(after ?? -1).toBeGreaterThanOrEqual(before);
}

const RUNS = 300;

describe('job success (property)', () => {
  it('always lies between 0 and 100', () => {
    fc.assert(
      fc.property(recordsArbitrary, dayArbitrary, (records, day) => {
        const result = jobSuccessAt(prepareJobSuccess(records), day);
        for (const window of result.windows) {
          if (window.scoreTenths === undefined) continue;
          expect(window.scoreTenths).toBeGreaterThanOrEqual(0);
          expect(window.scoreTenths).toBeLessThanOrEqual(1000);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never goes down when a finished contract gets a 5-star feedback', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.nat(), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 400 }), (records, pick, afterEnd, afterFeedback) => {
        const finished = records.contracts.filter((c) => c.endDate !== undefined);
        const contract = finished[pick % Math.max(1, finished.length)];
        if (contract?.endDate === undefined) return;
        const date = addLocalDays(contract.endDate, afterEnd);
        const day = addLocalDays(date, afterFeedback);
        const withFiveStars = { ...records, feedback: [...records.feedback, { id: 'z-five-stars', projectId: contract.id, date, ratingTenths: 50 }] };
        expectNotLower(score(records, day), score(withFiveStars, day));
      }),
      { numRuns: RUNS },
    );
  });

  it('never goes down when a poor feedback is removed', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.nat(), dayArbitrary, (records, pick, day) => {
        const poor = records.feedback.filter((f) => f.ratingTenths < POOR_RATING_BELOW_TENTHS);
        const removed = poor[pick % Math.max(1, poor.length)];
        if (removed === undefined) return;
        const without = { ...records, feedback: records.feedback.filter((f) => f !== removed) };
        expectNotLower(score(records, day), score(without, day));
      }),
      { numRuns: RUNS },
    );
  });

  it('explains a change between any two days with contributions that add up exactly to it', () => {
    fc.assert(
      fc.property(recordsArbitrary, dayArbitrary, dayArbitrary, (records, first, second) => {
        const change = explainScoreChange(prepareJobSuccess(records), first, second);
        const total = change.changes.reduce((sum, c) => sum + c.pointsTenths, 0);
        expect(total).toBe((change.to.scoreTenths ?? 0) - (change.from.scoreTenths ?? 0));
        if (change.differenceTenths !== undefined) expect(total).toBe(change.differenceTenths);
        for (const c of change.changes) expect(Number.isInteger(c.pointsTenths)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives each week the score computed from only what was known at that week’s end', () => {
    fc.assert(
      fc.property(recordsArbitrary, dayArbitrary, (records, lastWeekEnd) => {
        const weekEnds = Array.from({ length: 12 }, (_, index) => addLocalDays(lastWeekEnd, -7 * (11 - index)));
        const series = weeklyJobSuccess(prepareJobSuccess(records), weekEnds);
        weekEnds.forEach((weekEnd, index) => {
          // What the records looked like then: no later contracts, feedback or months; contracts that ended later still running.
          const known: JobSuccessRecords = {
            minorPerMajor: records.minorPerMajor,
            contracts: records.contracts
              .filter((c) => c.startDate <= weekEnd)
              .map((c) => {
                const then: JobSuccessContract = { ...c, months: c.months.filter((m) => m.month <= weekEnd.slice(0, 7)) };
                if (c.endDate !== undefined && c.endDate > weekEnd) {
                  then.status = 'active';
                  delete then.endDate;
                }
                return then;
              }),
            feedback: records.feedback.filter((f) => f.date <= weekEnd),
          };
          expect(series[index]?.weekEnd).toBe(weekEnd);
          expect(series[index]?.scoreTenths).toBe(score(known, weekEnd));
        });
      }),
      { numRuns: 100 },
    );
  });
});
