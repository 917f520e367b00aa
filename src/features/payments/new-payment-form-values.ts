import { isKnownCurrencyCode } from '../../domain/clients/client-codes';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Client, Invoice } from '../../domain/model';
import { formatAmountForInput } from '../../shared/form-numbers';
import type { PaymentContext, PaymentFormValues } from './payment-form-values';

/** No invoice chosen: earnings from the client, and a project if one is picked. */
export const NO_INVOICE = '';

/** The record-payment page as typed: who paid and what the money settles, besides the payment itself. */
export interface NewPaymentFormValues extends PaymentFormValues {
  clientId: string;
  /** NO_INVOICE for money that came without one. */
  invoiceId: string;
  /** '' for no particular project; only asked without an invoice. */
  projectId: string;
  /** As typed, for a payment without an invoice; one against an invoice is in the invoice's currency. */
  currency: string;
}

/** What the page chooses from: active clients and the invoices still owed on. */
export interface NewPaymentChoices {
  clients: readonly Client[];
  openInvoices: readonly Invoice[];
}

export interface NewPaymentSettings {
  baseCurrency: string;
  locale: string;
}

/** The payment fields an invoice fills in: what is still owed on it, by bank, its number as the reference. */
function invoicePayment(invoice: Invoice, locale: string): Pick<PaymentFormValues, 'amount' | 'method' | 'reference'> {
  return { amount: formatAmountForInput(invoiceOutstandingMinor(invoice), invoice.currency, locale), method: 'bank', reference: invoice.number ?? '' };
}

/**
 * The page as it opens: on the invoice it was opened for (`?invoice=`), settling what is owed, or else on the first
 * client as a platform payout in that client's currency.
 */
export function initialNewPaymentValues(choices: NewPaymentChoices, preselectedInvoiceId: string | null, today: string, settings: NewPaymentSettings): NewPaymentFormValues {
  const preselected = choices.openInvoices.find((invoice) => invoice.id === preselectedInvoiceId);
  const firstClient = choices.clients[0];
  const payment = preselected === undefined ? { amount: '', method: 'platform' as const, reference: '' } : invoicePayment(preselected, settings.locale);
  return {
    clientId: preselected?.clientId ?? firstClient?.id ?? '',
    invoiceId: preselected?.id ?? NO_INVOICE,
    projectId: '',
    currency: preselected?.currency ?? firstClient?.currency ?? settings.baseCurrency,
    date: today,
    fee: '',
    exchangeRate: '',
    ...payment,
  };
}

/** The invoice chosen, while it belongs to the chosen client and is still open. */
export function chosenInvoice(values: Pick<NewPaymentFormValues, 'clientId' | 'invoiceId'>, choices: NewPaymentChoices): Invoice | undefined {
  return choices.openInvoices.find((invoice) => invoice.id === values.invoiceId && invoice.clientId === values.clientId);
}

/**
 * What follows a choice: another client starts over without an invoice or project, in that client's currency;
 * choosing an invoice settles what is owed on it, by bank, with its number as the reference.
 */
export function followNewPaymentChoice(choices: NewPaymentChoices, settings: NewPaymentSettings) {
  return (next: NewPaymentFormValues, field: keyof NewPaymentFormValues): NewPaymentFormValues => {
    if (field === 'clientId') {
      const client = choices.clients.find((candidate) => candidate.id === next.clientId);
      return { ...next, invoiceId: NO_INVOICE, projectId: '', currency: client?.currency ?? settings.baseCurrency };
    }
    if (field === 'invoiceId') {
      const invoice = chosenInvoice(next, choices);
      return invoice === undefined ? next : { ...next, ...invoicePayment(invoice, settings.locale), reference: invoice.number ?? next.reference };
    }
    return next;
  };
}

/** The currency the amounts are in: the invoice's, else the one typed, in capitals. */
export function newPaymentCurrency(values: NewPaymentFormValues, choices: NewPaymentChoices): string {
  return chosenInvoice(values, choices)?.currency ?? values.currency.trim().toUpperCase();
}

/**
 * Who pays, for what and in which currency. Until the typed currency is a real one, amounts are read in the base
 * currency, so the fields still show something sensible; saving is refused by newPaymentRefusals.
 */
export function newPaymentContext(values: NewPaymentFormValues, choices: NewPaymentChoices, settings: NewPaymentSettings): PaymentContext {
  const invoice = chosenInvoice(values, choices);
  const currency = newPaymentCurrency(values, choices);
  return {
    clientId: values.clientId,
    currency: isKnownCurrencyCode(currency) ? currency : settings.baseCurrency,
    baseCurrency: settings.baseCurrency,
    locale: settings.locale,
    ...(invoice === undefined ? {} : { invoiceId: invoice.id }),
    ...(invoice === undefined && values.projectId !== '' ? { projectId: values.projectId } : {}),
  };
}

/** A payment in a currency that does not exist cannot be saved, whatever else the form says. */
export function newPaymentRefusals(values: NewPaymentFormValues, choices: NewPaymentChoices): Partial<Record<keyof NewPaymentFormValues, string>> {
  return isKnownCurrencyCode(newPaymentCurrency(values, choices)) ? {} : { currency: 'Use a three-letter currency code, such as EUR or USD' };
}
