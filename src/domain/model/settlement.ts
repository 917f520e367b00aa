/**
 * An invoice paid in full, and the day it was: one row per settled invoice, kept beside the invoice in every write
 * that changes it, so days to pay over a window reads the settlements of that window, not every invoice and payment.
 */
export interface Settlement {
  invoiceId: string;
  clientId: string;
  number: string;
  /** `YYYY-MM-DD`. */
  issueDate: string;
  /** The day of the payment that brought what was paid up to the invoice's gross, `YYYY-MM-DD`. */
  settledOn: string;
}
