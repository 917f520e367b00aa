import { useId, useState, type FormEvent } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { formatAmountForInput } from '../../shared/form-numbers';
import type { Payment } from '../../domain/model';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PaymentFields } from './PaymentFields';
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
  const formId = useId();
  const locale = useDisplayLocale();
  const [saving, setSaving] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Edit payment"
      description={paymentLabel(payment, locale)}
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
      {open && <EditPaymentForm formId={formId} payment={payment} onSaved={onClose} onSavingChange={setSaving} />}
    </Dialog>
  );
}

interface EditPaymentFormProps {
  formId: string;
  payment: Payment;
  onSaved: () => void;
  onSavingChange: (saving: boolean) => void;
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
