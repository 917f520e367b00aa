import { useCallback, useState } from 'react';
import { useAnnounce } from '../ui/Announcer';
import { saveFile } from './save-file';

export { countOf } from './count-text';

export interface CsvExport {
  suggestedName: string;
  content: string;
  /** What the file holds, for the confirmation: "12 invoices". */
  summary: string;
}

/**
 * Hands a CSV file to the host's save dialog (or the browser's downloads) and says how it went. `save` resolves
 * whether the file was saved, so a dialog can close only then and stay open after a cancel or a failure.
 */
export function useCsvExport(): { save: (file: CsvExport) => Promise<boolean>; saving: boolean } {
  const announce = useAnnounce();
  const [saving, setSaving] = useState(false);
  const save = useCallback(
    async ({ suggestedName, content, summary }: CsvExport): Promise<boolean> => {
      setSaving(true);
      try {
        const saved = await saveFile({ suggestedName, content, mimeType: 'text/csv' });
        if (saved) announce(`Exported ${summary}`, 'success');
        return saved;
      } catch (error) {
        announce(`The file was not saved: ${error instanceof Error ? error.message : String(error)}`, 'danger');
        return false;
      } finally {
        setSaving(false);
      }
    },
    [announce],
  );
  return { save, saving };
}
