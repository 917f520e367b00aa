import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { InvoicePdf } from '../../src/platform/contract';
import type { SaveDialogOptions } from './files';

/** How every invoice is printed: A4 (the document's own @page rules set the margins), backgrounds kept. */
export const INVOICE_PDF_PRINT_OPTIONS = { pageSize: 'A4', printBackground: true } as const;
export type InvoicePdfPrintOptions = typeof INVOICE_PDF_PRINT_OPTIONS;

/** The in-memory session the printing windows use: nothing it holds outlives the app, and it shares nothing. */
export const PDF_SESSION_PARTITION = 'repute-pdf';

/** The file the document is written to inside its temporary folder. */
export const PDF_DOCUMENT_FILE_NAME = 'document.html';

/**
 * The hidden window a document is printed in: never shown, no JavaScript at all (the document is data, not an app),
 * sandboxed, isolated, no Node, no devtools, and its own session, where only the document itself may load.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      partition: PDF_SESSION_PARTITION,
    },
  };
}

/** A file URL's path as one comparable string, however its characters were percent-encoded or cased. */
function filePathKey(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'file:' && url.search === '' ? decodeURIComponent(url.pathname).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the printing session lets through: the documents being printed, and images written into them as data: URLs.
 * Everything else (the network, other local files) is refused, so a document cannot pull anything into the PDF.
 */
export function isAllowedPdfRequest(url: string, documentUrls: Iterable<string>): boolean {
  if (url.startsWith('data:')) return true;
  const requested = filePathKey(url);
  if (requested === undefined) return false;
  for (const documentUrl of documentUrls) if (filePathKey(documentUrl) === requested) return true;
  return false;
}

/** The parts of a BrowserWindow printing uses. */
export interface PdfPrintingWindow {
  loadFile(filePath: string): Promise<void>;
  printToPDF(options: InvoicePdfPrintOptions): Promise<Uint8Array>;
  destroy(): void;
}

export interface PdfHost {
  /** A hidden window (see pdfWindowOptions) in which `documentUrl` alone may load. */
  openWindow(documentUrl: string): PdfPrintingWindow;
  makeTempFolder(): Promise<string>;
  removeFolder(folder: string): Promise<void>;
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  fileUrl(filePath: string): string;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** Where the dialog opens: the user's Downloads or Documents folder. */
  defaultFolder(): string;
}

/**
 * Prints a self-contained HTML document to PDF bytes: the document is written to a private temporary folder, loaded
 * in a hidden window, printed, and window and folder are removed whatever happens.
 */
export async function printHtmlToPdf(host: PdfHost, html: string): Promise<Uint8Array> {
  const folder = await host.makeTempFolder();
  try {
    const documentPath = path.join(folder, PDF_DOCUMENT_FILE_NAME);
    await host.writeFile(documentPath, html);
    const window = host.openWindow(host.fileUrl(documentPath));
    try {
      await window.loadFile(documentPath);
      return await window.printToPDF(INVOICE_PDF_PRINT_OPTIONS);
    } finally {
      window.destroy();
    }
  } finally {
    await host.removeFolder(folder);
  }
}

/** The chosen path, with `.pdf` added when the user typed a name without it. */
export function pdfTargetPath(chosen: string): string {
  return path.extname(chosen).toLowerCase() === '.pdf' ? chosen : `${chosen}.pdf`;
}

/**
 * Saves an invoice as PDF where the user chooses: printed first, so a document that cannot print never asks where
 * to go; then the save dialog, offering the renderer's file name (never a folder: the dialog alone makes the path).
 */
export function createInvoicePdfSaver(host: PdfHost): (input: InvoicePdf) => Promise<{ saved: boolean }> {
  return async ({ html, fileName }) => {
    const pdf = await printHtmlToPdf(host, html);
    const choice = await host.showSaveDialog({
      title: 'Save invoice as PDF',
      defaultPath: path.join(host.defaultFolder(), path.basename(fileName)),
      filters: [
        { name: 'PDF document', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
    await host.writeFile(pdfTargetPath(choice.filePath), pdf);
    return { saved: true };
  };
}
