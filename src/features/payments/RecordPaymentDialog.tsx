import { useContext, useId, useState, type FormEvent } from 'react';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Money } from '../../ui/Money';
import { formatAmountForInput } from '../../shared/form-numbers';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { invoiceTitle } from '../invoices';
import { PaymentFields } from './PaymentFields';
import type { PaymentFormValues } from './payment-form-values';
import { paymentOutcomeMessage } from './payment-messages';
import { usePaymentForm } from './use-payment-form';

interface RecordPaymentDialogProps {
  open: boolean;
  onClose: () => void;
  invoice: Invoice;
  client: Client | undefined;
}

/** Records money received against an issued invoice; the invoice's status follows in the same write. */
export function RecordPaymentDialog({ open, onClose, invoice, client }: RecordPaymentDialogProps) {
  const formId = useId();
  const [saving, setSaving] = useState(false);
  const outstanding = invoiceOutstandingMinor(invoice);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Record payment"
      description={
        <>
          {invoiceTitle(invoice)}
          {client === undefined ? '' : ` from ${client.name}`}: <Money amountMinor={outstanding} currency={invoice.currency} /> outstanding.
        </>
      }
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" form={formId} disabled={saving} aria-busy={saving}>
            Save payment
          </Button>
        </>
      }
    >
      {open && <RecordPaymentForm formId={formId} invoice={invoice} outstanding={outstanding} onSaved={onClose} onSavingChange={setSaving} />}
    </Dialog>
  );
}

interface RecordPaymentFormProps {
  formId: string;
  invoice: Invoice;
  outstanding: number;
  onSaved: () => void;
  onSavingChange: (saving: boolean) => void;
}

function RecordPaymentForm({ formId, invoice, outstanding, onSaved, onSavingChange }: RecordPaymentFormProps) {
  const locale = useDisplayLocale();
  const settings = useContext(SettingsContext);
  const timeZone = useDisplayTimeZone();
  const baseCurrency = settings?.baseCurrency ?? invoice.currency;
  const form = usePaymentForm<PaymentFormValues>({
    initial: () => ({
      date: todayKey(Date.now(), timeZone),
      amount: formatAmountForInput(outstanding, invoice.currency, locale),
      fee: '',
      method: 'bank',
      exchangeRate: '',
      reference: invoice.number ?? '',
    }),
    contextOf: () => ({ clientId: invoice.clientId, invoiceId: invoice.id, currency: invoice.currency, baseCurrency, locale }),
    announcement: (payment) => paymentOutcomeMessage(invoice, payment.amountMinor, outstanding, locale),
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSavingChange(true);
    const saved = await form.save();
    onSavingChange(false);
    if (saved !== undefined) onSaved();
  };

  return (
    <form id={formId} noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Payment">
      <div className="form-grid">
        <PaymentFields values={form.values} errors={form.errors} otherErrors={form.otherErrors} context={form.context} autoFocusAmount onChange={form.setValue} />
      </div>
    </form>
  );
}
