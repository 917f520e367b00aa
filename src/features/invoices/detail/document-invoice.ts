import { buyerSnapshot, sellerSnapshot } from '../../../domain/invoices/party-snapshots';
import type { Client, Invoice, Settings } from '../../../domain/model';

/**
 * The invoice as its document shows it. An issued invoice prints exactly its snapshots. A draft is not a document yet:
 * it shows the business details, client and payment instructions as they are today, as issuing will take them, even
 * when it carries older snapshots of its own.
 */
export function invoiceForDocument(invoice: Invoice, settings: Pick<Settings, 'business' | 'locale'>, client: Client | undefined): Invoice {
  if (invoice.status !== 'draft') return invoice;
  const preview: Invoice = { ...invoice, seller: sellerSnapshot(settings.business), locale: invoice.locale ?? settings.locale };
  if (client !== undefined) preview.buyer = buyerSnapshot(client);
  const instructions = settings.business.paymentInstructions.trim();
  if (instructions === '') delete preview.paymentInstructions;
  else preview.paymentInstructions = settings.business.paymentInstructions;
  return preview;
}

/** The locale the document is formatted in: the one it was issued with, else the one in Settings. */
export function documentLocale(invoice: Pick<Invoice, 'locale'>, settings: Pick<Settings, 'locale'>): string {
  return invoice.locale ?? settings.locale;
}
