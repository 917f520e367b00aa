import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useFindableRecords } from '../shared/use-findable-records';
import { CommandPalette } from './CommandPalette';
import { indexRecords, recordCommands } from './record-search';
import { useCommands } from './use-commands';

/**
 * The palette wired to the app's commands and records. A component of its own because the commands follow the timer:
 * its changes then redraw the palette alone, not the shell around every screen. Records are read only while it is
 * open, and indexed once per change of them, not per keystroke.
 */
export function AppCommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const commands = useCommands();
  const navigate = useNavigate();
  const findable = useFindableRecords(open);
  const records = useMemo(() => (findable === undefined ? [] : indexRecords(recordCommands(findable, (path) => void navigate(path)))), [findable, navigate]);
  return (
    <CommandPalette
      open={open}
      onClose={onClose}
      commands={commands}
      records={records}
      onRun={(command) => {
        Promise.resolve(command.run()).catch((error: unknown) => console.error('Command failed', command.id, error));
      }}
    />
  );
}
