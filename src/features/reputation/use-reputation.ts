import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db';
import { readReputationRecords, type ReputationRecords } from '../../db/repositories/reputation';
import { saveSettings } from '../../db/repositories/settings';
import type { Settings, TopRatedBar } from '../../domain/model';
import { reputationOverview, type ReputationOverview } from '../../domain/reputation/reputation-overview';
import { figureWindowDays, windowFigures, type FigureWindowChoice, type WindowFigures } from '../../domain/reputation/window-figures';

export interface ReputationData {
  records: ReputationRecords;
  overview: ReputationOverview;
  figures: WindowFigures;
  clientsById: ReadonlyMap<string, ReputationRecords['clients'][number]>;
  projectsById: ReadonlyMap<string, ReputationRecords['projects'][number]>;
}

/**
 * The Reputation screen's records, live, and the figures computed from them for `today` and the chosen window: one
 * read of a couple of thousand rows (contracts' hours and earnings come from the project totals), then pure arithmetic.
 */
export function useReputation(
  today: string,
  windowChoice: FigureWindowChoice,
  settings: Pick<Settings, 'weekStartsOn' | 'baseCurrency' | 'topRatedBar' | 'timeZone'>,
): ReputationData | undefined {
  const window = figureWindowDays(windowChoice, today);
  const { from, to } = window;
  const records = useLiveQuery(() => readReputationRecords(db, { from }), [from]);
  const { weekStartsOn, baseCurrency, topRatedBar, timeZone } = settings;
  return useMemo(() => {
    if (records === undefined) return undefined;
    const overview = reputationOverview(records, { today, weekStartsOn, baseCurrency, bar: topRatedBar });
    return {
      records,
      overview,
      figures: windowFigures(records, { from, to }, timeZone),
      clientsById: new Map(records.clients.map((client) => [client.id, client])),
      projectsById: new Map(records.projects.map((project) => [project.id, project])),
    };
  }, [records, today, weekStartsOn, baseCurrency, topRatedBar, timeZone, from, to]);
}

/** Whether the bar was saved, or each field's problem by its path (`topRatedBar.minScore`). */
export type BarSaveOutcome = { ok: true } | { ok: false; errors: Readonly<Partial<Record<string, string>>> };

/** Saves the top-rated bar the freelancer set. */
export function useSaveTopRatedBar(): (bar: TopRatedBar) => Promise<BarSaveOutcome> {
  return async (bar) => {
    const result = await saveSettings(db, { topRatedBar: bar });
    return result.ok ? { ok: true } : { ok: false, errors: result.errors };
  };
}
