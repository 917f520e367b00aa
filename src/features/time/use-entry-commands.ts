import { useMemo } from 'react';
import { db } from '../../db';
import { deleteTimeEntry, duplicateTimeEntry, restoreTimeEntry } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { entryLabel, firstErrorMessage } from './entry-labels';

/** Deleting (with Undo) and duplicating entries from the list, each announced. */
export function useEntryCommands(projectNames: ReadonlyMap<string, string>) {
  const announce = useAnnounce();
  return useMemo(
    () => ({
      remove: async (entry: TimeEntry) => {
        const label = entryLabel(entry, projectNames.get(entry.projectId));
        const result = await deleteTimeEntry(db, entry.id);
        if (!result.ok) {
          announce(firstErrorMessage(result.errors), 'danger');
          return;
        }
        announce(`Deleted “${label}”`, 'success', {
          label: 'Undo',
          run: () => {
            void restoreTimeEntry(db, entry.id).then((restored) => {
              if (restored.ok) announce(`Restored “${label}”`, 'success');
              else announce(`“${label}” could not be restored: ${firstErrorMessage(restored.errors)}`, 'danger');
            });
          },
        });
      },
      duplicate: async (entry: TimeEntry) => {
        const result = await duplicateTimeEntry(db, entry.id, Date.now());
        if (!result.ok) {
          announce(`Not duplicated: ${firstErrorMessage(result.errors)}`, 'danger');
          return;
        }
        announce(`Duplicated “${entryLabel(entry, projectNames.get(entry.projectId))}” right after the original`, 'success');
      },
    }),
    [announce, projectNames],
  );
}
