import { version } from '../../package.json';
import { WEB_SHORTCUT_MESSAGE, externalUrlSchema, invoicePdfSchema, textFileSchema, type HostApi } from './contract';
import { browserActivityPage, watchPageActivity, type ActivityPage } from './web-activity';
import { printHtmlInHiddenFrame } from './web-print';
import { downloadBlob } from './web-download';

/** What the web fallback needs from the browser, read at call time so the module can load anywhere. */
export interface WebHostEnvironment {
  readonly origin: () => string;
  readonly platform: () => string;
  readonly openInNewTab: (url: string) => void;
  /** The page whose input and visibility stand in for the system's idle time. */
  readonly activityPage: () => ActivityPage;
  /** Hands a file to the browser's download flow. */
  readonly downloadFile: (name: string, content: string, mimeType: string) => void;
  /** Opens the browser's print dialog on a self-contained HTML document titled `title`. */
  readonly printDocument: (html: string, title: string) => Promise<void>;
}

function downloadThroughLink(name: string, content: string, mimeType: string): void {
  // A Blob encodes the string as UTF-8, byte order mark included, which spreadsheet apps rely on.
  downloadBlob(new Blob([content], { type: `${mimeType};charset=utf-8` }), name);
}

export function browserEnvironment(): WebHostEnvironment {
  return {
    origin: () => window.location.origin,
    platform: () => window.navigator.platform,
    openInNewTab: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    activityPage: browserActivityPage,
    downloadFile: downloadThroughLink,
    printDocument: printHtmlInHiddenFrame,
  };
}

/**
 * The host API in a plain browser tab: no native menu, tray, global shortcut or notifications, data in the origin's
 * IndexedDB, idle time from input in the page, and files saved through the browser's downloads.
 */
export function createWebHost(environment: WebHostEnvironment): HostApi {
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Repute',
        version,
        platform: environment.platform(),
        host: 'web',
        dataLocation: `This browser's storage (IndexedDB) for ${environment.origin()}`,
      }),
    openExternal: (url) => {
      if (!externalUrlSchema.safeParse(url).success) return Promise.resolve(false);
      environment.openInNewTab(url);
      return Promise.resolve(true);
    },
    // The page's own color-scheme already follows the app's theme; a browser has no native chrome to recolour.
    setThemeSource: () => Promise.resolve(),
    onNavigate: () => () => undefined,
    watchSystemActivity: (thresholdMinutes, listener) => watchPageActivity(environment.activityPage(), thresholdMinutes, listener),
    // A browser tab has no tray: the header timer is the only place the running timer shows.
    setTrayState: () => Promise.resolve(),
    onTimerCommand: () => () => undefined,
    setTimerShortcut: () => Promise.resolve({ ok: false, error: WEB_SHORTCUT_MESSAGE }),
    notify: () => Promise.resolve(false),
    saveTextFile: (file) => {
      const parsed = textFileSchema.safeParse(file);
      if (!parsed.success) return Promise.reject(new Error(`Repute could not save the file: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`));
      environment.downloadFile(parsed.data.suggestedName, parsed.data.content, parsed.data.mimeType);
      return Promise.resolve({ saved: true });
    },
    saveInvoicePdf: async (input) => {
      const parsed = invoicePdfSchema.safeParse(input);
      if (!parsed.success) throw new Error(`Repute could not print the invoice: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      // Browsers name the PDF after the document's title, so the title is the file name without its extension.
      await environment.printDocument(parsed.data.html, parsed.data.fileName.replace(/\.pdf$/i, ''));
      // The dialog is open; whether the user saves from it, the page cannot know.
      return { saved: false, printDialogShown: true };
    },
    // A browser has no data folder of the app's own: backups there are the files the user downloads.
    writeAutomaticBackup: () => Promise.resolve({ saved: false }),
    listAutomaticBackups: () => Promise.resolve([]),
    readAutomaticBackup: (fileName) => Promise.reject(new Error(`No automatic backup "${fileName}" in the browser; restore from a backup file instead.`)),
  };
}
