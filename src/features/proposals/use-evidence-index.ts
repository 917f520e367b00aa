import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listFeedback } from '../../db/repositories/feedback';
import { listProjects } from '../../db/repositories/projects';
import { listTimeEntriesInRange } from '../../db/repositories/time-entries';
import { trackedMsByProject, type EvidenceSources } from '../../domain/evidence/evidence-items';
import { insertableEvidence } from '../../domain/evidence/insertable-evidence';
import { EvidenceIndex } from '../../domain/evidence/rank-evidence';
import { useDisplayLocale } from '../../shared/settings-context';

/**
 * The freelancer's history as an index of the evidence a cover letter may quote in the display locale, rebuilt when the history changes and not on every keystroke in
 * the job post; undefined while it loads.
 */
export function useEvidenceIndex(): EvidenceIndex | undefined {
  const locale = useDisplayLocale();
  const sources = useLiveQuery(async (): Promise<EvidenceSources> => {
    const [projects, clients, feedback, entries] = await Promise.all([
      listProjects(db),
      listClients(db, { includeArchived: true }),
      listFeedback(db),
      listTimeEntriesInRange(db, { from: 0, to: Number.MAX_SAFE_INTEGER }),
    ]);
    return { projects, clients, feedback, trackedMs: trackedMsByProject(entries) };
  }, []);
  return useMemo(() => (sources === undefined ? undefined : new EvidenceIndex(insertableEvidence(sources, locale))), [sources, locale]);
}
