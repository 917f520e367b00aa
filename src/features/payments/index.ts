// What other features use of payments: the dialog an invoice page opens to record what was paid against it.
export { RecordPaymentDialog } from './RecordPaymentDialog';
