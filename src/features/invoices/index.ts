// What other features use of invoices: how an invoice or credit note is named on screen.
export { invoiceTitle } from './invoice-labels';
