import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoicePdfFileName } from '../../../../src/domain/invoices/invoice-file-name';
import { suggestedFileNameSchema } from '../../../../src/platform/contract';

describe('invoicePdfFileName', () => {
  it('names invoices, credit notes and drafts after their number and client', () => {
    expect(invoicePdfFileName({ kind: 'invoice', number: '2026-0007' }, 'Northwind Analytics')).toBe('Invoice 2026-0007 - Northwind Analytics.pdf');
    expect(invoicePdfFileName({ kind: 'creditNote', number: '2026-0008' }, 'Northwind Analytics')).toBe('Credit note 2026-0008 - Northwind Analytics.pdf');
    expect(invoicePdfFileName({ kind: 'invoice' }, 'Northwind Analytics')).toBe('Invoice draft - Northwind Analytics.pdf');
  });

  it('replaces characters file systems refuse and trims what Windows drops', () => {
    expect(invoicePdfFileName({ kind: 'invoice', number: '2026/07' }, 'A/B: "Design" <Co>?*|\\')).toBe('Invoice 2026-07 - A-B- -Design- -Co-----.pdf');
    expect(invoicePdfFileName({ kind: 'invoice', number: 'R-1' }, 'Acme Inc.  \n\t Ltd. ')).toBe('Invoice R-1 - Acme Inc. Ltd.pdf');
    expect(invoicePdfFileName({ kind: 'invoice', number: 'R-1' }, ' ... ')).toBe('Invoice R-1.pdf');
  });

  it('keeps long client names to a readable length', () => {
    const name = invoicePdfFileName({ kind: 'invoice', number: '2026-0001' }, 'Ä'.repeat(500));
    expect([...name].length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('always gives a name the save dialog accepts', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), { nil: undefined }), fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (number, client, credit) => {
        const name = invoicePdfFileName({ kind: credit ? 'creditNote' : 'invoice', number }, client);
        expect(suggestedFileNameSchema.safeParse(name).success).toBe(true);
        expect(name.endsWith('.pdf')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
