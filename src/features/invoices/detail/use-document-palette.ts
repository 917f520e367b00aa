import { useMemo } from 'react';
import type { DocumentPalette } from '../../../domain/invoices/invoice-document-style';

/** Where each colour of the printed invoice is defined: the document tokens in src/ui/tokens.css. */
export const DOCUMENT_PALETTE_TOKENS: Readonly<Record<keyof DocumentPalette, string>> = {
  ink: '--document-ink',
  muted: '--document-muted',
  faint: '--document-faint',
  rule: '--document-rule',
  panel: '--document-panel',
  accent: '--document-accent',
  accentSoft: '--document-accent-soft',
  flag: '--document-flag',
  footer: '--document-footer',
  paper: '--document-paper',
};

/**
 * The document's palette from the style tokens, `readToken` giving a custom property's value. A token that is
 * missing is an error: a printed invoice in guessed colours would go out unnoticed.
 */
export function readDocumentPalette(readToken: (property: string) => string): DocumentPalette {
  const missing: string[] = [];
  const read = (name: keyof DocumentPalette): string => {
    const value = readToken(DOCUMENT_PALETTE_TOKENS[name]).trim();
    if (value === '') missing.push(DOCUMENT_PALETTE_TOKENS[name]);
    return value;
  };
  const palette: DocumentPalette = {
    ink: read('ink'),
    muted: read('muted'),
    faint: read('faint'),
    rule: read('rule'),
    panel: read('panel'),
    accent: read('accent'),
    accentSoft: read('accentSoft'),
    flag: read('flag'),
    footer: read('footer'),
    paper: read('paper'),
  };
  if (missing.length > 0) throw new Error(`The printed invoice's colours are missing from the style tokens: ${missing.join(', ')}`);
  return palette;
}

/**
 * The printed invoice's colours as the app's tokens define them. The document is a standalone page (the preview frame,
 * the PDF) that cannot read the app's variables itself; the document tokens do not change with the theme, so one
 * reading serves the page's whole life.
 */
export function useDocumentPalette(): DocumentPalette {
  return useMemo(() => {
    const rootStyle = getComputedStyle(document.documentElement);
    return readDocumentPalette((property) => rootStyle.getPropertyValue(property));
  }, []);
}
