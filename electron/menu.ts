import type { MenuItemConstructorOptions } from 'electron';
import { AREA_IDS, AREA_LABELS, type AreaId } from '../src/platform/contract';

/** A menu item as this module builds it: Electron's options, with a click that needs no arguments. */
export type MenuEntry = Pick<MenuItemConstructorOptions, 'id' | 'label' | 'role' | 'type' | 'accelerator'> & {
  readonly submenu?: MenuEntry[];
  readonly click?: () => void;
};

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Packaged builds have no developer tools. */
  readonly isPackaged: boolean;
  /** Asks the app's window to show an area. */
  readonly navigate: (area: AreaId) => void;
}

/** Ten or more areas would run out of digit keys; the first nine get CmdOrCtrl+1…9. */
const DIGIT_SHORTCUT_COUNT = 9;

export function goMenuEntries(navigate: (area: AreaId) => void): MenuEntry[] {
  return AREA_IDS.map((area, index) => ({
    id: `go-${area}`,
    label: AREA_LABELS[area],
    ...(index < DIGIT_SHORTCUT_COUNT ? { accelerator: `CmdOrCtrl+${String(index + 1)}` } : {}),
    click: () => {
      navigate(area);
    },
  }));
}

const separator: MenuEntry = { type: 'separator' };

function appMenu(appName: string): MenuEntry {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function viewMenu(isPackaged: boolean): MenuEntry {
  const developerItems: MenuEntry[] = isPackaged ? [] : [{ role: 'toggleDevTools' }];
  return {
    label: 'View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...developerItems,
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate({ platform, appName, isPackaged, navigate }: MenuTemplateOptions): MenuEntry[] {
  const isMac = platform === 'darwin';
  const macPasteItems: MenuEntry[] = isMac ? [{ role: 'pasteAndMatchStyle' }] : [];
  return [
    ...(isMac ? [appMenu(appName)] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...macPasteItems,
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    viewMenu(isPackaged),
    { label: 'Go', submenu: goMenuEntries(navigate) },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
