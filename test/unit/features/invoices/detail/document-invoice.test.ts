import { describe, expect, it } from 'vitest';
import { documentWording, invoiceForDocument } from '../../../../../src/features/invoices/detail/document-invoice';
import { client } from '../../records';
import { invoice } from '../invoice-records';

const settings = {
  locale: 'de-DE',
  documentLanguage: 'de' as const,
  business: { name: 'Lindqvist Studio', address: 'Berlin', email: 'hi@example.com', taxId: 'DE1', paymentInstructions: 'IBAN DE89' },
};
const buyer = client('client-1', { name: 'Northwind', company: 'Northwind Analytics Ltd', address: 'London', country: 'GB', taxId: 'GB2' });

describe('invoiceForDocument', () => {
  it('previews a draft with today’s business, client and payment instructions', () => {
    const preview = invoiceForDocument(invoice('a', { status: 'draft' }), settings, buyer);
    expect(preview.seller).toEqual({ name: 'Lindqvist Studio', address: 'Berlin', email: 'hi@example.com', taxId: 'DE1' });
    expect(preview.buyer).toEqual({ name: 'Northwind Analytics Ltd', address: 'London', email: '', taxId: 'GB2', country: 'GB' });
    expect(preview.paymentInstructions).toBe('IBAN DE89');
    expect(documentWording(preview, settings)).toEqual({ language: 'de', locale: 'de-DE' });
  });

  it('previews a draft with the business and client as they are now, not as a snapshot it carries', () => {
    const stale = { name: 'Old Studio Name', address: 'Old street', email: 'old@example.com', taxId: 'DE0', country: 'DE' };
    const draft = invoice('a', { status: 'draft', seller: stale, buyer: { ...stale, name: 'Old client name' }, paymentInstructions: 'IBAN OLD' });
    const preview = invoiceForDocument(draft, settings, buyer);
    expect(preview.seller).toEqual({ name: 'Lindqvist Studio', address: 'Berlin', email: 'hi@example.com', taxId: 'DE1' });
    expect(preview.buyer?.name).toBe('Northwind Analytics Ltd');
    expect(preview.paymentInstructions).toBe('IBAN DE89');
  });

  it('writes a draft in its client’s language, else in Settings’, with dates and numbers to match', () => {
    const draft = invoice('a', { status: 'draft', locale: 'en-GB' });
    expect(documentWording(invoiceForDocument(draft, settings, { ...buyer, documentLanguage: 'fr' }), settings)).toEqual({ language: 'fr', locale: 'fr-FR' });
    expect(documentWording(invoiceForDocument({ ...draft, locale: undefined }, { ...settings, locale: 'de-AT' }, buyer), settings)).toEqual({ language: 'de', locale: 'de-AT' });
  });

  it('keeps the language an invoice was issued in; one issued before languages existed stays English', () => {
    const issuedGerman = invoice('a', { status: 'paid', documentLanguage: 'de', locale: 'de-DE' });
    expect(documentWording(invoiceForDocument(issuedGerman, { ...settings, documentLanguage: 'es' }, { ...buyer, documentLanguage: 'fr' }), settings)).toEqual({ language: 'de', locale: 'de-DE' });
    expect(documentWording(invoice('b', { status: 'sent' }), settings)).toEqual({ language: 'en', locale: 'en-GB' });
  });

  it('prints an issued invoice exactly as its snapshots were taken', () => {
    const issued = invoice('a', { status: 'sent', seller: { name: 'Old name', address: '', email: '', taxId: '' }, locale: 'en-GB' });
    expect(invoiceForDocument(issued, settings, buyer)).toBe(issued);
    expect(documentWording(issued, settings)).toEqual({ language: 'en', locale: 'en-GB' });
  });
});
