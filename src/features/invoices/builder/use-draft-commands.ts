import { useState } from 'react';
import { db } from '../../../db';
import { updateInvoice } from '../../../db/repositories/invoices';
import { createInvoiceDraft, issueInvoice } from '../../../db/repositories/invoicing';
import type { FieldErrors } from '../../../db/repositories/write-result';
import type { InvoiceDiscount } from '../../../domain/invoices/invoice-totals';
import type { Invoice, InvoiceLine } from '../../../domain/model';
import { useAnnounce } from '../../../ui/Announcer';

export interface DraftContent {
  clientId: string;
  currency: string;
  lines: InvoiceLine[];
  discount: InvoiceDiscount | undefined;
  reverseCharge: boolean;
  notes: string;
  paymentTermsDays: number;
}

function draftInput({ paymentTermsDays, discount, ...rest }: DraftContent) {
  return { ...rest, dueInDays: paymentTermsDays, ...(discount === undefined ? {} : { discount }) };
}

function firstMessage(errors: FieldErrors): string {
  return Object.values(errors).find((message) => message !== undefined && message !== '') ?? 'Nothing was saved';
}

/**
 * Saving the builder: the first save creates the draft and later ones update that same draft, so an Issue that
 * fails after its save never leaves a second copy behind. Refusals come back as field messages.
 */
export function useDraftCommands(existing: Invoice | undefined) {
  const announce = useAnnounce();
  const [draftId, setDraftId] = useState(existing?.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const run = async <T,>(write: () => Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }>, failure: string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await write();
      if (!result.ok) {
        setErrors(result.errors);
        announce(`${failure}: ${firstMessage(result.errors)}`, 'danger');
        return undefined;
      }
      setErrors({});
      return result.value;
    } catch (error) {
      announce(`${failure}: ${error instanceof Error ? error.message : String(error)}`, 'danger');
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const save = async (content: DraftContent): Promise<Invoice | undefined> => {
    const saved = await run(
      () =>
        draftId === undefined
          ? createInvoiceDraft(db, { ...draftInput(content), now: Date.now() })
          : updateInvoice(db, draftId, { lines: content.lines, discount: content.discount, reverseCharge: content.reverseCharge, notes: content.notes, paymentTermsDays: content.paymentTermsDays }),
      'The draft was not saved',
    );
    if (saved !== undefined) setDraftId(saved.id);
    return saved;
  };

  const issue = (invoiceId: string, issueDate: string): Promise<Invoice | undefined> => run(() => issueInvoice(db, invoiceId, { issueDate, now: Date.now() }), 'The invoice was not issued');

  return { save, issue, errors, busy };
}
