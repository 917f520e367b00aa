/**
 * The host API: what the renderer may ask of the machine it runs on. The Electron preload implements it over IPC,
 * the web adapter with browser fallbacks. electron/ imports this file too, so both sides validate with one schema.
 * Keep it free of DOM and Node imports.
 */
import { z } from 'zod';
import { SHORTCUT_HINT, checkAccelerator } from '../domain/settings/accelerator';

export { SHORTCUT_HINT, checkAccelerator };

export const AREA_IDS = [
  'dashboard',
  'time',
  'clients',
  'projects',
  'proposals',
  'invoices',
  'payments',
  'reputation',
  'portfolio',
  'data',
  'settings',
] as const;
export const areaIdSchema = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof areaIdSchema>;

export const AREA_LABELS: Record<AreaId, string> = {
  dashboard: 'Dashboard',
  time: 'Time',
  clients: 'Clients',
  projects: 'Projects',
  proposals: 'Proposals',
  invoices: 'Invoices',
  payments: 'Payments',
  reputation: 'Reputation',
  portfolio: 'Portfolio',
  data: 'Data',
  settings: 'Settings',
};

export const themeSourceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeSource = z.infer<typeof themeSourceSchema>;

/** Only web and mail links leave the app, and only to the system browser or mail client. */
export const externalUrlSchema = z.lazy(() =>
  z
    .string()
    .max(2048)
    .refine((raw) => {
      try {
        const url = new URL(raw);
        if (url.protocol === 'mailto:') return url.pathname.length > 0;
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    }, 'Only http(s) and mailto links can be opened'),
);

export const appInfoSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    version: z.string(),
    platform: z.string(),
    host: z.enum(['electron', 'web']),
    /** Where the desktop app keeps its data folder; the web app stores in the browser's IndexedDB. */
    dataLocation: z.string(),
  }),
);
export type AppInfo = z.infer<typeof appInfoSchema>;

const instantSchema = z.lazy(() => z.number().int().nonnegative());

/** What the machine reports about its user's presence; see HostApi.watchSystemActivity. */
export const systemActivityEventSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('idle'), since: instantSchema }),
    z.object({ kind: z.literal('active'), at: instantSchema }),
    z.object({ kind: z.enum(['suspend', 'resume', 'lock', 'unlock']), at: instantSchema }),
  ]),
);
export type SystemActivityEvent = z.infer<typeof systemActivityEventSchema>;

/** The idle threshold as Settings keeps it. */
export const idleThresholdMinutesSchema = z.lazy(() => z.number().int().min(1).max(240));

const trayLabelSchema = z.lazy(() => z.string().trim().min(1).max(200));

export const trayStateSchema = z.lazy(() =>
  z.object({
    running: z.object({ projectName: trayLabelSchema, clientName: z.string().trim().max(200), start: instantSchema }).nullable(),
    recentProjects: z.array(z.object({ id: z.string().min(1).max(100), label: trayLabelSchema })).max(10),
  }),
);
export type TrayState = z.infer<typeof trayStateSchema>;

export const timerCommandSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('toggle') }),
    z.object({ kind: z.literal('stop') }),
    z.object({ kind: z.literal('restartLast') }),
    z.object({ kind: z.literal('switchTo'), projectId: z.string().min(1).max(100) }),
  ]),
);
export type TimerCommand = z.infer<typeof timerCommandSchema>;

/** An accelerator as Electron reads it, in canonical spelling; the empty string removes the shortcut. */
export const acceleratorSchema = z.lazy(() =>
  z
    .string()
    .max(100)
    .transform((text, context) => {
      const checked = checkAccelerator(text);
      if (checked.ok) return checked.accelerator;
      context.addIssue({ code: 'custom', message: checked.error });
      return z.NEVER;
    }),
);

export const shortcutResultSchema = z.lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type ShortcutResult = z.infer<typeof shortcutResultSchema>;

export const notificationSchema = z.lazy(() =>
  z.object({
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().max(1000),
  }),
);
export type HostNotification = z.infer<typeof notificationSchema>;

