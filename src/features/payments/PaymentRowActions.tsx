import { useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Payment } from '../../domain/model';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { RowActionButton, RowActions } from '../../ui/RowActions';
import { EditPaymentDialog } from './EditPaymentDialog';
import { paymentLabel } from './payment-messages';
import { usePaymentCommands } from './use-payment-commands';

/**
 * Edit and Delete for one payment in a list, as two small icon buttons so a wide table keeps its figures in view; each is
 * named after the payment, so a screen reader tells the rows apart.
 */
export function PaymentRowActions({ payment }: { payment: Payment }) {
  const locale = useDisplayLocale();
  const { removePayment } = usePaymentCommands();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const label = paymentLabel(payment, locale);

  const remove = async () => {
    setDeleting(true);
    try {
      await removePayment(payment, locale);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <RowActions>
      <RowActionButton label={`Edit ${lowerFirst(label)}`} title="Edit payment" icon={<PencilIcon />} onClick={() => setEditing(true)} />
      <RowActionButton label={`Delete ${lowerFirst(label)}`} title="Delete payment" icon={<TrashIcon />} destructive disabled={deleting} onClick={() => void remove()} />
      <EditPaymentDialog open={editing} onClose={() => setEditing(false)} payment={payment} />
    </RowActions>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
