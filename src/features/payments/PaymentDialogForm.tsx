import type { FormEvent } from 'react';
import { PaymentFields } from './PaymentFields';
import type { PaymentFormValues } from './payment-form-values';
import type { PaymentForm } from './use-payment-form';

interface PaymentDialogFormProps {
  /** The id the dialog's submit button names with its `form` attribute. */
  formId: string;
  form: PaymentForm<PaymentFormValues>;
  onSaved: () => void;
  onSavingChange: (saving: boolean) => void;
}

/** A payment's fields inside a dialog whose buttons sit in its footer: saves on submit, and closes only once stored. */
export function PaymentDialogForm({ formId, form, onSaved, onSavingChange }: PaymentDialogFormProps) {
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
