import { useCallback, useState } from 'react';
import { db } from '../db';
import { loadDemoData } from '../db/repositories/demo-data';
import { useAnnounce } from './Announcer';

/** Loads the demo data set and says how it went; shared by the button and the command palette. */
export function useLoadDemoData(): { load: () => Promise<void>; loading: boolean } {
  const announce = useAnnounce();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const result = await loadDemoData(db);
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
