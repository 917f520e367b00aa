import type { ReputeDb } from '../../../src/db/db';
import { isLive } from '../../../src/db/repositories/record-commands';
import { readReputationRecords, type ReputationRecords } from '../../../src/db/repositories/reputation';
import { reputationOverview, type ReputationOverview } from '../../../src/domain/reputation/reputation-overview';
import { settlementsFromRecords } from '../../../src/domain/invoices/invoice-settlement';
import { recomputeProjectTotals } from '../../../src/domain/rollups/recompute-rollups';
import { addLocalDays } from '../../../src/domain/time';
import { DEFAULT_FIGURE_WINDOW, figureWindowDays, windowFigures, type WindowFigures } from '../../../src/domain/reputation/window-figures';
import type { HarnessConfig, OperationResult } from './harness-api';

/**
 * The same figures the way a first version would get them: every time entry, payment, invoice and proposal read, and
 * each project's totals and each invoice's settlement worked out from them, instead of the totals and settlements
 * kept by the writes. Kept here, beside the app's read, only to say what those save.
 */
async function readByScanning(db: ReputeDb): Promise<ReputationRecords> {
  const [clients, projects, feedback, proposals, credentials, timeEntries, payments, invoices] = await Promise.all([
    db.clients.toArray(),
    db.projects.toArray(),
    db.feedback.toArray(),
    db.proposals.toArray(),
    db.credentials.toArray(),
    db.timeEntries.toArray(),
    db.payments.toArray(),
    db.invoices.toArray(),
  ]);
  return {
    clients: clients.filter(isLive),
    projects: projects.filter(isLive),
    projectTotals: recomputeProjectTotals({ timeEntries, payments }),
    feedback: feedback.filter(isLive),
    proposals: proposals.filter(isLive),
    credentials: credentials.filter(isLive),
    settlements: settlementsFromRecords(invoices, payments).settlements,
  };
}

/** What the screen shows, as text: two ways of computing it must agree on every figure. */
function shownFigures(overview: ReputationOverview, figures: WindowFigures): string {
  return JSON.stringify({
    jobSuccess: overview.jobSuccess.windows.map((window) => [window.scoreTenths, window.assessments]),
    impacts: [...overview.impactTenths],
    weeks: overview.weeks,
    figures,
  });
}

/**
 * The Reputation screen's data on the full dataset: its records read as the screen's hook reads them and every figure
 * computed (job success, the weekly standing, and the default 12-month window's ratings, clients and skills), median
 * of `runs.queries`; beside it, in the same run, the same figures from a scan of every time entry,
 * payment, invoice and proposal. Both must give the same figures.
 */
export async function measureReputationData(db: ReputeDb, config: HarnessConfig): Promise<OperationResult> {
  const today = addLocalDays(config.endDay, -1);
  const window = figureWindowDays(DEFAULT_FIGURE_WINDOW, today);
  const options = { today, weekStartsOn: 1, baseCurrency: 'EUR', bar: undefined };
  const samples: Record<'reputation.app' | 'reputation.naive', number[]> = { 'reputation.app': [], 'reputation.naive': [] };
  const readMs: number[] = [];
  let appFigures = '';
  let naiveFigures = '';
  let contracts = 0;
  let settlements = 0;
  // All the app's runs first, then the scan's: a scan of 100,000 entries between two of the screen's reads would
  // leave the database's caches holding entries, which no user's visit to the screen comes after.
  for (let run = -config.runs.warmup; run < config.runs.queries; run += 1) {
    const started = performance.now();
    const records = await readReputationRecords(db, window);
    if (run >= 0) readMs.push(performance.now() - started);
    const overview = reputationOverview(records, options);
    const figures = windowFigures(records, window, config.timeZone);
    if (run >= 0) samples['reputation.app'].push(performance.now() - started);
    appFigures = shownFigures(overview, figures);
    contracts = records.projects.length;
    settlements = records.settlements.length;
  }
  for (let run = -config.runs.warmup; run < config.runs.queries; run += 1) {
    const started = performance.now();
    const scanned = await readByScanning(db);
    const naive = reputationOverview(scanned, options);
    const scannedFigures = windowFigures(scanned, window, config.timeZone);
    if (run >= 0) samples['reputation.naive'].push(performance.now() - started);
    naiveFigures = shownFigures(naive, scannedFigures);
  }
  if (appFigures !== naiveFigures) throw new Error('The Reputation figures from the project totals and settlements differ from those of a scan of every record');
  const middle = [...readMs].sort((a, b) => a - b)[Math.floor(readMs.length / 2)] ?? 0;
  return { samples, facts: { reputationReadMedianMs: Math.round(middle * 10) / 10, reputationContracts: contracts, reputationSettlementsRead: settlements, reputationSameFiguresAsScan: 'yes' } };
}
