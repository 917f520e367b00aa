import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PALETTE_TOKENS, readDocumentPalette } from '../../../../../src/features/invoices/detail/use-document-palette';

/** The custom properties tokens.css declares, as getComputedStyle would give them. */
function declaredTokens(): Map<string, string> {
  const css = readFileSync(new URL('../../../../../src/ui/tokens.css', import.meta.url), 'utf8');
  return new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

describe('readDocumentPalette', () => {
  it('reads each colour of the printed invoice from its token, as the document always printed them', () => {
    const tokens = declaredTokens();
    expect(readDocumentPalette((property) => tokens.get(property) ?? '')).toEqual({
      ink: '#111827',
      muted: '#5b6472',
      faint: '#8a919c',
      rule: '#e3e6eb',
      panel: '#f6f7f9',
      accent: '#3f3aa8',
      accentSoft: '#eeeefb',
      flag: '#b45309',
      footer: '#6b7280',
      paper: '#ffffff',
    });
  });

  it('trims what the style gives and names every token that is missing', () => {
    const palette = readDocumentPalette((property) => ` ${property.slice(2)} `);
    expect(palette.accentSoft).toBe('document-accent-soft');
    const without = new Set([DOCUMENT_PALETTE_TOKENS.ink, DOCUMENT_PALETTE_TOKENS.paper]);
    expect(() => readDocumentPalette((property) => (without.has(property) ? '' : 'black'))).toThrow('missing from the style tokens: --document-ink, --document-paper');
  });
});