/** 50 MB of text: far beyond any export of a freelancer's records, and a bound on what one call can write. */
const MAX_TEXT_FILE_CHARS = 50_000_000;

/** A file name only: no folders, so the renderer cannot point the save dialog anywhere by itself. */
export const suggestedFileNameSchema = z.lazy(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine(
      (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((character) => character.charCodeAt(0) < 32) && name !== '.' && name !== '..',
      'A file name without folders or special characters',
    ),
);

export const textFileSchema = z.lazy(() =>
  z.object({
    suggestedName: suggestedFileNameSchema,
    content: z.string().max(MAX_TEXT_FILE_CHARS),
    mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'A MIME type such as text/csv'),
  }),
);
export type TextFile = z.infer<typeof textFileSchema>;

export const saveTextFileResultSchema = z.lazy(() => z.object({ saved: z.boolean() }));

/**
 * What became of an invoice's PDF. Desktop: saved to the file the user chose, or not when they cancelled. Browser: a
 * page cannot write the file itself, so it hands the document to the print dialog (`printDialogShown`), where the
 * user saves it or not, and `saved` stays false because nothing the page can see was saved.
 */
export const invoicePdfResultSchema = z.lazy(() => z.object({ saved: z.boolean(), printDialogShown: z.boolean().optional() }));
export type InvoicePdfResult = z.infer<typeof invoicePdfResultSchema>;

/** 20 MB of HTML: an invoice of thousands of lines is a fraction of it. */
const MAX_DOCUMENT_HTML_CHARS = 20_000_000;

/** A printable document (an invoice's HTML) and the name its PDF is offered under. */
export const invoicePdfSchema = z.lazy(() =>
  z.object({
    html: z.string().min(1).max(MAX_DOCUMENT_HTML_CHARS),
    fileName: suggestedFileNameSchema.refine((name) => name.toLowerCase().endsWith('.pdf'), 'A PDF file name ends in .pdf'),
  }),
);
export type InvoicePdf = z.infer<typeof invoicePdfSchema>;

/** A whole-database backup can pass the text-file bound: ten years of history is tens of MB of JSON. */
const MAX_BACKUP_CHARS = 500_000_000;

/** The names automatic backups are written under; anything else is refused, so no path reaches the file system. */
export const automaticBackupFileNameSchema = z.lazy(() => z.string().regex(/^repute-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/, 'An automatic backup file name'));

export const automaticBackupInputSchema = z.lazy(() =>
  z.object({
    content: z.string().min(1).max(MAX_BACKUP_CHARS),
    at: z.number().int().min(0),
  }),
);
export type AutomaticBackupInput = z.infer<typeof automaticBackupInputSchema>;

export const automaticBackupWriteResultSchema = z.lazy(() => z.object({ saved: z.boolean(), fileName: automaticBackupFileNameSchema.optional() }));

export const automaticBackupListSchema = z.lazy(() => z.array(z.object({ fileName: automaticBackupFileNameSchema, at: z.number().int(), bytes: z.number().int().min(0) })));
export type AutomaticBackupList = z.infer<typeof automaticBackupListSchema>;

