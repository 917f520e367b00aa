import { useState } from 'react';
import { Link } from 'react-router';
import type { Client, Invoice } from '../../../domain/model';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { RecordPaymentDialog } from '../../payments';
import { CoinIcon, DocumentIcon, SendIcon } from '../../../ui/icons';
import { invoiceTitle } from '../invoice-labels';
import { availableInvoiceActions } from './invoice-actions';
import type { useInvoiceCommands } from './use-invoice-commands';

type Confirmation = 'issue' | 'void' | 'creditNote';

interface InvoiceActionsProps {
  invoice: Invoice;
  client: Client | undefined;
  commands: ReturnType<typeof useInvoiceCommands>;
  /** The number issuing would give, for the confirmation. */
  nextNumber: string;
  onSavePdf: () => void;
  /** The id of the note saying why this draft cannot be issued; Issue is then disabled and described by it. */
  issueRefusalId?: string;
}

/** The invoice's buttons, only those its state allows, and the confirmations before the ones that cannot be undone. */
export function InvoiceActions({ invoice, client, commands, nextNumber, onSavePdf, issueRefusalId }: InvoiceActionsProps) {
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const [paying, setPaying] = useState(false);
  const actions = new Set(availableInvoiceActions(invoice));
  const title = invoiceTitle(invoice);
  const confirm = async (action: () => Promise<boolean>) => {
    await action();
    setConfirming(null);
  };

  return (
    <>
      {actions.has('deleteDraft') && (
        <Button variant="ghost" onClick={() => void commands.deleteDraft()} disabled={commands.busy}>
          Delete draft
        </Button>
      )}
      {actions.has('void') && (
        <Button variant="ghost" onClick={() => setConfirming('void')} disabled={commands.busy}>
          Void invoice
        </Button>
      )}
      {actions.has('creditNote') && (
        <Button variant="ghost" onClick={() => setConfirming('creditNote')} disabled={commands.busy}>
          Create credit note
        </Button>
      )}
      {actions.has('editDraft') && (
        <Link to={`/invoices/${invoice.id}/edit`} className="button button-secondary">
          Edit draft
        </Link>
      )}
      {actions.has('savePdf') && (
        <Button onClick={onSavePdf} disabled={commands.busy}>
          <DocumentIcon />
          Save PDF
        </Button>
      )}
      {actions.has('markSent') && (
        <Button onClick={() => void commands.markSent()} disabled={commands.busy}>
          <SendIcon />
          Mark as sent
        </Button>
      )}
      {actions.has('recordPayment') && (
        <Button variant="primary" onClick={() => setPaying(true)} disabled={commands.busy}>
          <CoinIcon />
          Record payment
        </Button>
      )}
      {actions.has('issue') && (
        <Button variant="primary" onClick={() => setConfirming('issue')} disabled={commands.busy || issueRefusalId !== undefined} aria-describedby={issueRefusalId}>
          Issue invoice
        </Button>
      )}

      <RecordPaymentDialog open={paying} onClose={() => setPaying(false)} invoice={invoice} client={client} />
      <ConfirmDialog
        open={confirming === 'issue'}
        title="Issue invoice?"
        tone="primary"
        confirmLabel="Issue"
        busy={commands.busy}
        message={
          <p>
            It will be numbered <strong>{nextNumber}</strong> and dated today. An issued invoice no longer changes: corrections are made with a credit
            note, and the time it bills is locked.
          </p>
        }
        onConfirm={() => void confirm(commands.issue)}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'void'}
        title="Void invoice?"
        confirmLabel="Void invoice"
        busy={commands.busy}
        message={
          <p>
            {title} keeps its number, marked void, and nothing is owed on it. Its time entries become billable again. Use this for an invoice that
            should never have gone out; to correct one the client has, create a credit note.
          </p>
        }
        onConfirm={() => void confirm(commands.markVoid)}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'creditNote'}
        title="Create credit note?"
        tone="primary"
        confirmLabel="Create credit note"
        busy={commands.busy}
        message={
          <p>
            A credit note numbered <strong>{nextNumber}</strong> cancels {title} in full and is issued today. The invoice stays on record, nothing more
            is owed on it, and its time can be billed again on a corrected invoice.
          </p>
        }
        onConfirm={() => void confirm(commands.creditNote)}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
