import { useContext } from 'react';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { Money } from '../../ui/Money';
import { formatAmountForInput } from '../../shared/form-numbers';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { invoiceTitle } from '../invoices';
import { PaymentDialog, type PaymentDialogFormSlot } from './PaymentDialog';
import { PaymentDialogForm } from './PaymentDialogForm';
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
  const outstanding = invoiceOutstandingMinor(invoice);
  return (
    <PaymentDialog
      open={open}
      onClose={onClose}
      title="Record payment"
      description={
        <>
          {invoiceTitle(invoice)}
          {client === undefined ? '' : ` from ${client.name}`}: <Money amountMinor={outstanding} currency={invoice.currency} /> outstanding.
        </>
      }
    >
      {(slot) => <RecordPaymentForm {...slot} invoice={invoice} outstanding={outstanding} />}
    </PaymentDialog>
  );
}

interface RecordPaymentFormProps extends PaymentDialogFormSlot {
  invoice: Invoice;
  outstanding: number;
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

  return <PaymentDialogForm formId={formId} form={form} onSaved={onSaved} onSavingChange={onSavingChange} />;
}
