import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, session, type App, type Session } from 'electron';
import { PDF_SESSION_PARTITION, isAllowedPdfRequest, pdfWindowOptions, type PdfHost } from './services/pdf';

export interface PdfHostInput {
  readonly app: Pick<App, 'getPath'>;
  /** The app's window, if one is open: the save dialog is attached to it. */
  readonly appWindow: () => BrowserWindow | null;
}

/** Denies every permission and every request but the documents being printed (see isAllowedPdfRequest). */
function hardenPdfSession(pdfSession: Session, documentUrls: ReadonlySet<string>): void {
  pdfSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  pdfSession.setPermissionCheckHandler(() => false);
  pdfSession.setDevicePermissionHandler(() => false);
  pdfSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedPdfRequest(details.url, documentUrls) });
  });
}

/** Electron's own windows, session, dialog and file system behind the PDF service (electron/services/pdf.ts). */
export function createElectronPdfHost({ app, appWindow }: PdfHostInput): PdfHost {
  const documentUrls = new Set<string>();
  let hardened = false;
  // The session exists only once the app is ready, so it is fetched, and hardened once, on first use.
  const preparePdfSession = (): void => {
    if (hardened) return;
    hardenPdfSession(session.fromPartition(PDF_SESSION_PARTITION), documentUrls);
    hardened = true;
  };

  return {
    openWindow: (documentUrl) => {
      preparePdfSession();
      documentUrls.add(documentUrl);
      const window = new BrowserWindow(pdfWindowOptions());
      return {
        loadFile: (filePath) => window.loadFile(filePath),
        printToPDF: (options) => window.webContents.printToPDF(options),
        destroy: () => {
          documentUrls.delete(documentUrl);
          if (!window.isDestroyed()) window.destroy();
        },
      };
    },
    makeTempFolder: () => mkdtemp(path.join(os.tmpdir(), 'repute-pdf-')),
    removeFolder: (folder) => rm(folder, { recursive: true, force: true }),
    writeFile: (filePath, data) => writeFile(filePath, data),
    fileUrl: (filePath) => pathToFileURL(filePath).href,
    showSaveDialog: (options) => {
      const parent = appWindow();
      return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
    },
    defaultFolder: () => app.getPath('downloads'),
  };
}
