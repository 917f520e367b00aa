import { describe, expect, it } from 'vitest';
import { defaultDocumentLanguage, documentFormatLocale, documentLanguageOf, draftDocumentLanguage } from '../../../../src/domain/invoices/document-language';
import { formatDocumentDate, formatQuantity } from '../../../../src/domain/invoices/document-format';
import { formatMoney } from '../../../../src/domain/money/format';

describe('documentFormatLocale', () => {
  it('keeps the app locale, region and all, when it speaks the document’s language', () => {
    expect(documentFormatLocale('de', 'de-AT')).toBe('de-AT');
    expect(documentFormatLocale('en', 'en-US')).toBe('en-US');
    expect(documentFormatLocale('fr', 'fr-CH')).toBe('fr-CH');
  });

  it('takes the language’s own country when the app speaks another language', () => {
    expect(documentFormatLocale('de', 'en-GB')).toBe('de-DE');
    expect(documentFormatLocale('fr', 'de-DE')).toBe('fr-FR');
    expect(documentFormatLocale('es', 'de-DE')).toBe('es-ES');
    expect(documentFormatLocale('en', 'de-DE')).toBe('en-GB');
  });

  it('formats dates, numbers and money in the document’s language', () => {
    const german = documentFormatLocale('de', 'en-GB');
    expect(formatDocumentDate('2026-03-01', german)).toBe('1. März 2026');
    expect(formatQuantity(12_500, 'hour', german)).toBe('12,50 Stunden');
    expect(formatMoney(123_456, 'EUR', german).replace(/\s/g, ' ')).toBe('1.234,56 €');
    const french = documentFormatLocale('fr', 'en-GB');
    expect(formatDocumentDate('2026-03-01', french)).toBe('1 mars 2026');
    const spanish = documentFormatLocale('es', 'en-GB');
    expect(formatDocumentDate('2026-03-01', spanish)).toBe('1 de marzo de 2026');
  });
});

describe('the document language', () => {
  it('defaults to the app locale’s language where it is one of the document languages, else English', () => {
    expect(defaultDocumentLanguage('de-DE')).toBe('de');
    expect(defaultDocumentLanguage('es-MX')).toBe('es');
    expect(defaultDocumentLanguage('ja-JP')).toBe('en');
  });

  it('follows the client on a draft, else Settings', () => {
    expect(draftDocumentLanguage({ documentLanguage: 'fr' }, { documentLanguage: 'de' })).toBe('fr');
    expect(draftDocumentLanguage({}, { documentLanguage: 'de' })).toBe('de');
    expect(draftDocumentLanguage(undefined, { documentLanguage: 'es' })).toBe('es');
  });

  it('keeps an issued document’s own language; one issued before languages existed was written in English', () => {
    expect(documentLanguageOf({ status: 'sent', documentLanguage: 'de' }, { documentLanguage: 'fr' }, { documentLanguage: 'es' })).toBe('de');
    expect(documentLanguageOf({ status: 'paid' }, { documentLanguage: 'fr' }, { documentLanguage: 'es' })).toBe('en');
    expect(documentLanguageOf({ status: 'draft', documentLanguage: 'de' }, { documentLanguage: 'fr' }, { documentLanguage: 'es' })).toBe('fr');
  });
});
