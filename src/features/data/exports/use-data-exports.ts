import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { useCallback, useState } from 'react';
import { db } from '../../../db';
import { useCsvExport } from '../../../shared/use-csv-export';
import { useAnnounce } from '../../../ui/Announcer';
import { buildDataExport, type DataExportKind } from './data-export-files';

export interface DataExports {
  /** Builds the kind's CSV file, named for today in `timeZone`, and hands it to the user, saying how it went. */
  exportKind: (kind: DataExportKind) => Promise<void>;
  /** The kind being exported, if any. */
  working: DataExportKind | undefined;
}

export function useDataExports(timeZone: string): DataExports {
  const { save } = useCsvExport();
  const announce = useAnnounce();
  const [working, setWorking] = useState<DataExportKind | undefined>(undefined);

  const exportKind = useCallback(
    async (kind: DataExportKind) => {
      setWorking(kind);
      try {
        await save(await buildDataExport(db, kind, format(new TZDate(Date.now(), timeZone), 'yyyy-MM-dd')));
      } catch (error) {
        announce(`The file was not saved: ${error instanceof Error ? error.message : String(error)}`, 'danger');
      } finally {
        setWorking(undefined);
      }
    },
    [announce, save, timeZone],
  );
  return { exportKind, working };
}