/** Renderer → main invocations: channel name, payload schema, result schema. */
export const IPC_INVOKE = {
  getAppInfo: { channel: 'repute:get-app-info', payload: z.undefined(), result: appInfoSchema },
  openExternal: { channel: 'repute:open-external', payload: externalUrlSchema, result: z.boolean() },
  setThemeSource: { channel: 'repute:set-theme-source', payload: themeSourceSchema, result: z.undefined() },
  watchSystemActivity: { channel: 'repute:watch-system-activity', payload: idleThresholdMinutesSchema, result: z.undefined() },
  unwatchSystemActivity: { channel: 'repute:unwatch-system-activity', payload: z.undefined(), result: z.undefined() },
  setTrayState: { channel: 'repute:set-tray-state', payload: trayStateSchema, result: z.undefined() },
  // The accelerator itself is judged by the handler, which answers a bad one with a message instead of refusing.
  setTimerShortcut: { channel: 'repute:set-timer-shortcut', payload: z.string().max(100), result: shortcutResultSchema },
  notify: { channel: 'repute:notify', payload: notificationSchema, result: z.boolean() },
  saveTextFile: { channel: 'repute:save-text-file', payload: textFileSchema, result: saveTextFileResultSchema },
  saveInvoicePdf: { channel: 'repute:save-invoice-pdf', payload: invoicePdfSchema, result: invoicePdfResultSchema },
  writeAutomaticBackup: { channel: 'repute:write-automatic-backup', payload: automaticBackupInputSchema, result: automaticBackupWriteResultSchema },
  listAutomaticBackups: { channel: 'repute:list-automatic-backups', payload: z.undefined(), result: automaticBackupListSchema },
  readAutomaticBackup: { channel: 'repute:read-automatic-backup', payload: automaticBackupFileNameSchema, result: z.string() },
} as const;

/** Main → renderer events. */
export const IPC_EVENTS = {
  navigate: { channel: 'repute:navigate', payload: areaIdSchema },
  systemActivity: { channel: 'repute:system-activity', payload: systemActivityEventSchema },
  timerCommand: { channel: 'repute:timer-command', payload: timerCommandSchema },
} as const;

export const WEB_SHORTCUT_MESSAGE = 'Global shortcuts work in the desktop app; in the browser use the palette or the timer button.';

export type Unsubscribe = () => void;

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link outside the app; resolves false when the guard refused it. */
  openExternal(url: string): Promise<boolean>;
  /** Lets the native window chrome follow the app's theme override. */
  setThemeSource(theme: ThemeSource): Promise<void>;
  /** The native menu asks the app to show an area. */
  onNavigate(listener: (area: AreaId) => void): Unsubscribe;
  /**
   * Reports when the user leaves and comes back: `idle` once no input has arrived for the threshold (back-dated to
   * the last input), `active` when input returns, and sleep and screen lock as they happen. Desktop: the system's
   * idle time and power events; browser: input in the page, and the page being hidden counts as a lock.
   */
  watchSystemActivity(thresholdMinutes: number, listener: (event: SystemActivityEvent) => void): Unsubscribe;
  /** What the tray or menu-bar item shows: the running timer (its elapsed time kept current by the host) and a menu. */
  setTrayState(state: TrayState): Promise<void>;
  /** The tray menu and the global shortcut ask the app to start, stop or switch the timer. */
  onTimerCommand(listener: (command: TimerCommand) => void): Unsubscribe;
  /** Registers the global start/stop shortcut (the empty string removes it); refuses taken or invalid ones. */
  setTimerShortcut(accelerator: string): Promise<ShortcutResult>;
  /** Shows a system notification; resolves false where there is none, and the app shows its own toast instead. */
  notify(notification: HostNotification): Promise<boolean>;
  /** Lets the user save text (an export) as a file; resolves { saved: false } when they cancel. */
  saveTextFile(file: TextFile): Promise<{ saved: boolean }>;
  /**
   * Turns an invoice's HTML into a PDF the user saves. Desktop: printed to A4 in a hidden window that runs no script
   * and loads nothing else, then a save dialog. Browser: the same document in the browser's print dialog, where
   * "Save as PDF" makes the file; the page cannot tell a save from a cancel, so it resolves
   * { saved: false, printDialogShown: true } once the dialog was shown.
   */
  saveInvoicePdf(input: InvoicePdf): Promise<InvoicePdfResult>;
  /** Desktop: writes the day's backup into the data folder's backups/ and prunes old ones. Browser: { saved: false }. */
  writeAutomaticBackup(input: AutomaticBackupInput): Promise<{ saved: boolean; fileName?: string }>;
  /** The automatic backups kept, newest first; none in the browser. */
  listAutomaticBackups(): Promise<AutomaticBackupList>;
  /** One automatic backup's JSON, by the name listAutomaticBackups gave. */
  readAutomaticBackup(fileName: string): Promise<string>;
}
