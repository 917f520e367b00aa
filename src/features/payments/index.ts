// What other features use of payments: the dialog an invoice page opens to record what was paid against it, and
// the Edit and Delete of each payment it lists.
export { RecordPaymentDialog } from './RecordPaymentDialog';
export { PaymentRowActions } from './PaymentRowActions';
