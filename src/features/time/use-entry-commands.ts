import { useMemo } from 'react';
import { db } from '../../db';
import { createTimeEntry, deleteTimeEntry, duplicateTimeEntry, restoreTimeEntry, splitTimeEntry, updateTimeEntry } from '../../db/repositories/time-entries';
import { setProjectDayDuration, type ProjectDayDurationInput } from '../../db/repositories/timer';
import type { TimeEntry, TimeEntryInput } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { entryMessageName, firstErrorMessage } from './entry-labels';

/**
 * The writes on time entries outside the timer. Adding, saving, splitting and setting a project's day resolve the
 * repository's result for the screen to show; deleting (with Undo) and duplicating from the list are announced here.
 */
export function useEntryCommands() {
  const announce = useAnnounce();
  return useMemo(
    () => ({
      addEntry: (input: TimeEntryInput) => createTimeEntry(db, input),
      saveEntry: (entryId: string, patch: Partial<TimeEntryInput>) => updateTimeEntry(db, entryId, patch),
      splitEntry: (entryId: string, at: number) => splitTimeEntry(db, entryId, at),
      /** Sets what a project's time on one day comes to, adding an entry for more time and trimming for less. */
      setProjectDayTime: (input: Omit<ProjectDayDurationInput, 'now'>) => setProjectDayDuration(db, { ...input, now: Date.now() }),
      removeEntry: async (entry: TimeEntry, projectName: string | undefined) => {
        const name = entryMessageName(entry, projectName);
        const result = await deleteTimeEntry(db, entry.id);
        if (!result.ok) {
          announce(firstErrorMessage(result.errors), 'danger');
          return;
        }
        announce(`Deleted ${name}`, 'success', {
          label: 'Undo',
          run: () => {
            void restoreTimeEntry(db, entry.id).then((restored) => {
              if (restored.ok) announce(`Restored ${name}`, 'success');
              else announce(`Could not restore ${name}: ${firstErrorMessage(restored.errors)}`, 'danger');
            });
          },
        });
      },
      duplicateEntry: async (entry: TimeEntry, projectName: string | undefined) => {
        const result = await duplicateTimeEntry(db, entry.id, Date.now());
        if (!result.ok) {
          announce(`Not duplicated: ${firstErrorMessage(result.errors)}`, 'danger');
          return;
        }
        announce(`Duplicated ${entryMessageName(entry, projectName)} right after the original`, 'success');
      },
    }),
    [announce],
  );
}
