import type { Client, Invoice, PartySnapshot, Settings } from '../../../domain/model';

function buyerOf(client: Client): PartySnapshot {
  const buyer: PartySnapshot = { name: client.company ?? client.name, address: client.address ?? '', email: client.email ?? '', taxId: client.taxId ?? '' };
  if (client.country !== undefined) buyer.country = client.country;
  return buyer;
}

/**
 * The invoice as its document shows it. An issued invoice prints exactly its snapshots; a draft has none yet, so its
 * preview borrows today's business details, client address and payment instructions, as issuing would take them.
 */
export function invoiceForDocument(invoice: Invoice, settings: Pick<Settings, 'business' | 'locale'>, client: Client | undefined): Invoice {
  if (invoice.status !== 'draft') return invoice;
  const { name, address, email, taxId, paymentInstructions } = settings.business;
  const preview: Invoice = { ...invoice, seller: invoice.seller ?? { name, address, email, taxId }, locale: invoice.locale ?? settings.locale };
  if (preview.buyer === undefined && client !== undefined) preview.buyer = buyerOf(client);
  if (preview.paymentInstructions === undefined && paymentInstructions.trim() !== '') preview.paymentInstructions = paymentInstructions;
  return preview;
}

/** The locale the document is formatted in: the one it was issued with, else the one in Settings. */
export function documentLocale(invoice: Pick<Invoice, 'locale'>, settings: Pick<Settings, 'locale'>): string {
  return invoice.locale ?? settings.locale;
}
