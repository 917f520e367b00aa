import { describe, expect, it } from 'vitest';
import { DOCUMENT_LABELS, fillLabel, missingDocumentLabels } from '../../../../src/domain/invoices/document-labels';
import { DOCUMENT_LANGUAGES } from '../../../../src/domain/model';

const ENGLISH_KEYS = Object.keys(DOCUMENT_LABELS.en).sort();

describe('document labels', () => {
  it('has every label in every document language, none of them blank', () => {
    expect(ENGLISH_KEYS.length).toBeGreaterThan(20);
    for (const language of DOCUMENT_LANGUAGES) {
      expect(Object.keys(DOCUMENT_LABELS[language]).sort(), language).toEqual(ENGLISH_KEYS);
      expect(missingDocumentLabels(DOCUMENT_LABELS[language]), language).toEqual([]);
    }
  });

  it('names what is missing from a table with a label taken out or left blank', () => {
    const { billTo: _dropped, ...withoutBillTo } = DOCUMENT_LABELS.fr;
    expect(missingDocumentLabels(withoutBillTo)).toEqual(['billTo']);
    expect(missingDocumentLabels({ ...DOCUMENT_LABELS.es, total: ' ' })).toEqual(['total']);
  });

  it('keeps every placeholder of a template in each translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of ENGLISH_KEYS) {
      const english = placeholders(Reflect.get(DOCUMENT_LABELS.en, key));
      for (const language of DOCUMENT_LANGUAGES) expect(placeholders(Reflect.get(DOCUMENT_LABELS[language], key)), `${language}.${key}`).toEqual(english);
    }
  });

  it('fills a template’s placeholders', () => {
    expect(fillLabel(DOCUMENT_LABELS.de.page, { page: '1', pages: '2' })).toBe('Seite 1 von 2');
    expect(fillLabel(DOCUMENT_LABELS.en.number, { number: '2026-0007' })).toBe('No. 2026-0007');
  });
});
