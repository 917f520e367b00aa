import { CommandPalette } from './CommandPalette';
import { useCommands } from './use-commands';

/**
 * The palette wired to the app's commands. A component of its own because the commands follow the timer: its changes
 * then redraw the palette alone, not the shell around every screen.
 */
export function AppCommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const commands = useCommands();
  return (
    <CommandPalette
      open={open}
      onClose={onClose}
      commands={commands}
      onRun={(command) => {
        Promise.resolve(command.run()).catch((error: unknown) => console.error('Command failed', command.id, error));
      }}
    />
  );
}
