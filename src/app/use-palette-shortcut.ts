import { useEffect } from 'react';
import { isMacPlatform } from '../shared/is-mac-platform';
import { isPaletteShortcut } from './palette-shortcut';

/** Toggles the palette on Ctrl+K (Cmd+K on macOS) from anywhere in the window, including inside the palette. */
export function usePaletteShortcut(toggle: () => void): void {
  useEffect(() => {
    const isMac = isMacPlatform(navigator.userAgent);
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event, isMac)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [toggle]);
}
