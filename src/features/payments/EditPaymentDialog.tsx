import { useDisplayLocale } from '../../shared/settings-context';
import { formatAmountForInput } from '../../shared/form-numbers';
import type { Payment } from '../../domain/model';
import { PaymentDialog, type PaymentDialogFormSlot } from './PaymentDialog';
import { PaymentDialogForm } from './PaymentDialogForm';
import type { PaymentFormValues } from './payment-form-values';
import { formatRateForInput, paymentLabel } from './payment-messages';
import { usePaymentCommands } from './use-payment-commands';
import { usePaymentForm } from './use-payment-form';

interface EditPaymentDialogProps {
  open: boolean;
  onClose: () => void;
  payment: Payment;
}

/**
 * Corrects a payment as recorded: when it came, how much, the fee, method, rate and reference. Who paid, for which
 * invoice and in what currency stay as they are; the invoice's status follows the new amount in the same write.
 */
export function EditPaymentDialog({ open, onClose, payment }: EditPaymentDialogProps) {
  const locale = useDisplayLocale();
  return (
    <PaymentDialog open={open} onClose={onClose} title="Edit payment" description={paymentLabel(payment, locale)}>
      {(slot) => <EditPaymentForm {...slot} payment={payment} />}
    </PaymentDialog>
  );
}

interface EditPaymentFormProps extends PaymentDialogFormSlot {
  payment: Payment;
}

function EditPaymentForm({ formId, payment, onSaved, onSavingChange }: EditPaymentFormProps) {
  const locale = useDisplayLocale();
  const { savePayment } = usePaymentCommands();
  const form = usePaymentForm<PaymentFormValues>({
    initial: () => ({
      date: payment.date,
      amount: formatAmountForInput(payment.amountMinor, payment.currency, locale),
      fee: payment.feeMinor === 0 ? '' : formatAmountForInput(payment.feeMinor, payment.currency, locale),
      method: payment.method,
      exchangeRate: formatRateForInput(payment.exchangeRate, locale),
      reference: payment.reference ?? '',
    }),
    contextOf: () => ({
      clientId: payment.clientId,
      invoiceId: payment.invoiceId,
      projectId: payment.projectId,
      currency: payment.currency,
      baseCurrency: payment.baseCurrency,
      locale,
    }),
    startsWithRate: true,
    // An imported payment stays imported: the form reads every payment as typed by hand.
    write: (input) => savePayment(payment.id, { ...input, source: payment.source }),
    announcement: (saved) => `${paymentLabel(saved, locale)} saved`,
  });

  return <PaymentDialogForm formId={formId} form={form} onSaved={onSaved} onSavingChange={onSavingChange} />;
}
