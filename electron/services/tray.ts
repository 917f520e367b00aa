import type { MenuItemConstructorOptions } from 'electron';
import type { TimerCommand, TrayState } from '../../src/platform/contract';

/** A tray menu item as this module builds it: Electron's options, with a click that needs no arguments. */
export type TrayMenuEntry = Pick<MenuItemConstructorOptions, 'label' | 'type' | 'enabled' | 'role'> & {
  readonly submenu?: TrayMenuEntry[];
  readonly click?: () => void;
};

/** The parts of an Electron Tray the controller uses. */
export interface TrayHandle<Menu> {
  setToolTip(text: string): void;
  /** Shown beside the icon in the macOS menu bar; other systems ignore it. */
  setTitle(text: string): void;
  setContextMenu(menu: Menu): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayHost<Menu, Handle> {
  createTray(): TrayHandle<Menu>;
  buildMenu(template: TrayMenuEntry[]): Menu;
  now(): number;
  setTimeout(callback: () => void, ms: number): Handle;
  clearTimeout(handle: Handle): void;
}

export interface TrayActions {
  send(command: TimerCommand): void;
  showApp(): void;
}

const MS_PER_MINUTE = 60_000;

/** Elapsed time as the tray shows it: whole minutes, "0:07", "2:45", "26:03". */
export function formatTrayElapsed(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MS_PER_MINUTE);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The menu-bar title: the running project and its elapsed time, or nothing beside the icon while idle. */
export function trayTitle(state: TrayState, now: number): string {
  if (state.running === null) return '';
  return `${state.running.projectName} · ${formatTrayElapsed(now - state.running.start)}`;
}

export function trayToolTip(state: TrayState, now: number): string {
  if (state.running === null) return 'Repute: no timer running';
  const { projectName, clientName, start } = state.running;
  const client = clientName === '' ? '' : ` for ${clientName}`;
  return `Repute: ${projectName}${client}, ${formatTrayElapsed(now - start)}`;
}

export function trayMenuTemplate(state: TrayState, now: number, actions: TrayActions): TrayMenuEntry[] {
  const running = state.running !== null;
  const projects: TrayMenuEntry[] = state.recentProjects.map((project) => ({
    label: project.label,
    click: () => actions.send({ kind: 'switchTo', projectId: project.id }),
  }));
  return [
    { label: running ? trayTitle(state, now) : 'No timer running', enabled: false },
    { type: 'separator' },
    { label: 'Stop timer', enabled: running, click: () => actions.send({ kind: 'stop' }) },
    { label: 'Start last entry again', enabled: !running, click: () => actions.send({ kind: 'restartLast' }) },
    { label: running ? 'Switch to' : 'Start timer on', enabled: projects.length > 0, submenu: projects },
    { type: 'separator' },
    { label: 'Open Repute', click: actions.showApp },
    { role: 'quit', label: 'Quit Repute' },
  ];
}

export interface TrayController {
  update(state: TrayState): void;
  destroy(): void;
}

/**
 * The tray or menu-bar item. Created on the first update; while a timer runs its title, tooltip and menu heading
 * are refreshed as each elapsed minute completes, so the shown time never runs ahead of the timer.
 */
export function createTrayController<Menu, Handle>(host: TrayHost<Menu, Handle>, actions: TrayActions): TrayController {
  let tray: TrayHandle<Menu> | null = null;
  let state: TrayState = { running: null, recentProjects: [] };
  let refresh: Handle | null = null;

  const cancelRefresh = () => {
    if (refresh !== null) host.clearTimeout(refresh);
    refresh = null;
  };
  const render = () => {
    if (tray === null) return;
    const now = host.now();
    tray.setTitle(trayTitle(state, now));
    tray.setToolTip(trayToolTip(state, now));
    tray.setContextMenu(host.buildMenu(trayMenuTemplate(state, now, actions)));
    cancelRefresh();
    if (state.running !== null) {
      const intoMinute = (now - state.running.start) % MS_PER_MINUTE;
      refresh = host.setTimeout(render, MS_PER_MINUTE - Math.max(0, intoMinute));
    }
  };

  return {
    update(next) {
      state = next;
      if (tray === null) {
        tray = host.createTray();
        tray.on('click', actions.showApp);
      }
      render();
    },
    destroy() {
      cancelRefresh();
      tray?.destroy();
      tray = null;
    },
  };
}
