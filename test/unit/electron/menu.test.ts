import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuEntry } from '../../../electron/menu';
import { AREA_IDS, AREA_LABELS, type AreaId } from '../../../src/platform/contract';

function template(platform: NodeJS.Platform, isPackaged: boolean, navigated: AreaId[] = []): MenuEntry[] {
  return buildMenuTemplate({ platform, isPackaged, appName: 'Repute', navigate: (area) => navigated.push(area) });
}

function topLevel(entries: MenuEntry[], label: string): MenuEntry {
  const entry = entries.find((candidate) => candidate.label === label);
  if (entry === undefined) throw new Error(`no ${label} menu`);
  return entry;
}

function allRoles(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) => [...(entry.role === undefined ? [] : [entry.role]), ...allRoles(entry.submenu ?? [])]);
}

describe('buildMenuTemplate', () => {
  it('has one Go item per area, labelled as the app labels it', () => {
    const go = topLevel(template('linux', true), 'Go').submenu ?? [];
    expect(go.map((item) => item.label)).toEqual(AREA_IDS.map((area) => AREA_LABELS[area]));
  });

  it('gives the first nine areas CmdOrCtrl+1…9 and the rest none', () => {
    const go = topLevel(template('linux', true), 'Go').submenu ?? [];
    expect(go.map((item) => item.accelerator)).toEqual(
      AREA_IDS.map((_area, index) => (index < 9 ? `CmdOrCtrl+${String(index + 1)}` : undefined)),
    );
  });

  it('asks to navigate to the area of the clicked item', () => {
    const navigated: AreaId[] = [];
    const go = topLevel(template('win32', true, navigated), 'Go').submenu ?? [];
    for (const item of go) item.click?.();
    expect(navigated).toEqual([...AREA_IDS]);
  });

  it('builds File, Edit, View, Go, Window and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(template(platform, true).map((entry) => entry.label ?? entry.role)).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'help']);
    }
  });

  it('starts with the app menu on macOS', () => {
    const entries = template('darwin', true);
    expect(entries[0]?.label).toBe('Repute');
    expect(allRoles(entries[0]?.submenu ?? [])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('offers quit exactly once on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(allRoles(template(platform, true)).filter((role) => role === 'quit')).toHaveLength(1);
    }
  });

  it('has the standard editing roles, so text fields get copy and paste', () => {
    expect(allRoles(topLevel(template('linux', true), 'Edit').submenu ?? [])).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers developer tools only in unpackaged builds', () => {
    expect(allRoles(template('linux', true))).not.toContain('toggleDevTools');
    expect(allRoles(template('darwin', true))).not.toContain('toggleDevTools');
    expect(allRoles(template('linux', false))).toContain('toggleDevTools');
  });
});
