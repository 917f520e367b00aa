import { describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from '../../../electron/services/files';
import {
  INVOICE_PDF_PRINT_OPTIONS,
  PDF_SESSION_PARTITION,
  createInvoicePdfSaver,
  isAllowedPdfRequest,
  pdfTargetPath,
  pdfWindowOptions,
  printHtmlToPdf,
  type PdfHost,
} from '../../../electron/services/pdf';

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

interface Recorded {
  steps: string[];
  files: Map<string, string | Uint8Array>;
  dialogs: SaveDialogOptions[];
}

function fakeHost(options: { choice?: { canceled: boolean; filePath?: string }; printFails?: boolean } = {}): { host: PdfHost; recorded: Recorded } {
  const recorded: Recorded = { steps: [], files: new Map(), dialogs: [] };
  const host: PdfHost = {
    openWindow: (documentUrl) => {
      recorded.steps.push(`open ${documentUrl}`);
      return {
        loadFile: (filePath) => {
          recorded.steps.push(`load ${filePath}`);
          return Promise.resolve();
        },
        printToPDF: (printOptions) => {
          recorded.steps.push(`print ${printOptions.pageSize}${printOptions.printBackground ? ' with backgrounds' : ''}`);
          return options.printFails === true ? Promise.reject(new Error('printing failed')) : Promise.resolve(PDF_BYTES);
        },
        destroy: () => {
          recorded.steps.push('destroy window');
        },
      };
    },
    makeTempFolder: () => {
      recorded.steps.push('make /tmp/repute-pdf-1');
      return Promise.resolve('/tmp/repute-pdf-1');
    },
    removeFolder: (folder) => {
      recorded.steps.push(`remove ${folder}`);
      return Promise.resolve();
    },
    writeFile: (filePath, data) => {
      recorded.steps.push(`write ${filePath}`);
      recorded.files.set(filePath, data);
      return Promise.resolve();
    },
    fileUrl: (filePath) => `file://${filePath}`,
    showSaveDialog: (dialogOptions) => {
      recorded.steps.push('ask where to save');
      recorded.dialogs.push(dialogOptions);
      return Promise.resolve(options.choice ?? { canceled: false, filePath: '/home/me/Invoices/Invoice 2026-0007 - Northwind.pdf' });
    },
    defaultFolder: () => '/home/me/Downloads',
  };
  return { host, recorded };
}

describe('pdfWindowOptions', () => {
  it('prints in a hidden, sandboxed window that runs no script, in its own session', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      partition: PDF_SESSION_PARTITION,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
    // No "persist:" prefix: the printing session lives in memory only.
    expect(PDF_SESSION_PARTITION.startsWith('persist:')).toBe(false);
  });
});

describe('isAllowedPdfRequest', () => {
  const documents = new Set(['file:///tmp/repute-pdf-1/document.html', 'file:///C:/Users/Jo%20Do/AppData/Local/Temp/repute-pdf-2/document.html']);

  it('lets the documents being printed load, however their path is spelled, and data: images', () => {
    expect(isAllowedPdfRequest('file:///tmp/repute-pdf-1/document.html', documents)).toBe(true);
    expect(isAllowedPdfRequest('file:///c:/Users/Jo Do/AppData/Local/Temp/repute-pdf-2/document.html', documents)).toBe(true);
    expect(isAllowedPdfRequest('data:image/png;base64,iVBORw0KGgo=', documents)).toBe(true);
  });

  it.each([
    'https://tracker.example/pixel.gif',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///tmp/repute-pdf-1/other.html',
    'file:///tmp/repute-pdf-1/document.html?leak=1',
    'file:///tmp/repute-pdf-1/%E0%A4%A',
    'app://repute/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedPdfRequest(url, documents)).toBe(false);
  });

  it('refuses everything once no document is being printed', () => {
    expect(isAllowedPdfRequest('file:///tmp/repute-pdf-1/document.html', new Set())).toBe(false);
  });
});

describe('printHtmlToPdf', () => {
  it('writes the document to a private folder, prints it to A4 and cleans up', async () => {
    const { host, recorded } = fakeHost();
    await expect(printHtmlToPdf(host, '<!doctype html><p>Invoice</p>')).resolves.toBe(PDF_BYTES);
    expect(recorded.steps).toEqual([
      'make /tmp/repute-pdf-1',
      'write /tmp/repute-pdf-1/document.html',
      'open file:///tmp/repute-pdf-1/document.html',
      'load /tmp/repute-pdf-1/document.html',
      'print A4 with backgrounds',
      'destroy window',
      'remove /tmp/repute-pdf-1',
    ]);
    expect(recorded.files.get('/tmp/repute-pdf-1/document.html')).toBe('<!doctype html><p>Invoice</p>');
    expect(INVOICE_PDF_PRINT_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true });
  });

  it('closes the window and removes the folder when printing fails', async () => {
    const { host, recorded } = fakeHost({ printFails: true });
    await expect(printHtmlToPdf(host, '<p>x</p>')).rejects.toThrow('printing failed');
    expect(recorded.steps.slice(-2)).toEqual(['destroy window', 'remove /tmp/repute-pdf-1']);
  });
});

describe('createInvoicePdfSaver', () => {
  it('prints, then asks where to save under the offered name, and writes the PDF there', async () => {
    const { host, recorded } = fakeHost();
    await expect(createInvoicePdfSaver(host)({ html: '<p>Invoice</p>', fileName: 'Invoice 2026-0007 - Northwind.pdf' })).resolves.toEqual({ saved: true });
    expect(recorded.steps.indexOf('print A4 with backgrounds')).toBeLessThan(recorded.steps.indexOf('ask where to save'));
    expect(recorded.dialogs).toEqual([
      {
        title: 'Save invoice as PDF',
        defaultPath: '/home/me/Downloads/Invoice 2026-0007 - Northwind.pdf',
        filters: [
          { name: 'PDF document', extensions: ['pdf'] },
          { name: 'All files', extensions: ['*'] },
        ],
      },
    ]);
    expect(recorded.files.get('/home/me/Invoices/Invoice 2026-0007 - Northwind.pdf')).toBe(PDF_BYTES);
  });

  it('writes nothing but its scratch copy when the user cancels', async () => {
    const { host, recorded } = fakeHost({ choice: { canceled: true } });
    await expect(createInvoicePdfSaver(host)({ html: '<p>Invoice</p>', fileName: 'Invoice 2026-0007 - Northwind.pdf' })).resolves.toEqual({ saved: false });
    expect([...recorded.files.keys()]).toEqual(['/tmp/repute-pdf-1/document.html']);
  });

  it('adds .pdf to a name typed without it, and never lets the offered name pick the folder', async () => {
    const { host, recorded } = fakeHost({ choice: { canceled: false, filePath: '/home/me/Invoices/march' } });
    await createInvoicePdfSaver(host)({ html: '<p>Invoice</p>', fileName: '../../etc/Invoice.pdf' });
    expect(recorded.dialogs[0]?.defaultPath).toBe('/home/me/Downloads/Invoice.pdf');
    expect(recorded.files.has('/home/me/Invoices/march.pdf')).toBe(true);
    expect(pdfTargetPath('/a/Invoice.PDF')).toBe('/a/Invoice.PDF');
  });
});
