import { useState } from 'react';
import { useNavigate } from 'react-router';
import { db } from '../../../db';
import { deleteInvoice, restoreInvoice } from '../../../db/repositories/invoices';
import { createCreditNote, issueInvoice, markInvoiceSent, voidInvoice } from '../../../db/repositories/invoicing';
import type { FieldErrors, WriteResult } from '../../../db/repositories/write-result';
import { invoicePdfFileName } from '../../../domain/invoices/invoice-file-name';
import type { Invoice } from '../../../domain/model';
import { host } from '../../../platform';
import { useAnnounce } from '../../../ui/Announcer';
import { invoiceTitle } from '../invoice-labels';
import { pdfOutcomeMessage } from './pdf-outcome-message';

function firstMessage(errors: FieldErrors): string {
  return Object.values(errors).find((message) => message !== undefined && message !== '') ?? 'Nothing was changed';
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What the invoice page can do to an invoice, each one write through the repository with its outcome announced.
 * `today` is the local day used as the issue date of an issue or a credit note.
 */
export function useInvoiceCommands(invoice: Invoice, today: string) {
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const run = async (write: () => Promise<WriteResult<Invoice>>, refused: string, done: (result: Invoice) => void): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await write();
      if (!result.ok) {
        announce(`${refused}: ${firstMessage(result.errors)}`, 'danger');
        return false;
      }
      done(result.value);
      return true;
    } catch (error) {
      announce(`${refused}: ${failure(error)}`, 'danger');
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    issue: () => run(() => issueInvoice(db, invoice.id, { issueDate: today, now: Date.now() }), 'The invoice was not issued', (issued) => announce(`Invoice ${issued.number ?? ''} issued`, 'success')),
    markSent: () => run(() => markInvoiceSent(db, invoice.id, Date.now()), 'Not marked as sent', (sent) => announce(`${invoiceTitle(sent)} marked as sent`, 'success')),
    markVoid: () => run(() => voidInvoice(db, invoice.id, Date.now()), 'The invoice was not voided', (voided) => announce(`${invoiceTitle(voided)} is void; its time can be billed again`, 'success')),
    creditNote: () =>
      run(
        () => createCreditNote(db, invoice.id, { issueDate: today, now: Date.now() }),
        'No credit note was created',
        (credit) => {
          announce(`${invoiceTitle(credit)} issued: it cancels ${invoiceTitle(invoice)}`, 'success');
          void navigate(`/invoices/${credit.id}`);
        },
      ),
    deleteDraft: async () => {
      setBusy(true);
      try {
        await deleteInvoice(db, invoice.id);
        void navigate('/invoices');
        announce('Draft deleted', 'success', { label: 'Undo', run: () => void restoreInvoice(db, invoice.id).then(() => navigate(`/invoices/${invoice.id}`)) });
      } catch (error) {
        announce(`The draft was not deleted: ${failure(error)}`, 'danger');
      } finally {
        setBusy(false);
      }
    },
    /** Prints `html`, the document as the preview shows it, to a PDF named after `documentInvoice` and the client. */
    savePdf: async (documentInvoice: Invoice, html: string, clientName: string) => {
      setBusy(true);
      try {
        const result = await host.saveInvoicePdf({ html, fileName: invoicePdfFileName(documentInvoice, clientName) });
        const message = pdfOutcomeMessage(invoiceTitle(documentInvoice), result);
        if (message !== undefined) announce(message, result.saved ? 'success' : 'neutral');
      } catch (error) {
        announce(`The PDF was not saved: ${failure(error)}`, 'danger');
      } finally {
        setBusy(false);
      }
    },
  };
}
