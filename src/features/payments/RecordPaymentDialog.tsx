import { useContext, useId, useState, type FormEvent } from 'react';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { db } from '../../db';
import { recordPayment } from '../../db/repositories/payments';
import type { FieldErrors } from '../../db/repositories/write-result';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Money } from '../../ui/Money';
import { formatAmountForInput } from '../../shared/form-numbers';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { invoiceTitle } from '../invoices';
import { PaymentFields } from './PaymentFields';
import { readPaymentForm, type PaymentContext } from './payment-form-values';
import { paymentOutcomeMessage } from './payment-messages';
import { usePaymentFormValues } from './use-payment-form-values';

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
  const announce = useAnnounce();
  const locale = useDisplayLocale();
  const settings = useContext(SettingsContext);
  const timeZone = useDisplayTimeZone();
  const baseCurrency = settings?.baseCurrency ?? invoice.currency;
  const [values, setValues] = usePaymentFormValues(
    () => ({
      date: todayKey(Date.now(), timeZone),
      amount: formatAmountForInput(outstanding, invoice.currency, locale),
      fee: '',
      method: 'bank',
      exchangeRate: '',
      reference: invoice.number ?? '',
    }),
    invoice.currency,
    baseCurrency,
    locale,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const context: PaymentContext = { clientId: invoice.clientId, invoiceId: invoice.id, currency: invoice.currency, baseCurrency, locale };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reading = readPaymentForm(values, context);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    onSavingChange(true);
    try {
      const result = await recordPayment(db, reading.input);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      announce(paymentOutcomeMessage(invoice, reading.input.amountMinor, outstanding, locale), 'success');
      onSaved();
    } catch (error) {
      announce(`The payment was not saved: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      onSavingChange(false);
    }
  };

  return (
    <form id={formId} noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Payment">
      <PaymentFields values={values} errors={errors} context={context} autoFocusAmount onChange={setValues} />
    </form>
  );
}
