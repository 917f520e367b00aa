import { describe, expect, it } from 'vitest';
import { pdfOutcomeMessage } from '../../../../../src/features/invoices/detail/pdf-outcome-message';

describe('pdfOutcomeMessage', () => {
  it('says the PDF was saved only when a file was written', () => {
    expect(pdfOutcomeMessage('Invoice 2026-0007', { saved: true })).toBe('Invoice 2026-0007 saved as PDF');
  });

  it('says the print dialog was opened, and how to save from it, when the browser was handed the document', () => {
    const message = pdfOutcomeMessage('Invoice 2026-0007', { saved: false, printDialogShown: true });
    expect(message).toBe('Opened the print dialog for Invoice 2026-0007: choose “Save as PDF” there to keep a file');
    expect(message).not.toMatch(/saved/i);
  });

  it('says nothing when the user cancelled the save dialog', () => {
    expect(pdfOutcomeMessage('Invoice 2026-0007', { saved: false })).toBeUndefined();
  });
});
