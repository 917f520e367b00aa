/**
 * Keyboard shortcuts in Electron's accelerator syntax ("CommandOrControl+Shift+T"), checked before they reach
 * globalShortcut, so a typo gets a message instead of a silent failure. Pure: both the settings schema and the
 * main process's IPC check use it.
 */

export const DEFAULT_TIMER_SHORTCUT = 'CommandOrControl+Shift+T';

const MODIFIERS = new Map(
  [
    ['command', 'Command'],
    ['cmd', 'Command'],
    ['control', 'Control'],
    ['ctrl', 'Control'],
    ['commandorcontrol', 'CommandOrControl'],
    ['cmdorctrl', 'CommandOrControl'],
    ['alt', 'Alt'],
    ['option', 'Option'],
    ['altgr', 'AltGr'],
    ['shift', 'Shift'],
    ['super', 'Super'],
    ['meta', 'Meta'],
  ].map(([alias, name]) => [alias ?? '', name ?? '']),
);

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'VolumeUp', 'VolumeDown',
  'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const NAMED_KEY_BY_LOWER = new Map(NAMED_KEYS.map((key) => [key.toLowerCase(), key]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{]|\\}"\'[']);
const FUNCTION_KEY = /^f([1-9]|1\d|2[0-4])$/i;

export const SHORTCUT_HINT = 'Use a shortcut like CommandOrControl+Shift+T';

function keyName(token: string): string | undefined {
  if (/^[a-z0-9]$/i.test(token)) return token.toUpperCase();
  if (FUNCTION_KEY.test(token)) return token.toUpperCase();
  if (PUNCTUATION.has(token)) return token;
  return NAMED_KEY_BY_LOWER.get(token.toLowerCase());
}

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; error: string };

/**
 * Reads an accelerator: modifiers first, then exactly one key, joined by "+". Names are case-insensitive and come
 * back in their canonical spelling. A global shortcut without Command, Control, Alt or Super would swallow ordinary
 * typing in every app, so one of those is required, except for function keys. The empty string means "no global
 * shortcut" and is accepted as is.
 */
export function checkAccelerator(text: string): AcceleratorCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, accelerator: '' };
  const tokens = trimmed.split('+').map((token) => token.trim());
  if (tokens.some((token) => token === '')) return { ok: false, error: `Write the + key as "Plus". ${SHORTCUT_HINT}` };
  const last = tokens[tokens.length - 1] ?? '';
  const modifiers: string[] = [];
  for (const token of tokens.slice(0, -1)) {
    const modifier = MODIFIERS.get(token.toLowerCase());
    if (modifier === undefined) return { ok: false, error: `"${token}" is not a modifier key. ${SHORTCUT_HINT}` };
    if (modifiers.includes(modifier)) return { ok: false, error: `${modifier} appears twice. ${SHORTCUT_HINT}` };
    modifiers.push(modifier);
  }
  if (MODIFIERS.has(last.toLowerCase())) return { ok: false, error: `The shortcut needs a key after ${last}. ${SHORTCUT_HINT}` };
  const key = keyName(last);
  if (key === undefined) return { ok: false, error: `"${last}" is not a key Repute knows. ${SHORTCUT_HINT}` };
  if (!FUNCTION_KEY.test(key) && modifiers.every((modifier) => modifier === 'Shift')) {
    return { ok: false, error: `Add Control, Command, Alt or Super, or every app would lose that key. ${SHORTCUT_HINT}` };
  }
  return { ok: true, accelerator: [...modifiers, key].join('+') };
}

const MAC_SYMBOLS: Record<string, string> = {
  Command: '⌘',
  CommandOrControl: '⌘',
  Control: '⌃',
  Alt: '⌥',
  Option: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Super: '⌘',
  Meta: '⌘',
};
const OTHER_NAMES: Record<string, string> = { CommandOrControl: 'Ctrl', Command: 'Super', Control: 'Ctrl', Option: 'Alt', Meta: 'Super' };

/** A shortcut as the user's platform writes it: "⌘⇧T" on macOS, "Ctrl+Shift+T" elsewhere. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const tokens = accelerator.split('+').filter((token) => token !== '');
  if (isMac) return tokens.map((token) => MAC_SYMBOLS[token] ?? token).join('');
  return tokens.map((token) => OTHER_NAMES[token] ?? token).join('+');
}
