import { useCallback, useState } from 'react';
import { db } from '../db';
import { eraseAllData, loadDemoData } from '../db/repositories/demo-data';
import { useAnnounce } from '../ui/Announcer';
import { removeAllDrafts } from './form-drafts';

/** Loads the demo data set and says how it went; shared by every empty screen's button and the command palette. */
export function useLoadDemoData(): { load: () => Promise<void>; loading: boolean } {
  const announce = useAnnounce();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      // The demo's catalogues are the largest code in the app and rarely needed, so they load only when asked for,
      // before the transaction opens: awaiting a module inside it would let IndexedDB commit the transaction early.
      const { DEMO_SOURCE } = await import('../demo/demo-source');
      const result = await loadDemoData(db, DEMO_SOURCE);
      if (result.ok) announce('Demo data loaded', 'success');
      else announce(`Demo data was not loaded: ${Object.values(result.errors).join(' ')}`, 'danger');
    } catch (error) {
      announce(`Demo data could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      setLoading(false);
    }
  }, [announce]);

  return { load, loading };
}

/**
 * Empties every table in one transaction and forgets every form's draft; resolves once it is done, and rejects with
 * the storage's error (the drafts then stay, as the records they were typed for do).
 */
export function useEraseAllData(): () => Promise<void> {
  return useCallback(async () => {
    await eraseAllData(db);
    removeAllDrafts(window.localStorage);
  }, []);
}
