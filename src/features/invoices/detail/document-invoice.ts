import { documentFormatLocale, draftDocumentLanguage } from '../../../domain/invoices/document-language';
import { buyerSnapshot, sellerSnapshot } from '../../../domain/invoices/party-snapshots';
import type { Client, DocumentLanguage, Invoice, Settings } from '../../../domain/model';

type DocumentSettings = Pick<Settings, 'business' | 'locale' | 'documentLanguage'>;

/**
 * The invoice as its document shows it. An issued invoice prints exactly its snapshots. A draft is not a document yet:
 * it shows the business details, client and payment instructions as they are today, in the language its client or
 * Settings asks for, as issuing will take them, even when it carries older snapshots of its own.
 */
export function invoiceForDocument(invoice: Invoice, settings: DocumentSettings, client: Client | undefined): Invoice {
  if (invoice.status !== 'draft') return invoice;
  const documentLanguage = draftDocumentLanguage(client, settings);
  const preview: Invoice = {
    ...invoice,
    seller: sellerSnapshot(settings.business),
    documentLanguage,
    locale: documentFormatLocale(documentLanguage, invoice.locale ?? settings.locale),
  };
  if (client !== undefined) preview.buyer = buyerSnapshot(client);
  const instructions = settings.business.paymentInstructions.trim();
  if (instructions === '') delete preview.paymentInstructions;
  else preview.paymentInstructions = settings.business.paymentInstructions;
  return preview;
}

/**
 * The language the document is written in and the locale of its dates and numbers: those it was issued with. One
 * issued before documents had a language was written in English.
 */
export function documentWording(invoice: Pick<Invoice, 'documentLanguage' | 'locale'>, settings: Pick<Settings, 'locale'>): { language: DocumentLanguage; locale: string } {
  const language = invoice.documentLanguage ?? 'en';
  return { language, locale: invoice.locale ?? documentFormatLocale(language, settings.locale) };
}
