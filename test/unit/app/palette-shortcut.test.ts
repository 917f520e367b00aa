import { describe, expect, it } from 'vitest';
import { isPaletteShortcut, paletteShortcutLabel } from '../../../src/app/palette-shortcut';
import { isMacPlatform } from '../../../src/shared/is-mac-platform';

const key = (overrides: Partial<Parameters<typeof isPaletteShortcut>[0]>) => ({ key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...overrides });

describe('isPaletteShortcut', () => {
  it('is Ctrl+K off macOS and Cmd+K on macOS', () => {
    expect(isPaletteShortcut(key({ ctrlKey: true }), false)).toBe(true);
    expect(isPaletteShortcut(key({ metaKey: true }), true)).toBe(true);
    expect(isPaletteShortcut(key({ metaKey: true }), false)).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true }), true)).toBe(false);
  });

  it('accepts an upper-case K (Caps Lock) but not other keys or extra modifiers', () => {
    expect(isPaletteShortcut(key({ key: 'K', ctrlKey: true }), false)).toBe(true);
    expect(isPaletteShortcut(key({ key: 'j', ctrlKey: true }), false)).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isPaletteShortcut(key({}), false)).toBe(false);
  });
});

describe('platform detection and labels', () => {
  it('recognises macOS user agents', () => {
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36')).toBe(true);
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe(false);
    expect(isMacPlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false);
  });

  it('writes the shortcut the platform way', () => {
    expect(paletteShortcutLabel(true)).toBe('⌘K');
    expect(paletteShortcutLabel(false)).toBe('Ctrl K');
  });
});
