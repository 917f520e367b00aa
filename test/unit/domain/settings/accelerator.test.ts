import { describe, expect, it } from 'vitest';
import { checkAccelerator, DEFAULT_TIMER_SHORTCUT, formatAccelerator, SHORTCUT_HINT } from '../../../../src/domain/settings/accelerator';

describe('checkAccelerator', () => {
  it.each([
    [DEFAULT_TIMER_SHORTCUT, 'CommandOrControl+Shift+T'],
    ['cmdorctrl+shift+t', 'CommandOrControl+Shift+T'],
    ['Ctrl + Alt + 9', 'Control+Alt+9'],
    ['Alt+F9', 'Alt+F9'],
    ['F13', 'F13'],
    ['Shift+F2', 'Shift+F2'],
    ['Super+Space', 'Super+Space'],
    ['Control+Plus', 'Control+Plus'],
    ['Option+pageup', 'Option+PageUp'],
    ['Command+/', 'Command+/'],
    ['', ''],
    ['   ', ''],
  ])('accepts %j as %j', (text, accelerator) => {
    expect(checkAccelerator(text)).toEqual({ ok: true, accelerator });
  });

  it.each([
    ['T', `Add Control, Command, Alt or Super, or every app would lose that key. ${SHORTCUT_HINT}`],
    ['Shift+T', `Add Control, Command, Alt or Super, or every app would lose that key. ${SHORTCUT_HINT}`],
    ['Ctrl+Shift', `The shortcut needs a key after Shift. ${SHORTCUT_HINT}`],
    ['Hyper+T', `"Hyper" is not a modifier key. ${SHORTCUT_HINT}`],
    ['Ctrl+Ctrl+T', `Control appears twice. ${SHORTCUT_HINT}`],
    ['Ctrl+Cmd+Bogus', `"Bogus" is not a key Repute knows. ${SHORTCUT_HINT}`],
    ['Ctrl++', `Write the + key as "Plus". ${SHORTCUT_HINT}`],
    ['Ctrl+F25', `"F25" is not a key Repute knows. ${SHORTCUT_HINT}`],
  ])('refuses %j', (text, error) => {
    expect(checkAccelerator(text)).toEqual({ ok: false, error });
  });
});

describe('formatAccelerator', () => {
  it('writes a shortcut as each platform shows it', () => {
    expect(formatAccelerator('CommandOrControl+Shift+T', true)).toBe('⌘⇧T');
    expect(formatAccelerator('CommandOrControl+Shift+T', false)).toBe('Ctrl+Shift+T');
    expect(formatAccelerator('Alt+F9', false)).toBe('Alt+F9');
    expect(formatAccelerator('', false)).toBe('');
  });
});
