/** An invoice paid in full, and the day it was. */
export interface Settlement {
  invoiceId: string;
  clientId: string;
  number: string;
  /** `YYYY-MM-DD`. */
  issueDate: string;
  /** The day of the payment that brought what was paid up to the invoice's gross, `YYYY-MM-DD`. */
  settledOn: string;
}

/**
 * The invoices settled in one month, kept beside the invoices in every write that changes one, so days to pay over a
 * window reads a row per month of it, not every invoice and payment (nor a row per invoice: a busy year settles
 * five hundred, and reading a row costs more than its size).
 */
export interface SettlementMonth {
  /** The month of settledOn, `YYYY-MM`. */
  month: string;
  /** In order of settledOn, then invoice id. */
  settlements: Settlement[];
}
