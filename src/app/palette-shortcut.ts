export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Cmd+K on macOS, Ctrl+K elsewhere; with Shift or Alt held it is some other shortcut. */
export function isPaletteShortcut(event: ShortcutKeyEvent, isMac: boolean): boolean {
  if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return false;
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** How the shortcut is written on this platform, for hints next to the palette button. */
export function paletteShortcutLabel(isMac: boolean): string {
  return isMac ? '⌘K' : 'Ctrl K';
}
