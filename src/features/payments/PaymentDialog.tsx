import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** What the dialog hands its form: the id its Save button submits, and how to report saving and success. */
export interface PaymentDialogFormSlot {
  formId: string;
  onSaved: () => void;
  onSavingChange: (saving: boolean) => void;
}

interface PaymentDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: ReactNode;
  /** The form, mounted only while the dialog is open so each opening starts from fresh values. */
  children: (slot: PaymentDialogFormSlot) => ReactNode;
}

/** A dialog around one payment form, with Cancel and Save payment along its foot, both held while the save runs. */
export function PaymentDialog({ open, onClose, title, description, children }: PaymentDialogProps) {
  const formId = useId();
  const [saving, setSaving] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
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
      {open && children({ formId, onSaved: onClose, onSavingChange: setSaving })}
    </Dialog>
  );
}
