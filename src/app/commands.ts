import { AREA_IDS, AREA_LABELS, type AreaId } from '../platform/contract';
import type { ThemePreference } from '../domain/model';

export type CommandSection = 'Timer' | 'Navigation' | 'Create' | 'Data' | 'Appearance' | 'Client' | 'Project' | 'Proposal' | 'Invoice';

/** What "New …" commands open a form for. */
export type NewRecordKind = 'client' | 'project' | 'proposal' | 'invoice' | 'timeEntry';

/** One thing the user can ask the app to do; the palette lists these and the native menu reuses them. */
export interface Command {
  id: string;
  title: string;
  section: CommandSection;
  /** Other words people type for it, e.g. "billing" for Invoices. */
  keywords: readonly string[];
  /** Shown beside the title to tell similar ones apart, e.g. a project's client. */
  detail?: string;
  run: () => void | Promise<void>;
}

/** What commands act through; the shell supplies these, tests supply recorders. */
export interface CommandActions {
  navigate: (area: AreaId) => void;
  openNewForm: (kind: NewRecordKind) => void;
  loadDemoData: () => Promise<void>;
  setThemePreference: (theme: ThemePreference) => Promise<void>;
  startTimer: () => Promise<void>;
  stopTimer: () => Promise<void>;
  continueLastEntry: () => Promise<void>;
}

const AREA_KEYWORDS: Record<AreaId, readonly string[]> = {
  dashboard: ['home', 'overview', 'summary'],
  time: ['timer', 'tracking', 'hours', 'timesheet'],
  clients: ['customers', 'contacts'],
  projects: ['jobs', 'contracts', 'work'],
  proposals: ['bids', 'pitches', 'leads'],
  invoices: ['billing', 'bills'],
  payments: ['earnings', 'income', 'paid'],
  reputation: ['feedback', 'reviews', 'ratings', 'testimonials', 'job success', 'score', 'credentials', 'certificates', 'badges', 'skills'],
  portfolio: ['reputation', 'profile', 'export'],
  data: ['import', 'export', 'backup', 'erase'],
  settings: ['preferences', 'business', 'options'],
};

/** The app's single list of commands, in the order the palette shows them before anything is typed. */
export function createCommands(actions: CommandActions): Command[] {
  const navigation: Command[] = AREA_IDS.map((area) => ({
    id: `go-to-${area}`,
    title: `Go to ${AREA_LABELS[area]}`,
    section: 'Navigation',
    keywords: AREA_KEYWORDS[area],
    run: () => actions.navigate(area),
  }));
  const timer: Command[] = [
    { id: 'timer-start', title: 'Start timer', section: 'Timer', keywords: ['track', 'clock in', 'begin', 'play'], run: () => actions.startTimer() },
    { id: 'timer-stop', title: 'Stop timer', section: 'Timer', keywords: ['track', 'clock out', 'end', 'pause'], run: () => actions.stopTimer() },
    { id: 'timer-continue-last', title: 'Continue last entry', section: 'Timer', keywords: ['resume', 'restart', 'again', 'timer'], run: () => actions.continueLastEntry() },
  ];
  const create: Command[] = [
    { id: 'new-client', title: 'New client', section: 'Create', keywords: ['add', 'create', 'customer'], run: () => actions.openNewForm('client') },
    { id: 'new-project', title: 'New project', section: 'Create', keywords: ['add', 'create', 'job', 'contract'], run: () => actions.openNewForm('project') },
    { id: 'new-proposal', title: 'New proposal', section: 'Create', keywords: ['add', 'create', 'bid', 'pitch'], run: () => actions.openNewForm('proposal') },
    { id: 'new-invoice', title: 'New invoice', section: 'Create', keywords: ['add', 'create', 'bill'], run: () => actions.openNewForm('invoice') },
    { id: 'new-time-entry', title: 'New time entry', section: 'Create', keywords: ['add', 'create', 'manual', 'hours', 'log'], run: () => actions.openNewForm('timeEntry') },
  ];
  return [
    ...navigation,
    ...create,
    { id: 'load-demo-data', title: 'Load demo data', section: 'Data', keywords: ['sample', 'example', 'try'], run: () => actions.loadDemoData() },
    { id: 'theme-dark', title: 'Switch to dark theme', section: 'Appearance', keywords: ['night', 'appearance', 'colour', 'color'], run: () => actions.setThemePreference('dark') },
    { id: 'theme-light', title: 'Switch to light theme', section: 'Appearance', keywords: ['day', 'appearance', 'colour', 'color'], run: () => actions.setThemePreference('light') },
    { id: 'theme-system', title: 'Use system theme', section: 'Appearance', keywords: ['auto', 'os', 'appearance', 'colour', 'color'], run: () => actions.setThemePreference('system') },
    ...timer,
  ];
}
